import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseSync } from '@slidev/parser'
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import * as pdfLib from 'pdf-lib'
import type { Browser } from 'playwright-core'
import { CliError } from '../errors.js'
import { deckLanguage, deckNotes } from './notes.js'
import { slideTitle, titleAndOutline } from './print.js'

const require = createRequire(import.meta.url)

// A4 portrait in PDF points; the slide stands at the top of each slide's first page, its sources
// under it.
const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = 36
const SLIDE_WIDTH = PAGE.width - 2 * MARGIN

/** What goes into a handout. */
export interface HandoutRequest {
  /** The deck's markdown file: titles and presenter notes. */
  deck: string
  /** The deck exported as PDF, one page per slide. */
  slidesPdf: string
  /** The Chromium that prints the notes pages (left open). */
  browser: Browser
}

// Be Vietnam Pro from @fontsource, inlined as data URLs: the page is printed from memory and loads
// nothing.
async function fontFaces(): Promise<string> {
  const folder = dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'))
  const sheets = await Promise.all(
    ['400', '800'].map(weight => readFile(join(folder, `${weight}.css`), 'utf8')),
  )
  const faces: string[] = []
  for (const face of sheets.join('\n').match(/@font-face\s*\{[^}]*\}/gu) ?? []) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/u.exec(face)?.[1]
    if (!file) continue
    const data = (await readFile(join(folder, 'files', file))).toString('base64')
    faces.push(
      face.replace(/src:[^;]+;/u, `src: url(data:font/woff2;base64,${data}) format('woff2');`),
    )
  }
  return faces.join('\n')
}

const STYLE = `
@page { size: A4; margin: ${MARGIN}pt; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Be Vietnam Pro', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #14213d; }
.slot { height: ${((SLIDE_WIDTH * 552) / 980).toFixed(2)}pt; margin-bottom: 16pt; }
.place { font-size: 8pt; font-weight: 800; letter-spacing: 0.08em; text-transform: uppercase; color: #b3122e; margin: 0 0 2pt; }
h2 { font-size: 13pt; font-weight: 800; color: #0b2545; margin: 0 0 8pt; }
p { margin: 0 0 6pt; overflow-wrap: anywhere; }
p:first-of-type.heading { font-weight: 800; }
strong { font-weight: 800; color: #0b2545; }
`

/** The page(s) for one slide: room for the slide, its place and title, and its notes as paragraphs. */
function sectionHtml(
  faces: string,
  lang: string,
  place: string,
  title: string,
  notes: ReturnType<typeof deckNotes>[number],
): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('style', `${faces}\n${STYLE}`)]),
        h('body', [
          h('div.slot'),
          h('p.place', place),
          h('h2', title),
          ...notes.map(runs =>
            h(
              'p',
              runs.map(run =>
                run.bold ? h('strong', run.text) : { type: 'text' as const, value: run.text },
              ),
            ),
          ),
        ]),
      ]),
    ],
  }
  return toHtml(tree)
}

/**
 * The briefing handout: for every slide an A4 page with the slide at the top (the
 * slide's own PDF page, so its text stays text) and its source sentences, with their
 * line numbers, under it; long notes go on to the next page. An outline entry per slide.
 */
export async function renderHandout(
  request: HandoutRequest,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const markdown = await readFile(request.deck, 'utf8')
  const slides = parseSync(markdown, 'slides.md').slides
  const notes = deckNotes(markdown)
  const language = deckLanguage(markdown).tag
  const slidesDoc = await pdfLib.PDFDocument.load(await readFile(request.slidesPdf))
  if (slidesDoc.getPageCount() !== slides.length) {
    throw new CliError(
      `the slides PDF has ${slidesDoc.getPageCount()} pages, the deck ${slides.length} slides`,
    )
  }
  const faces = await fontFaces()
  const handout = await pdfLib.PDFDocument.create()
  const starts: number[] = []
  const page = await request.browser.newPage()
  try {
    const embedded = await handout.embedPdf(
      slidesDoc,
      slides.map((_, index) => index),
    )
    for (const [index, slide] of slides.entries()) {
      await page.setContent(
        sectionHtml(
          faces,
          language,
          `${index + 1} / ${slides.length}`,
          slideTitle(slide),
          notes[index] ?? [],
        ),
        { waitUntil: 'load' },
      )
      await page.evaluate(() => document.fonts.ready)
      const section = await pdfLib.PDFDocument.load(
        await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
      )
      const copied = await handout.copyPages(section, section.getPageIndices())
      starts.push(handout.getPageCount())
      for (const copy of copied) handout.addPage(copy)
      const first = copied[0]!
      const height = (SLIDE_WIDTH * embedded[index]!.height) / embedded[index]!.width
      const y = PAGE.height - MARGIN - height
      first.drawPage(embedded[index]!, { x: MARGIN, y, width: SLIDE_WIDTH, height })
      first.drawRectangle({
        x: MARGIN,
        y,
        width: SLIDE_WIDTH,
        height,
        borderColor: pdfLib.rgb(0.78, 0.8, 0.84),
        borderWidth: 0.75,
      })
    }
  } finally {
    await page.close()
  }
  handout.setLanguage(language)
  const outlined = await titleAndOutline(handout, slides, starts)
  return { bytes: await outlined.save(), pages: outlined.getPageCount() }
}
