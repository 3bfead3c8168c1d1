import { watch } from 'node:fs'
import type { FSWatcher } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { CliError, EXIT } from '../errors.js'
import type { Io } from '../io.js'
import { terminalText } from '../io.js'
import { onStop } from '../signals.js'
import type { UpdateOptions } from '../update-deck.js'
import { editsPath, updateDeck } from '../update-deck.js'

/** How long a burst of file events may last before it is handled as one save. */
export const COALESCE_MS = 20
/** A save that goes on (a slow disk, a long paste) is shown at least this often. */
export const MAX_WAIT_MS = 250
/** How often the folder and the article are looked at besides the file events. */
export const POLL_MS = 250

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

/** What identifies a file's content for the watch: its inode, size and modification time. */
async function fileState(path: string): Promise<string> {
  return stat(path).then(
    info => `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`,
    () => 'missing',
  )
}

/**
 * Watch the article and regenerate the deck on every save. Bursts of events are coalesced into one
 * run (a save that goes on is shown every MAX_WAIT_MS), a save during a run queues exactly one more
 * run, and a file that changed while it was read is read again. A bad edit keeps the last good deck
 * and reports the problem; the watch goes on. The folder is watched too: moved, deleted or
 * replaced, it is watched again when it is back, with a line saying so.
 */
export function createWatcher(
  options: UpdateOptions,
  io: Io,
  onRegenerate: (result: Regeneration) => void = () => {},
): ArticleWatcher {
  let lastGood: string | undefined
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let pending = false
  let eventAt = 0
  let burstAt = 0
  let closed = false
  /** The article as the last run read it. */
  let seen = ''

  /** The article and the edits file as the last run read them. */
  const inputsState = async (): Promise<string> =>
    `${await fileState(options.source)}|${await fileState(editsPath(options))}`

  const regenerate = async (): Promise<void> => {
    const started = eventAt || Date.now()
    const before = await inputsState()
    try {
      lastGood ??= await readFile(options.out, 'utf8').catch(() => undefined)
      let written = 0
      const { markdown } = await updateDeck(options, io, lastGood, () => {
        written = Date.now()
      })
      const changed = markdown !== lastGood
      lastGood = markdown
      onRegenerate({ ok: true, changed, ms: written - started })
    } catch (error) {
      if (!(error instanceof CliError)) throw error
      io.stderr(
        `error: ${terminalText(error.message)}\n  keeping the last good deck (${options.out}); fix the article and save again\n`,
      )
      onRegenerate({ ok: false, changed: false, ms: Date.now() - started })
    }
    seen = before
    // Saved again while it was read: read it again.
    if ((await inputsState()) !== before) pending = true
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
    if (timer === undefined) burstAt = eventAt
    clearTimeout(timer)
    timer = setTimeout(
      () => {
        timer = undefined
        run()
      },
      Math.max(0, Math.min(COALESCE_MS, burstAt + MAX_WAIT_MS - eventAt)),
    )
  }

  // Watch the folder, not the file: editors often save by writing a new file and renaming it over
  // the old one.
  const folder = dirname(options.source)
  const name = basename(options.source)
  // The editor's corrections are an input too: beside the article by default, or where --edits says.
  const edits = editsPath(options)
  const editsName = basename(edits)
  const editsElsewhere = dirname(edits) !== folder
  let watcher: FSWatcher | undefined
  let folderState: string | undefined
  const watchFolder = (): void => {
    watcher?.close()
    watcher = undefined
    try {
      watcher = watch(folder, (_event, file) => {
        if (file === null || file === name || (!editsElsewhere && file === editsName)) schedule()
      })
      // A folder that goes away is noticed by the poll below.
      watcher.on('error', () => {})
    } catch (error) {
      throw new CliError(`cannot watch ${folder}: ${(error as Error).message}`)
    }
  }
  watchFolder()
  // An edits file in another folder is watched there (the poll below catches what an event misses).
  let editsWatcher: FSWatcher | undefined
  if (editsElsewhere) {
    try {
      editsWatcher = watch(dirname(edits), (_event, file) => {
        if (file === null || file === editsName) schedule()
      })
      editsWatcher.on('error', () => {})
    } catch {
      // A folder that does not exist yet: the poll notices the file when it comes.
    }
  }
  void stat(folder).then(
    info => {
      folderState ??= `${info.dev}:${info.ino}`
    },
    () => {},
  )

  // Besides the events: a folder moved, deleted or made anew, and a change no event reported.
  let polling = false
  const poll = setInterval(() => {
    if (polling || closed) return
    polling = true
    void (async () => {
      const now = await stat(folder).then(
        info => `${info.dev}:${info.ino}`,
        () => undefined,
      )
      if (now !== folderState) {
        if (now === undefined) {
          watcher?.close()
          watcher = undefined
          io.stderr(
            `warning: ${folder} is gone (moved or deleted): the deck stays as it is; watching for the folder to come back\n`,
          )
        } else {
          watchFolder()
          io.stderr(`${folder} is back: watching ${name} again\n`)
          schedule()
        }
        folderState = now
      } else if (now !== undefined && !timer && !running && (await inputsState()) !== seen) {
        schedule()
      }
    })()
      .catch(() => {})
      .finally(() => {
        polling = false
      })
  }, POLL_MS)

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
      clearInterval(poll)
      timer = undefined
      watcher?.close()
      editsWatcher?.close()
    },
  }
}

/** `generate --watch`: regenerate until Ctrl-C (or SIGTERM). */
export async function watchArticle(options: UpdateOptions, io: Io): Promise<number> {
  let stopping = false
  let stop = (): void => {}
  const stopped = new Promise<void>(resolve => {
    stop = () => {
      stopping = true
      resolve()
    }
  })
  // From the start, so that a Ctrl-C during the first generation is not lost.
  const release = onStop(stop)
  const watcher = createWatcher(options, io, result => {
    if (result.ok && result.changed) io.stderr(`  regenerated in ${result.ms} ms\n`)
  })
  await Promise.race([watcher.ready, stopped])
  if (!stopping) io.stderr(`Watching ${options.source} (Ctrl-C to stop)…\n`)
  await stopped
  watcher.close()
  release()
  return EXIT.ok
}
