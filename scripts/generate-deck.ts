import { VFile } from 'vfile'
import type { CompileOptions } from './compile/compile-deck.js'
import { briefingSlides, compileDeck } from './compile/compile-deck.js'
import { labelsFor } from './compile/labels.js'
import type { Slide } from './compile/slides.js'
import { extractWithReview, missingSections } from './extract/extract-briefing.js'
import type { Article, Briefing, CoverageEntry, ReviewItem, SourceRef } from './model.js'
import type { SectionName } from './sections.js'
import { SECTIONS } from './sections.js'
import { parseArticle } from './parse/parse-article.js'
import { normaliseArticle } from './parse/read-article.js'
import { toFileColumns } from './positions.js'

/** The result of turning an article into a deck. */
export interface GeneratedDeck {
  markdown: string
  briefing: Briefing
  /** Content warnings, each with its line and column in the article. */
  file: VFile
  missing: SectionName[]
  /** What the extraction was unsure of: warnings and `--json`, never slides. */
  review: ReviewItem[]
  /** Where each sentence of the article ended up: on a slide, only in the notes, or nowhere. */
  coverage: CoverageEntry[]
}

/** Where each sentence of the article ended up: on a slide, only in the presenter notes, or nowhere. */
export function coverage(article: Article, briefing: Briefing, slides: Slide[] = briefingSlides(briefing, labelsFor())): CoverageEntry[] {
  const key = (source: Pick<SourceRef, 'sentence'>): string => source.sentence
  const shown = new Set<string>()
  for (const section of SECTIONS) {
    const value = briefing[section.key]
    if (!section.isEmpty(value as never)) for (const source of section.shown(value as never)) shown.add(key(source))
  }
  const noted = new Set(slides.flatMap(slide => slide.sources.map(key)))
  return article.sentences.map(sentence => ({
    line: sentence.line,
    column: sentence.column,
    sentence: sentence.sentence,
    status: shown.has(key(sentence)) ? 'slides' : noted.has(key(sentence)) ? 'notes' : 'unused',
  }))
}

/** One line that sums up the coverage: how many sentences are on slides, only in notes, or unused. */
export function coverageSummary(entries: CoverageEntry[]): string {
  const count = (status: CoverageEntry['status']): number => entries.filter(entry => entry.status === status).length
  return `coverage: ${count('slides')} of ${entries.length} sentences on slides, ${count('notes')} only in the notes, ${count('unused')} unused (see --json)`
}

/**
 * Turn article text, as written in its file, into Slidev markdown. Pure: no file is read or
 * written. Throws nothing for odd content; missing sections are reported. The grammar reads the
 * normalised text (`normaliseArticle`); every line and column reported is the file's.
 */
export function generateDeck(raw: string, path = 'article.md', options: CompileOptions = {}): GeneratedDeck {
  const { text, columns } = normaliseArticle(raw)
  const file = new VFile({ path, value: text })
  const article = parseArticle(text)
  const { briefing, review } = extractWithReview(article, file)
  const missing = missingSections(briefing)
  for (const section of SECTIONS.filter(entry => missing.includes(entry.name))) {
    file.message(`No "${section.name}" section: looked for ${section.lookedFor}; its slide is left out`, { ruleId: `missing-${section.name}`, source: 'briefing' })
  }
  // From here on every place is the file's: the article's sentences, the facts, the review list, the warnings.
  toFileColumns([article, briefing, review, file.messages.map(message => [message, message.place])], columns)
  // The slides are made once: the deck and the coverage both read them.
  const slides = briefingSlides(briefing, labelsFor(options.labels))
  return { markdown: compileDeck(briefing, options, slides), briefing, file, missing, review, coverage: coverage(article, briefing, slides) }
}
