// The pipeline: parse the article, find its speakers, run every section's extractor (in the
// registry's order; a section that builds on another has it extracted first), then every section's
// slide builder, and compile the slides into Slidev markdown.
import type { Element, ElementContent } from 'hast'
import { VFile } from 'vfile'
import type { CompileOptions } from './compile/compile-deck.js'
import { compileDeck } from './compile/compile-deck.js'
import type { Slide } from './compile/kit.js'
import type { Labels } from './compile/labels.js'
import { labelsFor } from './compile/labels.js'
import type { StaleEdit } from './edits/apply-edits.js'
import { applyEdits, chooseSpeaker, presentingOrder } from './edits/apply-edits.js'
import type { Edits } from './edits/read-edits.js'
import type { Suggestion } from './edits/suggest.js'
import { suggestions } from './edits/suggest.js'
import type { Speakers } from './extract/speakers.js'
import { findSpeakers } from './extract/speakers.js'
import type { Grammar } from './lang/grammar.js'
import { grammarOf } from './lang/grammar.js'
import { languageOf } from './lang/index.js'
import type { Article, CoverageEntry, Doubt, ReviewItem, SourceRef } from './model.js'
import { parseArticle } from './parse/parse-article.js'
import { normaliseArticle } from './parse/read-article.js'
import { ref, toFileColumns } from './positions.js'
import { deckFooter, deckTitle } from './sections/cover.js'
import type { Briefing, SectionName } from './sections/index.js'
import { cover, SECTIONS } from './sections/index.js'
import type { ExtractContext, Extracted, Section } from './sections/types.js'

/** How to generate a deck. */
export interface DeckOptions extends CompileOptions {
  /** The article's language (`lang/index.ts`): Indonesian by default. */
  language?: string
  /** The editor's corrections (the edits file). */
  edits?: Edits
  /** The deck as it was before: an added span that was on it and is no longer in the article is stale. */
  previous?: string
}

/** The result of turning an article into a deck. */
export interface GeneratedDeck {
  markdown: string
  briefing: Briefing
  /** The slides, in order, each with its section. */
  slides: Slide[]
  /** Content warnings, each with its line and column in the article. */
  file: VFile
  missing: SectionName[]
  /** What the extraction was unsure of: warnings and `--json`, never slides. */
  review: ReviewItem[]
  /** Where each sentence of the article ended up: on a slide, only in the notes, or nowhere. */
  coverage: CoverageEntry[]
  /** The editor's corrections that took effect, and those whose anchor finds nothing any more. */
  edits: { applied: string[]; stale: StaleEdit[] }
  /** For each review item and unused sentence, the edit that would show it. */
  suggestions: Suggestion[]
}

/** A doubt of a section's extractor as an item of the review list. */
export function reviewItem(section: string, doubt: Doubt): ReviewItem {
  return {
    section,
    reason: doubt.reason,
    line: doubt.source.line,
    column: doubt.source.column,
    sentence: doubt.source.sentence,
  }
}

/** The briefing, the review list and the warnings of an article. */
export interface Extraction {
  briefing: Briefing
  review: ReviewItem[]
  speakers: Speakers
  /** Edits that named something the article no longer has (the speaker). */
  stale: StaleEdit[]
  warnings: NonNullable<Extracted<unknown>['warnings']>
}

