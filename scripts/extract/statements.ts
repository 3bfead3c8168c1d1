import type { Sentence, Statement } from '../model.js'
import { refAt } from '../positions.js'
import { condense, wordCount } from './condense.js'
import type { Speaker } from './speakers.js'

/**
 * The other speakers' statements: one card per speaker (a person, an organisation or a country),
 * with what they said first. Sentences in `exclude` (pledges, points) are shown elsewhere.
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
    statements.push({
      ...whoSpeaks(speaker),
      message: condense(first.message.text),
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
