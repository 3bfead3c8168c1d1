import type { Sentence, Statement } from '../model.js'
import { condense, wordCount } from './condense.js'
import { findCountries } from './countries.js'
import { isPledge } from './pledges.js'
import type { CountrySpeaker } from './speaker.js'
import { findOfficeSpeakers, refAt, reportedMessage, verbAfter } from './speaker.js'

/** Find the speaker of a sentence: "office + country", or a country that is the subject of a reporting verb. */
export function statementSpeaker(text: string): CountrySpeaker | undefined {
  const outside = stripQuotes(text)
  const office = findOfficeSpeakers(outside)[0]
  if (office) return office
  for (const country of findCountries(outside)) {
    const opensClause = /(?:^|[,;]\s*)$/u.test(outside.slice(0, country.index))
    if (opensClause && verbAfter(outside, country.index + country.name.length)) {
      return { country: country.name, code: country.code, index: country.index, end: country.index + country.name.length }
    }
  }
  return undefined
}

// Blank out quoted passages (same length) so that a country named inside a quote is not its speaker.
function stripQuotes(text: string): string {
  return text.replace(/["“][^"“”]*["”]/gu, match => ' '.repeat(match.length))
}

/** One entry per country statement: the country, the speaker's office and the message. */
export function extractStatements(sentences: Sentence[], exclude: (sentence: Sentence) => boolean = () => false): Statement[] {
  const statements: Statement[] = []
  for (const sentence of sentences) {
    const text = sentence.sentence
    if (exclude(sentence) || isPledge(text)) continue
    const speaker = statementSpeaker(text)
    if (!speaker) continue
    const message = reportedMessage(text, speaker)
    if (!message || wordCount(message.text) < 3) continue
    statements.push({
      country: speaker.country.replace(/\s+/g, ' '),
      code: speaker.code,
      office: speaker.office,
      message: condense(message.text),
      source: refAt(sentence, speaker.index),
    })
  }
  return statements
}
