import module, { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { CliError, EXIT, type ExitCode } from '../errors.js'

const require = createRequire(import.meta.url)

/** A PDF printed in memory, and its page count. */
export interface Printed {
  bytes: Uint8Array
  pages: number
}

/** What the main thread asks of the printer's thread (`print-worker.ts`). */
type PrinterTask =
  | { kind: 'open'; slides: number }
  | { kind: 'print'; url: string; markdown: string }
  | { kind: 'handout'; deck: string; slidesPdf: string }
  | { kind: 'close' }

/** A task with the number its reply will carry. */
export type PrinterRequest = PrinterTask & { id: number }

/** Its answer to the request `id`: what it printed, or the error (with the exit code of a CliError). */
export interface PrinterReply {
  id: number
  printed?: Printed
  error?: { message: string; code?: ExitCode }
}

/**
 * A headless Chromium driven from a thread of its own: it starts (Playwright's load, then the
 * browser) while this thread generates and builds the deck, and prints to bytes.
 */
export interface Printer {
  /** Open the print page for a deck of this many slides as soon as Chromium is up. */
  open: (slides: number) => void
  /** Print the static deck served at `url`, once its print view shows exactly the slides of `markdown`. */
  print: (url: string, markdown: string) => Promise<Printed>
  /** The handout of the deck file `deck`, whose slides `slidesPdf` holds (`handout.ts`). */
  handout: (deck: string, slidesPdf: string) => Promise<Printed>
  /** Close Chromium and end the thread; safe to call more than once. */
  close: () => Promise<void>
}

/** Where the printer's thread starts: beside this module in the bundle, or its source through tsx (tests). */
function workerEntry(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts'))
    return {
      url: new URL('./print-worker.ts', import.meta.url),
      execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href],
    }
  return { url: new URL('./print-worker.js', import.meta.url), execArgv: [] }
}

/** Start a printer with the Chromium at `executablePath`; a failure to start shows on its first print (exit 4). */
export function startPrinter(executablePath: string): Printer {
  const { url, execArgv } = workerEntry()
  const worker = new Worker(url, {
    workerData: { browser: executablePath, compileCache: module.getCompileCacheDir?.() },
    execArgv,
  })
  const pending = new Map<number, (reply: PrinterReply) => void>()
  let next = 0
  let ended: CliError | undefined
  const end = (message: string): void => {
    ended ??= new CliError(`Chromium's printer stopped: ${message}`, EXIT.crashed)
    for (const resolve of pending.values())
      resolve({ id: -1, error: { message: ended.message, code: ended.code } })
    pending.clear()
  }
  worker.on('message', (reply: PrinterReply) => {
    pending.get(reply.id)?.(reply)
    pending.delete(reply.id)
  })
  worker.on('error', error => end(error.message.split('\n')[0] ?? ''))
  worker.on('exit', code => end(`its thread ended (${code})`))

  const ask = async (request: PrinterTask): Promise<Printed | undefined> => {
    if (ended) throw ended
    const id = next++
    const reply = await new Promise<PrinterReply>(resolve => {
      pending.set(id, resolve)
      worker.postMessage({ ...request, id })
    })
    if (reply.error) throw new CliError(reply.error.message, reply.error.code ?? EXIT.crashed)
    return reply.printed
  }
  let closing: Promise<void> | undefined
  return {
    open: slides => {
      ask({ kind: 'open', slides }).catch(() => {})
    },
    print: async (address, markdown) =>
      (await ask({ kind: 'print', url: address, markdown })) as Printed,
    handout: async (deck, slidesPdf) =>
      (await ask({ kind: 'handout', deck, slidesPdf })) as Printed,
    close: () => {
      closing ??= ask({ kind: 'close' })
        .catch(() => {})
        .then(() => worker.terminate())
        .then(() => {})
      return closing
    },
  }
}
