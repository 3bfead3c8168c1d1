import type { Html, Root, RootContent } from 'mdast'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import type { SourceRef } from '../model.js'
import { el, htmlBlock, serialize } from './html.js'
import type { Slide } from './kit.js'
import type { LabelLanguage, Labels } from './labels.js'
import { labelsFor } from './labels.js'

/** Options for compiling a deck. */
export interface CompileOptions {
  /** File name of exports, without extension. */
  exportFilename?: string
  /** The language of the labels on the slides (default: Indonesian, the article's). */
  labels?: LabelLanguage
  /** The language of the article's text on the slides, a BCP 47 tag (default: Indonesian). */
  lang?: string
}

/**
 * Presenter notes: every source sentence once, in article order, with its line number; then what the
 * editor wrote on the slide, marked as theirs.
 */
export function notesBlock(
  sources: SourceRef[],
  labels: Labels = labelsFor(),
  editor: string[] = [],
  stale: string[] = [],
): Html {
  const seen = new Map<string, SourceRef>()
  for (const source of sources) seen.set(`${source.line}:${source.sentence}`, source)
  const ordered = [...seen.values()].sort((a, b) => a.line - b.line || a.column - b.column)
  const lines = [
    serialize(el('p.notes-heading', {}, `${labels.notes}:`)),
    ...ordered.map(source =>
      serialize(
        el(
          'p.source-sentence',
          { dataLine: source.line },
          el('strong', {}, `${labels.line} ${source.line}`),
          ` — ${source.sentence}`,
        ),
      ),
    ),
    ...editor.map(text =>
      serialize(el('p.editor-note', {}, el('strong', {}, labels.editor), ` — ${text}`)),
    ),
    ...stale.map(text =>
      serialize(el('p.editor-note', {}, el('strong', {}, labels.staleAddition), ` — ${text}`)),
    ),
  ]
  return { type: 'html', value: `<!--\n${lines.join('\n\n')}\n-->` }
}

/** Frontmatter of one slide: the deck's headmatter on the first. */
function frontmatter(
  slide: Slide,
  index: number,
  title: string,
  options: CompileOptions,
): Record<string, unknown> {
  const own = { layout: slide.layout, routeAlias: slide.alias }
  if (index > 0) return { ...own, title: slide.title }
  return {
    theme: 'default',
    title,
    fonts: { provider: 'none' },
    htmlAttrs: { lang: options.lang ?? 'id' },
    exportFilename: options.exportFilename ?? 'briefing',
    colorSchema: 'light',
    // Local icon: Slidev's default favicon is fetched from a CDN.
    favicon: '/favicon.svg',
    transition: 'fade',
    mdc: false,
    drawings: { enabled: false },
    download: false,
    record: false,
    // Features a generated briefing never uses: each left out of the Vite build (together about 0.7
    // s of a 4 s build on the development machine). Presenter mode, notes and the print view stay.
    contextMenu: false,
    monaco: false,
    twoslash: false,
    codeCopy: false,
    ...own,
  }
}

/** Compile slides to Slidev markdown, through an mdast tree and its serializer; `title` is the deck's. */
export function compileDeck(slides: Slide[], options: CompileOptions & { title: string }): string {
  const children: RootContent[] = []
  const labels = labelsFor(options.labels)
  for (const [index, slide] of slides.entries()) {
    const data = JSON.parse(
      JSON.stringify(frontmatter(slide, index, options.title, options)),
    ) as Record<string, unknown>
    children.push({
      type: 'yaml',
      value: stringify(data, { lineWidth: 0 }).trimEnd(),
    } as RootContent)
    children.push(htmlBlock(slide.body))
    children.push(notesBlock(slide.notes, labels, slide.editorNotes, slide.staleNotes))
  }
  const tree: Root = { type: 'root', children }
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml'])] })
}
