import type { Pledge, Sentence } from '../model.js'
import { trimSentence } from './condense.js'
import { alternation, PLEDGE_VERBS, PURPOSE_OPENERS } from './conventions.js'
import { findCountries } from './countries.js'
import { findMoney } from './money.js'
import { findOfficeSpeakers, refAt } from './speaker.js'

const PLEDGE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(PLEDGE_VERBS)})(?![\p{L}])`, 'iu')
const PURPOSE = new RegExp(String.raw`^[\s,]*(?:(?:${alternation(PURPOSE_OPENERS)})\s+)`, 'iu')

/** True when the sentence pledges money: a pledging verb together with an amount. */
export function isPledge(text: string): boolean {
  return PLEDGE_VERB.test(text) && findMoney(text).length > 0
}

/** Find pledges: who pledges, the amount as written and as a number, and what for. */
export function extractPledges(sentences: Sentence[]): Pledge[] {
  const pledges: Pledge[] = []
  for (const sentence of sentences) {
    const text = sentence.sentence
    const verb = PLEDGE_VERB.exec(text)
    if (!verb) continue
    for (const amount of findMoney(text)) {
      const before = text.slice(0, amount.index)
      const speaker = findOfficeSpeakers(before).at(-1)
      const country = findCountries(before).at(-1)
      const pledger = speaker ? `${speaker.office} ${speaker.country}` : country?.name ?? subjectOf(before)
      if (!pledger) continue
      const after = text.slice(amount.index + amount.text.length)
      const opener = PURPOSE.exec(after)
      const purposeText = opener ? trimSentence(after.slice(opener.index + opener[0].length - opener[0].trimStart().length)) : undefined
      const { index, ...money } = amount
      pledges.push({
        pledger,
        code: speaker?.code ?? country?.code,
        amount: money,
        purpose: purposeText ? purposeText.replace(/^[\s,]+/u, '') : undefined,
        source: refAt(sentence, index),
      })
    }
  }
  return pledges
}

// The capitalised words that open a clause: "Bank Dunia menjanjikan …".
function subjectOf(text: string): string | undefined {
  return /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})\s/u.exec(text.trim())?.[1]
}
