// The printer's thread (`printer.ts`): Playwright and the Chromium it drives live here, so that
// loading Playwright (about half a second of one core) and starting Chromium overlap the deck's
// generation and build on the main thread. Playwright loads first and Chromium starts; what prints
// (`print-jobs.ts`: the deck's parser, pdf-lib, the handout's HTML) loads while Chromium starts.
import module from 'node:module'
import { parentPort, workerData } from 'node:worker_threads'

const { browser, compileCache } = workerData as { browser: string; compileCache?: string }
// The main thread's cache of V8's compiled code serves this thread too.
if (compileCache) module.enableCompileCache?.(compileCache)
const { launchChromium } = await import('./browser.js')
const launched = launchChromium(browser)
await import('playwright-core').catch(() => {})
const { servePrinter } = await import('./print-jobs.js')
servePrinter(parentPort!, launched)
