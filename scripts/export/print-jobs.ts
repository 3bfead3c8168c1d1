// What the printer's thread (`print-worker.ts`) does with the Chromium it started: it opens the print
// page, prints the deck and the handout to bytes (the main thread writes the files), and closes.
import type { MessagePort } from 'node:worker_threads'
import { parseSync } from '@slidev/parser'
import type { Browser, Page } from 'playwright-core'
import { CANVAS } from '../compile/paginate.js'
import { CliError, EXIT } from '../errors.js'
import { renderHandout } from './handout.js'
import { printShownDeck, waitForDeck } from './print.js'
import type { PrinterReply, PrinterRequest, Printed } from './printer.js'

let launched: Promise<Browser>
let printPage: Promise<Page> | undefined

/** Chromium's failure in one line, as the CLI tells it (exit 4); the tool's own errors unchanged. */
function chromiumFailed(doing: string): (error: unknown) => never {
  return error => {
    if (error instanceof CliError) throw error
    throw new CliError(
      `Chromium failed to ${doing}: ${(error as Error).message.split('\n')[0]}`,
      EXIT.crashed,
    )
  }
}

/** A page for Slidev's print view, as its exporter opens it: as tall as all the slides, one under another, in screen colours. */
function openPrintPage(slides: number): Promise<Page> {
  printPage ??= launched
    .then(async browser => {
      const page = await browser.newPage({
        viewport: { width: CANVAS.width, height: CANVAS.height * slides },
      })
      await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
      return page
    })
    .catch(chromiumFailed('open a page'))
  printPage.catch(() => {})
  return printPage
}

/** Print the static deck served at `url`, once its print view shows exactly the slides of `markdown`. */
async function printDeck(url: string, markdown: string): Promise<Printed> {
  const slides = parseSync(markdown, 'slides.md').slides
  const page = await openPrintPage(slides.length)
  try {
    await page.goto(`${url}/print?print=true`, { waitUntil: 'load' })
    await waitForDeck(page, slides, false)
    return await printShownDeck(page, slides)
  } catch (error) {
    return chromiumFailed('print the deck')(error)
  } finally {
    await page.close()
    printPage = undefined
  }
}

async function run(request: PrinterRequest): Promise<Printed | undefined> {
  switch (request.kind) {
    case 'open':
      await openPrintPage(request.slides)
      return undefined
    case 'print':
      return printDeck(request.url, request.markdown)
    case 'handout':
      return renderHandout({
        deck: request.deck,
        slidesPdf: request.slidesPdf,
        browser: await launched,
      }).catch(chromiumFailed('print the handout'))
    case 'close':
      await launched.then(
        browser => browser.close(),
        () => {},
      )
      return undefined
  }
}

/** Answer the main thread's requests on `port` with the Chromium that is `starting`. */
export function servePrinter(port: MessagePort, starting: Promise<Browser>): void {
  launched = starting
  port.on('message', (request: PrinterRequest) => {
    run(request).then(
      printed => port.postMessage({ id: request.id, printed } satisfies PrinterReply),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          error: {
            message: error instanceof Error ? error.message : String(error),
            code: error instanceof CliError ? error.code : undefined,
          },
        } satisfies PrinterReply),
    )
  })
}
