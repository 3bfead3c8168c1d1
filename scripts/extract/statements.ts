import type { Sentence, Statement } from '../model.js'
import { refAt } from '../positions.js'
import { condense, wordCount } from './condense.js'
import type { Speaker } from './speakers.js'

/** A card's second message is shortened to about this many words (whole clauses, verbatim). */
const ALSO_WORDS = 20

/**
 * The other speakers' statements: one card per speaker (a person, an organisation or a country),
 * with what they said first and one more thing they said. Sentences in `exclude` (pledges, points)
 * are shown elsewhere.
 */
export function extractStatements(
  speakers: Speaker[],
  main: Speaker | undefined,
  exclude: (sentence: Sentence) => boolean = () => false,
): Statement[] {
  const statements: Statement[] = []
  for (const speaker of speakers) {
    if (speaker === main) continue
    const said = speaker.attributions.filter(
      entry => !exclude(entry.sentence) && wordCount(entry.message.text) >= 3,
    )
    const [first] = said
    if (!first) continue
    const message = condense(first.message.text)
    // A second thing they said: their first direct quote, when the first message is none.
    const rest = said
      .slice(1)
      .filter(
        entry => entry.sentence !== first.sentence && condense(entry.message.text) !== message,
      )
    const quoted = (entry: (typeof said)[number]): boolean =>
      Boolean(entry.quote && entry.quote.text.length >= 0.5 * entry.message.text.length)
    const next = quoted(first) ? undefined : rest.find(quoted)
    statements.push({
      ...whoSpeaks(speaker),
      message,
      ...(next
        ? {
            also: {
              text: condense(next.message.text, ALSO_WORDS),
              source: refAt(next.sentence, next.message.index),
            },
          }
        : {}),
      source: refAt(
        first.sentence,
        first.mention.kind === 'pronoun' || first.form === 'continued'
          ? first.message.index
          : first.mention.index,
      ),
      heard: said.map(entry => refAt(entry.sentence, 0)),
    })
  }
  return statements.sort(
    (a, b) => a.source.line - b.source.line || a.source.column - b.source.column,
  )
}

/** A card for a speaker, with what they say in a sentence (an editor's choice among their statements). */
export function statementOf(speaker: Speaker, sentence: Sentence): Statement {
  return {
    ...whoSpeaks(speaker),
    message: sentence.sentence,
    source: refAt(sentence, 0),
    heard: speaker.attributions.map(entry => refAt(entry.sentence, 0)),
  }
}

/** A statement card's heading: who speaks, with their country, office and organisation. */
function whoSpeaks(
  speaker: Speaker,
): Pick<Statement, 'speaker' | 'kind' | 'country' | 'code' | 'office' | 'organisation'> {
  return {
    speaker: speaker.label,
    kind: speaker.kind,
    ...(speaker.country
      ? { country: speaker.country.name.replace(/\s+/gu, ' '), code: speaker.country.code }
      : {}),
    ...(speaker.office ? { office: speaker.office } : {}),
    ...(speaker.organisation ? { organisation: speaker.organisation } : {}),
  }
}
