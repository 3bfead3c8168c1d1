// The pieces every section's slides are made of: a slide, the place and fact marks of its elements,
// the heading, the footer, the continuation title, and the paged skeleton of a section that needs
// several slides.
import type { Element } from 'hast'
import type { Cover, SourceRef } from '../model.js'
import type { Child } from './html.js'
import { el } from './html.js'
import type { Labels } from './labels.js'
import { CONTENT_HEIGHT, CONTENT_WIDTH, TYPE, estimateLines } from './paginate.js'

/** One slide of the deck before serialization. */
export interface Slide {
  /** The section it belongs to. */
  section: string
  /** Stable route alias: `cover`, `speech`, `statements-2`, … */
  alias: string
  /** Plain-text title for the outline and the presenter. */
  title: string
  layout: string
  body: Element
  /** The article sentences the slide draws on: they become its presenter notes. */
  notes: SourceRef[]
  /** What on the slide the editor wrote (not the article): named in the notes as the editor's. */
  editorNotes?: string[]
  /** What the editor added that the article no longer holds: named in the notes, shown nowhere. */
  staleNotes?: string[]
}

/** What every slide builder is given besides its section's value. */
export interface SlideKit {
  labels: Labels
  /** The deck's identity: its title, the outlet, the event's place and date. */
  cover: Cover
  /** The deck's footer line ("Sumber: outlet", else the deck's title). */
  footer: string
}

/** The place of an element's text in the article, as `data-line` and `data-column`. */
export function line(source: SourceRef): { dataLine: number; dataColumn: number } {
  return { dataLine: source.line, dataColumn: source.column }
}

/** Mark an element as a fact for the change report; without a key, its text is the key. */
export function fact(kind: string, key?: string): { dataFact: string; dataKey?: string } {
  return key === undefined ? { dataFact: kind } : { dataFact: kind, dataKey: key }
}

/** A slide's heading, with its kicker (the section's label) above it when there is one. */
export function heading(text: string, kicker?: string): Element[] {
  return [...(kicker ? [el('p.kicker', {}, kicker)] : []), el('h1', {}, text)]
}

/** The deck's footer on a content slide. */
export function footer(kit: SlideKit): Element {
  return el('footer.deck-footer', {}, kit.footer)
}

/** Append "(lanjutan)" to the titles of continuation pages and number their aliases. */
export function continued(
  alias: string,
  title: string,
  page: number,
  labels: Labels,
): { alias: string; title: string } {
  return page === 0
    ? { alias, title }
    : { alias: `${alias}-${page + 1}`, title: `${title} (${labels.continued})` }
}

/**
 * The content height left under a slide's heading. CONTENT_HEIGHT counts one line of the
 * 30 px heading; a long one (a speaker's full title, say) takes 38 px more per line.
 */
export function budgetUnder(title: string): number {
  return (
    CONTENT_HEIGHT -
    (estimateLines(title, TYPE.heading.size, CONTENT_WIDTH) - 1) * TYPE.heading.line
  )
}

/** A section's content over several slides: the same heading (continued), content and footer on each. */
export interface Paged<T> {
  section: string
  /** The first slide's alias; the next are `alias-2`, `alias-3` … */
  alias: string
  /** The slides' title (outline, presenter), and the heading when it differs. */
  title: string
  heading?: string
  kicker?: string
  className: string
  pages: T[][]
  notes: (page: T[]) => SourceRef[]
  content: (page: T[]) => Child
}

/** The slides of a paged section: one per page, with continuation titles and aliases. */
export function pagedSlides<T>(paged: Paged<T>, kit: SlideKit): Slide[] {
  return paged.pages.map((page, index) => ({
    section: paged.section,
    ...continued(paged.alias, paged.title, index, kit.labels),
    layout: 'briefing',
    notes: paged.notes(page),
    body: el(
      `div.slide.${paged.className}`,
      {},
      heading(
        continued(paged.alias, paged.heading ?? paged.title, index, kit.labels).title,
        paged.kicker,
      ),
      paged.content(page),
      footer(kit),
    ),
  }))
}
