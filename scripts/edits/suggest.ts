// The review list made actionable: for each item the extraction was unsure of, and each sentence no
// slide shows, the edit that would show it, ready to paste into the edits file. Only an edit that keeps
// the sentence in the role the article gives it is offered: the main speaker's words to the speech,
// another speaker's to the statements, a figure to the key figures, the story's own to the context.
import type { Speakers } from '../extract/speakers.js'
import type { CoverageEntry, ReviewItem } from '../model.js'

/** An edit that would show a sentence, with the place it is for. */
export interface Suggestion {
  line: number
  column: number
  /** Why it is offered: a review item's section, or "unused". */
  about: string
  /** The edit, as one line of YAML. */
  edit: string
}

// A figure of a sentence: a number and the word it counts ("40 negara", "2,5 persen", "US$ 6 juta").
const FIGURE = /(?:[A-Z]{0,3}\$\s?|Rp\s?)?\d[\d.,]*(?:\s?%|\s+\p{L}+)?/u

// JSON's double-quoted string is YAML's too: a comma or a colon in it stays text.
function addLine(section: string, span: string): string {
  return `add: { ${section}: [${JSON.stringify(span)}] }`
}

/** The section a sentence belongs to by the role the article gives it, and the span to add there. */
function placeFor(
  sentence: string,
  speakers: Speakers,
): { section: string; span: string } | undefined {
  const speaker = speakers.speakers.find(candidate =>
    candidate.attributions.some(attribution => attribution.sentence.sentence === sentence),
  )
  if (speaker && speaker === speakers.main) return { section: 'speech', span: sentence }
  if (
    speaker ||
    speakers.unresolved.some(attribution => attribution.sentence.sentence === sentence)
  )
    return { section: 'statements', span: sentence }
  const figure = FIGURE.exec(sentence)
  if (figure) return { section: 'figures', span: figure[0].trim() }
  // What nobody says is the story's own: background on the context slide.
  return { section: 'context', span: sentence }
}

/** The edits that would show the review items and the unused sentences. */
export function suggestions(
  review: ReviewItem[],
  coverage: CoverageEntry[],
  speakers: Speakers,
): Suggestion[] {
  const found: Suggestion[] = []
  for (const item of review) {
    // A pledged amount without a pledger is still a figure of the article; a list that does not match its
    // count gives its points one by one; an unsure speaker's words stay theirs.
    const place =
      item.section === 'pledges'
        ? { section: 'figures', span: FIGURE.exec(item.sentence)?.[0].trim() ?? item.sentence }
        : placeFor(item.sentence, speakers)
    if (place)
      found.push({
        line: item.line,
        column: item.column,
        about: item.section,
        edit: addLine(place.section, place.span),
      })
  }
  for (const entry of coverage) {
    if (entry.status !== 'unused') continue
    const place = placeFor(entry.sentence, speakers)
    if (place)
      found.push({
        line: entry.line,
        column: entry.column,
        about: 'unused',
        edit: addLine(place.section, place.span),
      })
  }
  return found
}
