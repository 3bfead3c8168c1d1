// Temporary files and folders beside an output: named so that they fit the file system's name limit
// and tell which process made them, removed when the process is interrupted, and cleaned up later
// when a process was killed before it could remove them.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'

/** The longest file name most file systems take, in bytes (NAME_MAX). */
const NAME_MAX = 255

/** `.name.tmp-<pid>-<8 hex>` (a file being written) or `.name.old-<pid>-<8 hex>` (a folder being replaced). */
const TEMPORARY = /^\..*\.(?:tmp|old)-(\d+)-[0-9a-f]{8}(?:\.[^.]*)?$/u

/** What this process is writing now: removed at once when it is interrupted. */
const live = new Set<string>()

/** Keep the first characters of `name` that fit in `bytes` bytes of UTF-8 (whole characters). */
function fitBytes(name: string, bytes: number): string {
  let kept = ''
  for (const character of name) {
    if (Buffer.byteLength(kept + character) > bytes) break
    kept += character
  }
  return kept
}

/**
 * A temporary path beside `file`, in the same folder (so that a rename puts it in place), whose
 * name stays within the name limit however long the file's name is. `keepExtension` keeps the
 * file's extension at the end (some tools add one when it is missing).
 */
export function temporaryPath(
  file: string,
  kind: 'tmp' | 'old' = 'tmp',
  keepExtension = false,
): string {
  const extension = keepExtension ? extname(file) : ''
  const stem = basename(file, extension)
  const tag = `.${kind}-${process.pid}-${randomBytes(4).toString('hex')}${extension}`
  return join(dirname(file), `.${fitBytes(stem, NAME_MAX - 1 - Buffer.byteLength(tag))}${tag}`)
}

/** Note a temporary path this process is making; returns it. */
export function track(path: string): string {
  live.add(path)
  return path
}

/** The temporary path is gone or in place: nothing to remove any more. */
export function untrack(path: string): void {
  live.delete(path)
}

/** Remove every temporary path this process is making, at once (a signal handler cannot wait). */
export function removeTracked(): void {
  for (const path of live) {
    try {
      rmSync(path, { recursive: true, force: true })
    } catch {
      // Nothing more can be done while the process stops.
    }
  }
  live.clear()
}

/** True while a process of that id runs (one of another user's counts: it cannot be signalled, but it is there). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** True for a temporary name (by `temporaryPath`) whose process is gone. */
export function isStale(name: string, pattern = TEMPORARY): boolean {
  const pid = pattern.exec(name)?.[1]
  return pid !== undefined && Number(pid) !== process.pid && !isAlive(Number(pid))
}

const cleaned = new Set<string>()

/**
 * Remove what killed processes left in `folder` (their temporary files and half-replaced folders),
 * once per folder and process unless `always`. A process that still runs keeps its own.
 */
export async function removeStale(
  folder: string,
  pattern = TEMPORARY,
  always = false,
): Promise<void> {
  const key = `${folder}\0${pattern.source}`
  if (cleaned.has(key) && !always) return
  cleaned.add(key)
  const names = await readdir(folder).catch(() => [] as string[])
  await Promise.all(
    names
      .filter(name => isStale(name, pattern))
      .map(name => rm(join(folder, name), { recursive: true, force: true }).catch(() => {})),
  )
}
