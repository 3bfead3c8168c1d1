// Measures the generator on the corpus of real articles: recall of the facts a briefing editor
// would show, and false facts shown (traps hit, and slide text that is not a verbatim span).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element, Root, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { visit } from 'unist-util-visit'
import { generateDeck } from '../../scripts/generate-deck.js'
import { normaliseText } from '../../scripts/parse/read-article.js'
import { nothingToBrief } from '../../scripts/generate-deck.js'
import type { SectionName } from '../../scripts/sections/index.js'
import { SECTIONS } from '../../scripts/sections/index.js'
import { deckSlides, ROOT } from '../helpers.js'

export const CORPUS = join(ROOT, 'test', 'corpus')

/** The batch of the articles collected before batches were named. */
export const EARLIER = 'earlier'

/** A family of slides, as `expected.json` names it. */
export type Family = SectionName | 'speaker' | 'any' | (typeof PLANNED)[number]

/** Families whose section is still to be built: their facts count, and are found on no slide yet. */
const PLANNED = [] as const

/**
 * The sections whose slides each family's facts belong on. A family is a section of the registry
 * (its name), besides three that span sections: the main speaker (cover or speech), the figures
 * (counts of the context, and key figures), and traps that must be on no slide at all.
 */
export const FAMILY_SECTIONS: Record<Family, string[] | 'all'> = {
  ...Object.fromEntries(SECTIONS.map(section => [section.name, [section.name]])),
  // A planned family is found on its section's slides once the section is in the registry.
  ...Object.fromEntries(PLANNED.map(family => [family, [family]])),
  speaker: ['cover', 'speech'],
  figures: ['context', 'figures'],
  any: 'all',
} as Record<Family, string[] | 'all'>

interface Expected {
  url: string
  outlet: string
  /** When the article was collected and scored first: `npm run eval` gives each batch's recall. */
  batch?: string
  truncated?: boolean
  facts: Array<{ family: Family; text: string; what?: string }>
  /**
   * Text that must not be shown: on the family's slides, or, with `with`, in one item together with
   * that other text (an amount on the card of a pledger who did not pledge it).
   */
  traps: Array<{ family: Family; text: string; with?: string; why?: string }>
}

/** Where a deck presents someone as its main speaker: the cover's speaker line, the speech's attribution. */
const SPEAKER_PLACES = 'p.subtitle, p.attribution'

/** The outcome for one article. */
export interface ArticleResult {
  slug: string
  outlet: string
  batch: string
  deck: boolean
  found: number
  expected: number
  missed: Array<{ family: Family; text: string }>
  /** Traps shown where they must not be, and slide text that is not in the article. */
  falseFacts: Array<{ family: Family | 'verbatim'; text: string; why: string }>
  error?: string
}

