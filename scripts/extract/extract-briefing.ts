import { VFile } from 'vfile'
import type { Grammar } from '../lang/grammar.js'
import { grammarOf } from '../lang/grammar.js'
import type { Article, Briefing, ReviewItem } from '../model.js'
import type { ExtractionContext, SectionName } from '../sections.js'
import { reviewItem, SECTIONS } from '../sections.js'
import { ref } from '../positions.js'
import { extractCover } from './cover.js'
import { findSpeakers } from './speakers.js'

/** The briefing and the items left for review. */
export interface Extraction {
  briefing: Briefing
  review: ReviewItem[]
}

/**
 * Extract the briefing model from a parsed article, section by section (see `SECTIONS`). Content
 * warnings and the review list go to `file` with their place.
 */
export function extractBriefing(article: Article, file: VFile = new VFile()): Briefing {
  return extractWithReview(article, file).briefing
}

/** Extract the briefing and the review list: what the extraction was unsure of, kept off the slides. */
export function extractWithReview(article: Article, file: VFile = new VFile(), grammar: Grammar = grammarOf()): Extraction {
  const title = article.paragraphs.find(paragraph => paragraph.depth === 1)?.text
  const speakers = findSpeakers(grammar, article.sentences, title)
  const review: ReviewItem[] = speakers.unresolved.map(attribution => reviewItem('statements', {
    reason: `"${attribution.mention.text}" speaks here, but who that is could not be told with certainty; left for review`,
    source: ref(attribution.sentence),
  }))
  const values = new Map<string, unknown>()
  const context: ExtractionContext = {
    grammar,
    article,
    speakers,
    review,
    section: (key) => {
      if (!values.has(key)) values.set(key, SECTIONS.find(section => section.key === key)!.extract(context as never))
      return values.get(key) as never
    },
  }
  const sections = Object.fromEntries(SECTIONS.map(section => [section.key, context.section(section.key)]))
  const briefing = {
    cover: extractCover(grammar, article, speakers.main?.label, (sections.sourceLink as Briefing['sourceLink'])?.domain),
    ...sections,
  } as Briefing
  const drives = briefing.drives
  if (drives?.announced !== undefined && drives.announced !== drives.items.length) {
    const first = drives.items[0].source
    file.message(`The article announces ${drives.announced} points ("${drives.label}") but ${drives.items.length} were found`, { place: { line: first.line, column: first.column }, ruleId: 'count-mismatch', source: 'briefing' })
  }
  for (const item of review) file.message(`review (${item.section}): ${item.reason}`, { place: { line: item.line, column: item.column }, ruleId: 'review', source: 'briefing' })
  return { briefing, review }
}

/** The sections of the deck that the briefing has no content for. */
export function missingSections(briefing: Briefing): SectionName[] {
  return SECTIONS.filter(section => !section.optional && section.isEmpty(briefing[section.key] as never)).map(section => section.name)
}

/** True when the briefing has no content at all: no speaker, no figure, no section about the event. */
export function nothingToBrief(briefing: Briefing): boolean {
  return SECTIONS.filter(section => section.content).every(section => section.isEmpty(briefing[section.key] as never))
}
