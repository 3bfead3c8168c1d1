import { parseSync } from '@slidev/parser'
import type { Element, ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'

/** One run of notes text; the line labels (`baris 12`) are bold, as in the presenter view. */
export interface NoteRun {
  text: string
  bold: boolean
}
export type NoteParagraph = NoteRun[]

/**
 * The presenter notes of every slide of a deck, as paragraphs of plain text.
 * The deck keeps its notes as escaped HTML (see README, Security); the PPTX notes
 * pages and the handout want text.
 */
export function deckNotes(markdown: string): NoteParagraph[][] {
  return parseSync(markdown, 'slides.md').slides.map(slide => {
    if (!slide.note) return []
    const tree = fromHtml(slide.note, { fragment: true })
    const blocks = selectAll('p, li', tree) as Element[]
    return blocks
      .map(block => runsOf(block.children))
      .filter(runs => runs.some(run => run.text.trim()))
  })
}

function runsOf(children: ElementContent[], bold = false): NoteRun[] {
  return children.flatMap((child): NoteRun[] => {
    if (child.type === 'text') return [{ text: child.value.replace(/\s+/gu, ' '), bold }]
    if (child.type === 'element')
      return runsOf(child.children, bold || child.tagName === 'strong' || child.tagName === 'b')
    return []
  })
}

/**
 * The language of a deck's text, as its headmatter gives it (`htmlAttrs.lang`, the article's language),
 * and the same with its usual region, as office programs want it for spelling ("id" → "id-ID").
 */
export function deckLanguage(markdown: string): { tag: string; withRegion: string } {
  const headmatter = parseSync(markdown, 'slides.md').slides[0]?.frontmatter as
    | { htmlAttrs?: { lang?: unknown } }
    | undefined
  const tag = typeof headmatter?.htmlAttrs?.lang === 'string' ? headmatter.htmlAttrs.lang : 'id'
  let withRegion = tag
  try {
    const locale = new Intl.Locale(tag).maximize()
    withRegion = locale.region ? `${locale.language}-${locale.region}` : locale.language
  } catch {
    // A tag Intl does not know: as written.
  }
  return { tag, withRegion }
}