/** Compare text as a reader would: case, runs of white space and the shape of quotation marks aside. */
export function normalise(text: string): string {
  return text
    .replace(/[“”„]/gu, '"')
    .replace(/[‘’]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
}

/** The slugs of the corpus articles. */
export function corpusSlugs(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort()
}

function textOf(node: Root | Element): string[] {
  const texts: string[] = []
  visit(node, 'text', (text: Text) => {
    texts.push(text.value)
  })
  return texts
}

/** Generate the deck for one corpus article and score it against its expectations. */
export function evaluateArticle(slug: string): ArticleResult {
  const dir = join(CORPUS, slug)
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
  const article = normaliseText(readFileSync(join(dir, 'article.txt'), 'utf8'))
  const result: ArticleResult = {
    slug,
    outlet: expected.outlet,
    batch: expected.batch ?? EARLIER,
    deck: false,
    found: 0,
    expected: expected.facts.length,
    missed: [],
    falseFacts: [],
  }
  let markdown: string
  let sections: string[]
  try {
    const deck = generateDeck(article, `${slug}/article.txt`)
    // The CLI refuses an article in which no content section was found: that is no deck.
    result.deck = !nothingToBrief(deck.briefing)
    markdown = deck.markdown
    sections = deck.slides.map(slide => slide.section)
  } catch (error) {
    result.error = (error as Error).message
    return result
  }
  // What the deck shows (its markdown, as Slidev reads it), slide by slide with the section each
  // belongs to.
  const slides = deckSlides(markdown).map((slide, index) => ({
    alias: String(slide.frontmatter.routeAlias ?? ''),
    section: sections[index]!,
    tree: fromHtml(slide.content, { fragment: true }),
  }))
  const shown = (family: Family): string => {
    const wanted = FAMILY_SECTIONS[family]
    return normalise(
      slides
        .filter(slide => wanted === 'all' || wanted.includes(slide.section))
        .map(slide => textOf(slide.tree).join(' \u0000 '))
        .join(' \u0000 '),
    )
  }
  for (const fact of expected.facts) {
    if (result.deck && shown(fact.family).includes(normalise(fact.text))) result.found++
    else result.missed.push({ family: fact.family, text: fact.text })
  }
  if (!result.deck) return result
  // A speaker trap is someone the article names who is not its main speaker: they must not be
  // presented as the main speaker (the cover's speaker line, the speech's attribution). A message of
  // the speaker that names them is the speaker's, and may.
  const presented = normalise(
    slides
      .flatMap(slide => selectAll(SPEAKER_PLACES, slide.tree) as Element[])
      .map(element => textOf(element).join(' '))
      .join(' \u0000 '),
  )
  // The items of a family's slides, each with its text: a card, a row, a point.
  const items = (family: Family): string[] => {
    const wanted = FAMILY_SECTIONS[family]
    return slides
      .filter(slide => wanted === 'all' || wanted.includes(slide.section))
      .flatMap(slide => selectAll('[data-line]', slide.tree) as Element[])
      .map(element => normalise(textOf(element).join(' ')))
  }
  for (const trap of expected.traps) {
    if (trap.with !== undefined) {
      const [text, other] = [normalise(trap.text), normalise(trap.with)]
      if (items(trap.family).some(item => item.includes(text) && item.includes(other)))
        result.falseFacts.push({
          family: trap.family,
          text: `${trap.text} with ${trap.with}`,
          why: trap.why ?? 'trap',
        })
      continue
    }
    const where = trap.family === 'speaker' ? presented : shown(trap.family)
    if (where.includes(normalise(trap.text)))
      result.falseFacts.push({ family: trap.family, text: trap.text, why: trap.why ?? 'trap' })
  }
  // Every piece of text inside a fact is a verbatim span of the article.
  const flat = normalise(article)
  for (const slide of slides) {
    for (const element of selectAll('[data-fact]', slide.tree) as Element[]) {
      for (const text of textOf(element)) {
        for (const piece of text
          .split('…')
          .map(part => part.trim())
          .filter(part => /\p{L}.*\p{L}/u.test(part))) {
          if (!flat.includes(normalise(piece)))
            result.falseFacts.push({
              family: 'verbatim',
              text: piece,
              why: `on ${slide.alias}, not a span of the article`,
            })
        }
      }
    }
  }
  return result
}

/** Every article of the corpus, scored. */
export function evaluateCorpus(): ArticleResult[] {
  return corpusSlugs().map(evaluateArticle)
}

/** Totals over the corpus. */
export function totals(results: ArticleResult[]): {
  articles: number
  decks: number
  found: number
  expected: number
  recall: number
  falseFacts: number
} {
  const found = results.reduce((sum, result) => sum + result.found, 0)
  const expected = results.reduce((sum, result) => sum + result.expected, 0)
  return {
    articles: results.length,
    decks: results.filter(result => result.deck).length,
    found,
    expected,
    recall: expected === 0 ? 1 : found / expected,
    falseFacts: results.reduce((sum, result) => sum + result.falseFacts.length, 0),
  }
}
