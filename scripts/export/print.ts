import { outlinePdfFactory } from '@lillallol/outline-pdf'
import type { parseSync } from '@slidev/parser'
import { fromHtml } from 'hast-util-from-html'
import { toString as textOf } from 'hast-util-to-string'
import * as pdfLib from 'pdf-lib'
import type { Page } from 'playwright-core'
import { CANVAS } from '../compile/paginate.js'
import { CliError, EXIT } from '../errors.js'

/** A slide of a deck as Slidev's parser reads it. */
export type DeckSlide = ReturnType<typeof parseSync>['slides'][number]

/**
 * Wait until the open page (a Slidev print view) shows exactly these slides (as
 * `parseSync` reads them): as many, each with the text its markdown gives (white space aside, as
 * layout may add or drop it). With `reload`, a page that keeps showing an older deck (a dev server
 * still compiling) is reloaded, up to five times.
 */
export async function waitForDeck(page: Page, slides: DeckSlide[], reload: boolean): Promise<void> {
  const expected = slides.map(slide =>
    textOf(fromHtml(slide.content, { fragment: true })).replace(/\s+/gu, ''),
  )
  for (let attempt = 1; ; attempt++) {
    if (reload) await page.reload({ waitUntil: 'load' })
    const current = await page
      .waitForFunction(
        texts => {
          const containers = [...document.querySelectorAll('.print-slide-container')]
          return (
            containers.length === texts.length &&
            containers.every(
              (container, index) =>
                (container.textContent ?? '').replace(/\s+/gu, '') === texts[index],
            )
          )
        },
        expected,
        { timeout: reload ? 3000 : 30_000 },
      )
      .then(
        () => true,
        () => false,
      )
    if (current) break
    if (!reload || attempt === 5)
      throw new Error(
        `the print view did not show the current deck${reload ? ' after 5 reloads' : ''}`,
      )
  }
  await page.evaluate(() => document.fonts.ready)
}

/**
 * Print the deck the open print view shows: one page per slide at the canvas size, with
 * the deck's title and outline.
 */
export async function printShownDeck(
  page: Page,
  slides: DeckSlide[],
): Promise<{ bytes: Uint8Array; pages: number }> {
  // Helpers Slidev leaves after the slides (mermaid's and Monaco's) would print as a blank last
  // page: hidden, as its exporter does.
  await page.evaluate(() => {
    for (const helper of document.querySelectorAll<HTMLElement>(
      '#mermaid-rendering-container, .monaco-aria-container',
    ))
      helper.style.display = 'none'
  })
  const printed = await page.pdf({
    width: `${CANVAS.width}px`,
    height: `${CANVAS.height}px`,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  })
  const pdf = await pdfLib.PDFDocument.load(printed)
  if (pdf.getPageCount() !== slides.length)
    throw new CliError(
      `Chromium printed ${pdf.getPageCount()} pages for the deck's ${slides.length} slides`,
      EXIT.crashed,
    )
  const outlined = await titleAndOutline(
    pdf,
    slides,
    slides.map((_, index) => index),
  )
  return { bytes: await outlined.save(), pages: outlined.getPageCount() }
}

/** A slide's title as the deck gives it (its frontmatter's, else its first heading's), or empty. */
export function slideTitle(slide: DeckSlide): string {
  return String(slide.frontmatter.title ?? slide.title ?? '')
}

/**
 * The deck's title on a PDF of it, and the outline `slidev export --with-toc` writes:
 * one entry per titled slide, pointing at page `firstPages[i]` (0-based) for slide i.
 */
export async function titleAndOutline(
  pdf: pdfLib.PDFDocument,
  slides: DeckSlide[],
  firstPages: number[],
): Promise<pdfLib.PDFDocument> {
  const title = slides[0]?.frontmatter.title ?? slides[0]?.title
  if (typeof title === 'string') pdf.setTitle(title)
  const outline = slides
    .map((slide, index) => (slide.title ? `${firstPages[index]! + 1}||${slide.title}` : ''))
    .filter(Boolean)
    .join('\n')
  return outline ? outlinePdfFactory(pdfLib)({ outline, pdf }) : pdf
}