/** Run every section's extractor, each once, in the registry's order (what a section builds on goes first). */
export function extractBriefing(
  article: Article,
  grammar: Grammar = grammarOf(),
  edits?: Edits,
): Extraction {
  const title = article.paragraphs.find(paragraph => paragraph.depth === 1)?.text
  const found = findSpeakers(grammar, article.sentences, title)
  // The editor may name the main speaker: the sections are then extracted around them.
  const { speakers, stale } = edits
    ? chooseSpeaker(found, edits)
    : { speakers: found, stale: undefined }
  const review: ReviewItem[] = speakers.unresolved.map(attribution =>
    reviewItem('statements', {
      reason: `"${attribution.mention.text}" speaks here, but who that is could not be told with certainty; left for review`,
      source: ref(attribution.sentence),
    }),
  )
  const results = new Map<Section<unknown>, Extracted<unknown>>()
  const running = new Set<Section<unknown>>()
  // The order in which the extractors finished: their doubts and warnings are listed in it.
  const finished: Array<Section<unknown>> = []
  const run = <V>(section: Section<V>): Extracted<V> => {
    const known = results.get(section as Section<unknown>)
    if (known) return known as Extracted<V>
    if (running.has(section as Section<unknown>))
      throw new Error(`section "${section.name}" builds on itself`)
    running.add(section as Section<unknown>)
    const result = section.extract(context)
    results.set(section as Section<unknown>, result)
    finished.push(section as Section<unknown>)
    return result
  }
  const context: ExtractContext = {
    article,
    grammar,
    speakers,
    get: section => run(section).value,
    doubtsOf: section => run(section).doubts ?? [],
  }
  for (const section of SECTIONS) run(section as Section<unknown>)
  const briefing = Object.fromEntries(
    SECTIONS.map(section => [section.name, results.get(section as Section<unknown>)!.value]),
  ) as Briefing
  for (const section of finished)
    review.push(
      ...(results.get(section)!.doubts ?? []).map(doubt => reviewItem(section.name, doubt)),
    )
  return {
    briefing,
    review,
    warnings: finished.flatMap(section => results.get(section)!.warnings ?? []),
    speakers,
    stale: stale ? [stale] : [],
  }
}

/** The value of a section in a briefing. */
function valueIn<V>(briefing: Briefing, section: Section<V>): V {
  return (briefing as Record<string, unknown>)[section.name] as V
}

/** The sections of the deck that the briefing has no content for. */
export function missingSections(briefing: Briefing): SectionName[] {
  return SECTIONS.filter(
    section =>
      !section.optional &&
      (section as Section<unknown>).isEmpty(valueIn(briefing, section as Section<unknown>)),
  ).map(section => section.name)
}

/** True when the briefing has no content at all: no speaker, no figure, no section about the event. */
export function nothingToBrief(briefing: Briefing): boolean {
  return SECTIONS.filter(section => section.content).every(section =>
    (section as Section<unknown>).isEmpty(valueIn(briefing, section as Section<unknown>)),
  )
}

/** The slides of a briefing, in presenting order; sections without content are left out. */
export function briefingSlides(
  briefing: Briefing,
  labels: Labels = labelsFor(),
  edits?: Edits,
): Slide[] {
  const context = {
    labels,
    cover: briefing.cover,
    footer: deckFooter(briefing.cover, labels),
    get: <V>(section: Section<V>) => valueIn(briefing, section),
  }
  // The editor's order and omissions; the registry's order otherwise.
  const order = presentingOrder(edits).map(name => SECTIONS.find(section => section.name === name)!)
  return order.flatMap(section => {
    const value = valueIn(briefing, section as Section<unknown>)
    return (section as Section<unknown>).isEmpty(value)
      ? []
      : (section as Section<unknown>).slides(value, context)
  })
}

/** Every place of a fact in the briefing, by line and column: the sentence it stands in. */
function sentencesByPlace(briefing: Briefing): Map<string, string> {
  const places = new Map<string, string>()
  const seen = new WeakSet<object>()
  const visitValue = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    const place = node as Partial<SourceRef>
    if (
      typeof place.line === 'number' &&
      typeof place.column === 'number' &&
      typeof place.sentence === 'string'
    )
      places.set(`${place.line}:${place.column}`, place.sentence)
    for (const child of Object.values(node)) visitValue(child)
  }
  visitValue(briefing)
  return places
}

/**
 * Where each sentence of the article ended up: on a slide (an element of a slide stands at a place
 * in it), only in the presenter notes, or nowhere. Read from the slides as built.
 */
export function coverage(article: Article, briefing: Briefing, slides: Slide[]): CoverageEntry[] {
  const places = sentencesByPlace(briefing)
  const shown = new Set<string>()
  const visitElement = (element: Element): void => {
    const { dataLine, dataColumn } = element.properties
    const sentence = dataLine === undefined ? undefined : places.get(`${dataLine}:${dataColumn}`)
    if (sentence !== undefined) shown.add(sentence)
    for (const child of element.children as ElementContent[])
      if (child.type === 'element') visitElement(child)
  }
  for (const slide of slides) visitElement(slide.body)
  const noted = new Set(slides.flatMap(slide => slide.notes.map(source => source.sentence)))
  return article.sentences.map(sentence => ({
    line: sentence.line,
    column: sentence.column,
    paragraph: sentence.paragraph,
    sentence: sentence.sentence,
    status: shown.has(sentence.sentence)
      ? 'slides'
      : noted.has(sentence.sentence)
        ? 'notes'
        : 'unused',
  }))
}

