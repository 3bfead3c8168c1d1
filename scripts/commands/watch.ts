import { watch } from 'node:fs'
import type { FSWatcher } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { CliError, EXIT } from '../errors.js'
import type { Io } from '../io.js'
import type { GenerateOptions } from './generate.js'
import { generateOnce } from './generate.js'

/** How long a burst of file events may last before it is handled as one save. */
export const COALESCE_MS = 20

/** What one regeneration did. */
export interface Regeneration {
  ok: boolean
  changed: boolean
  /** Milliseconds from the (last) file event to the new deck on disk. */
  ms: number
}

/** A running watch on the article. */
export interface ArticleWatcher {
  /** Resolves after the first generation. */
  ready: Promise<void>
  /** Regenerate now, as a save would. */
  trigger: () => void
  /** Resolves when no regeneration is pending or running. */
  idle: () => Promise<void>
  close: () => void
}

/**
 * Watch the article and regenerate the deck on every save. Bursts of events are
 * coalesced into one run, and a save during a run queues exactly one more run.
 * A bad edit keeps the last good deck and reports the problem; the watch goes on.
 */
export function createWatcher(options: GenerateOptions, io: Io, onRegenerate: (result: Regeneration) => void = () => {}): ArticleWatcher {
  let lastGood: string | undefined
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let pending = false
  let eventAt = 0
  let closed = false

  const regenerate = async (): Promise<void> => {
    const started = eventAt || Date.now()
    try {
      lastGood ??= await readFile(options.out, 'utf8').catch(() => undefined)
      let written = 0
      const { markdown } = await generateOnce(options, io, lastGood, () => {
        written = Date.now()
      })
      const changed = markdown !== lastGood
      lastGood = markdown
      onRegenerate({ ok: true, changed, ms: written - started })
    }
    catch (error) {
      if (!(error instanceof CliError)) throw error
      io.stderr(`error: ${error.message}\n  keeping the last good deck (${options.out}); fix the article and save again\n`)
      onRegenerate({ ok: false, changed: false, ms: Date.now() - started })
    }
  }

  const run = (): void => {
    if (closed) return
    if (running) {
      pending = true
      return
    }
    running = regenerate().finally(() => {
      running = undefined
      if (pending) {
        pending = false
        run()
      }
    })
  }

  const schedule = (): void => {
    eventAt = Date.now()
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      run()
    }, COALESCE_MS)
  }

  // Watch the folder, not the file: editors often save by writing a new file and renaming it over the old one.
  const name = basename(options.source)
  let watcher: FSWatcher | undefined
  try {
    watcher = watch(dirname(options.source), (_event, file) => {
      if (file === null || file === name) schedule()
    })
  }
  catch (error) {
    throw new CliError(`cannot watch ${dirname(options.source)}: ${(error as Error).message}`)
  }

  run()
  const ready = running ?? Promise.resolve()
  return {
    ready,
    trigger: schedule,
    idle: async () => {
      while (timer !== undefined || running || pending) {
        await (running ?? new Promise(resolve => setTimeout(resolve, COALESCE_MS)))
      }
    },
    close: () => {
      closed = true
      clearTimeout(timer)
      timer = undefined
      watcher?.close()
    },
  }
}

/** `generate --watch`: regenerate until Ctrl-C. */
export async function watchArticle(options: GenerateOptions, io: Io): Promise<number> {
  const watcher = createWatcher(options, io, (result) => {
    if (result.ok && result.changed) io.stderr(`  regenerated in ${result.ms} ms\n`)
  })
  await watcher.ready
  io.stderr(`Watching ${options.source} (Ctrl-C to stop)…\n`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  watcher.close()
  return EXIT.ok
}
