import { outlinePdfFactory } from '@lillallol/outline-pdf'
import { parseSync } from '@slidev/parser'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import * as pdfLib from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import { writeAtomic } from '../io.js'
import { CHROMIUM_ARGS } from './browser.js'

/** Exports PDFs through a Slidev dev server that is already running, with one browser kept open. */
export interface WarmExporter {
  /** Export the deck the server shows now to `out`; resolves with the milliseconds it took. */
  exportPdf: (out: string, markdown: string) => Promise<number>
  close: () => Promise<void>
}

/**
 * Open the dev server's print view (`/export`, Slidev's browser exporter) in a
 * Chromium that stays open, so that each export costs a page refresh and a print,
 * not a Vite build and a browser start.
 */
export async function startWarmExporter(serverUrl: string, executablePath: string): Promise<WarmExporter> {
  const { chromium } = await import('playwright-core')
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const page: Page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  await page.goto(`${serverUrl}/export`, { waitUntil: 'load' })
  return {
    async exportPdf(out, markdown) {
      const started = Date.now()
      const slides = parseSync(markdown, 'slides.md').slides
      // The text each slide must show; white space is left out, as layout may add or drop it.
      const expected = slides.map(slide => toString(fromHtml(slide.content, { fragment: true })).replace(/\s+/gu, ''))
      // The server may still be compiling the new deck: wait until the page shows exactly it,
      // and reload when it keeps showing an older one.
      for (let attempt = 1; ; attempt++) {
        await page.reload({ waitUntil: 'load' })
        const current = await page.waitForFunction((texts) => {
          const containers = [...document.querySelectorAll('.print-slide-container')]
          return containers.length === texts.length && containers.every((container, index) => (container.textContent ?? '').replace(/\s+/gu, '') === texts[index])
        }, expected, { timeout: 3000 }).then(() => true, () => false)
        if (current) break
        if (attempt === 5) throw new Error('the dev server did not show the current deck after 5 reloads')
      }
      await page.evaluate(() => document.fonts.ready)
      const bytes = await page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
      let pdf = await pdfLib.PDFDocument.load(bytes)
      const title = slides[0]?.frontmatter.title ?? slides[0]?.title
      if (typeof title === 'string') pdf.setTitle(title)
      // The same outline `slidev export --with-toc` writes: one entry per titled slide.
      const outline = slides.map((slide, index) => slide.title ? `${index + 1}||${slide.title}` : '').filter(Boolean).join('\n')
      if (outline) pdf = await outlinePdfFactory(pdfLib)({ outline, pdf })
      await writeAtomic(out, await pdf.save())
      return Date.now() - started
    },
    async close() {
      await browser.close()
    },
  }
}
