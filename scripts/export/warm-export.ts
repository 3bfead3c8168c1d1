import { parseSync } from '@slidev/parser'
import type { Browser, Page } from 'playwright-core'
import { writeAtomic } from '../io.js'
import { launchChromium } from './browser.js'
import { printShownDeck, waitForDeck } from './print.js'

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
export async function startWarmExporter(
  serverUrl: string,
  executablePath: string,
): Promise<WarmExporter> {
  const browser: Browser = await launchChromium(executablePath)
  const page: Page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  await page.goto(`${serverUrl}/export`, { waitUntil: 'load' })
  return {
    async exportPdf(out, markdown) {
      const started = Date.now()
      const slides = parseSync(markdown, 'slides.md').slides
      // The server may still be compiling the new deck: reload until the page shows exactly it.
      await waitForDeck(page, slides, true)
      await writeAtomic(out, (await printShownDeck(page, slides)).bytes)
      return Date.now() - started
    },
    async close() {
      await browser.close()
    },
  }
}