/** One line that sums up the coverage: how many sentences are on slides, only in notes, or unused. */
export function coverageSummary(entries: CoverageEntry[]): string {
  const count = (status: CoverageEntry['status']): number =>
    entries.filter(entry => entry.status === status).length
  return `coverage: ${count('slides')} of ${entries.length} sentences on slides, ${count('notes')} only in the notes, ${count('unused')} unused (see --json)`
}

/**
 * Turn article text, as written in its file, into Slidev markdown. Pure: no file is read or
 * written. Throws nothing for odd content; missing sections are reported. The grammar reads the
 * normalised text (`normaliseArticle`); every line and column reported is the file's.
 */
export function generateDeck(
  raw: string,
  path = 'article.md',
  options: DeckOptions = {},
): GeneratedDeck {
  const grammar = grammarOf(languageOf(options.language))
  const { text, columns } = normaliseArticle(raw)
  const file = new VFile({ path, value: text })
  const article = parseArticle(text, grammar)
  const extraction = extractBriefing(article, grammar, options.edits)
  const { review, warnings } = extraction
  // The editor's corrections (the edits file): hidden, pinned and added items, the title.
  const edited = options.edits
    ? applyEdits(extraction.briefing, options.edits, {
        article,
        grammar,
        speakers: extraction.speakers,
        previous: options.previous,
      })
    : { briefing: extraction.briefing, applied: [], stale: [] }
  const { briefing } = edited
  const stale = [...extraction.stale, ...edited.stale]
  for (const warning of warnings) {
    file.message(warning.reason, {
      place: { line: warning.source.line, column: warning.source.column },
      ruleId: warning.ruleId,
      source: 'briefing',
    })
  }
  for (const item of review) {
    file.message(`review (${item.section}): ${item.reason}`, {
      place: { line: item.line, column: item.column },
      ruleId: 'review',
      source: 'briefing',
    })
  }
  for (const edit of stale) file.message(edit.reason, { ruleId: 'stale-edit', source: 'edits' })
  if (article.cut) {
    const words = article.cut.sentence.split(/\s+/u)
    file.message(
      `the text stops in the middle of a sentence ("… ${words.slice(-4).join(' ')}"): a page cut short? ${article.cutShown ? 'The slides show that sentence only up to its last whole words, the cut marked "…"' : 'That sentence is left out of the slides'}`,
      {
        place: { line: article.cut.line, column: article.cut.column },
        ruleId: 'cut-off',
        source: 'briefing',
      },
    )
  }
  const missing = missingSections(briefing)
  for (const section of SECTIONS.filter(entry => missing.includes(entry.name))) {
    file.message(
      `No "${section.name}" section: looked for ${section.lookedFor}; its slide is left out`,
      {
        ruleId: `missing-${section.name}`,
        source: 'briefing',
      },
    )
  }
  // From here on every place is the file's: the article's sentences, the facts, the review list, the warnings.
  toFileColumns(
    [article, briefing, review, file.messages.map(message => [message, message.place])],
    columns,
  )
  // The slides are made once: the deck and the coverage both read them.
  const labels = labelsFor(options.labels)
  const slides = briefingSlides(briefing, labels, options.edits)
  // An addition that left the article stays in the cover's notes while the edits file holds it: the next
  // run reads it there and still calls it stale.
  const gone = stale.flatMap(edit => (edit.added ? [edit.added] : []))
  if (gone.length > 0 && slides[0]) slides[0] = { ...slides[0], staleNotes: gone }
  const covered = coverage(article, briefing, slides)
  return {
    markdown: compileDeck(slides, {
      ...options,
      lang: grammar.language.code,
      title: deckTitle(valueIn(briefing, cover), labels),
    }),
    briefing,
    slides,
    file,
    missing,
    review,
    coverage: covered,
    edits: {
      // A speaker the editor named who does not speak took no effect: it is a stale edit only.
      applied: edited.applied.filter(
        entry => extraction.stale.length === 0 || !entry.startsWith('speaker:'),
      ),
      stale,
    },
    suggestions: suggestions(review, covered, extraction.speakers),
  }
}
