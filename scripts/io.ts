import type { Stats } from 'node:fs'
import { lstat, mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { CliError, EXIT, outputError } from './errors.js'
import { removeStale, temporaryPath, track, untrack } from './temporaries.js'

/** Where a command writes: data to stdout, diagnostics to stderr. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

/** The process's own streams. */
export const processIo: Io = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
}

/** A path as a person would type it: relative to the working folder when it lies inside it. */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path
}

/** What an output may replace: a file, or a folder of a kind the tool writes (a built deck, PNG pages). */
export type OutputKind = 'file' | 'deck folder' | 'png folder'

function what(info: Stats): string {
  if (info.isSymbolicLink()) return 'a symbolic link'
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  return 'not a regular file'
}

// A folder the tool may replace: empty, or what it wrote there before.
const FOLDER_OF: Record<
  Exclude<OutputKind, 'file'>,
  { test: (names: string[]) => boolean; holds: string }
> = {
  // Slidev's static build: index.html and assets/ (and its own files beside them).
  'deck folder': {
    test: names => names.includes('index.html') && names.includes('assets'),
    holds: 'a built deck (index.html and assets/)',
  },
  'png folder': {
    test: names => names.every(name => /^\d+\.png$/u.test(name)),
    holds: 'only PNG pages (1.png, 2.png, …)',
  },
}

/**
 * Check that `path` may be written as an output of this kind: it is missing, or a regular file (for
 * a file), or a folder of what the tool writes there (for a folder). Anything else (a symbolic
 * link, a device, a named pipe, someone's folder) is refused with one line (exit 2) and left as it
 * is.
 */
export async function checkOutput(
  path: string,
  option: string,
  kind: OutputKind = 'file',
): Promise<void> {
  let info: Stats
  try {
    info = await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw outputError(path, error)
  }
  const shown = displayPath(path)
  if (kind === 'file') {
    if (info.isFile()) return
    throw new CliError(
      `${option} ${shown} is ${what(info)}: an output replaces only a regular file; give the path of a file (new or old)`,
      EXIT.usage,
    )
  }
  const folder = FOLDER_OF[kind]
  if (!info.isDirectory())
    throw new CliError(
      `${option} ${shown} is ${what(info)}: it must be a folder that holds ${folder.holds}, or a new one`,
      EXIT.usage,
    )
  const names = (
    await readdir(path).catch((error: unknown) => {
      throw outputError(path, error)
    })
  ).filter(name => !/^\..*\.(?:tmp|old)-\d+-/u.test(name))
  if (names.length > 0 && !folder.test(names)) {
    throw new CliError(
      `${option} ${shown} is a folder that holds other things than ${folder.holds}: it would be replaced; give a new folder`,
      EXIT.usage,
    )
  }
}

// The file a path names: its device and inode when it exists, else its real folder and name.
async function identity(path: string): Promise<string> {
  try {
    const info = await stat(path)
    return `${info.dev}:${info.ino}`
  } catch {
    const folder = await realpath(dirname(path)).catch(() => dirname(path))
    return join(folder, basename(path))
  }
}

/**
 * Refuse (exit 2, one line) an output that is the same file as an input or as another output
 * (through a link, `..` or another spelling of its path): the input would be overwritten.
 */
export async function refuseSameFiles(
  outputs: Array<[option: string, path: string]>,
  inputs: Array<[option: string, path: string]>,
): Promise<void> {
  const ids = await Promise.all([...outputs, ...inputs].map(([, path]) => identity(path)))
  const named = [...outputs, ...inputs].map(([option, path], index) => ({
    option,
    path,
    id: ids[index]!,
  }))
  for (const [index, output] of named.slice(0, outputs.length).entries()) {
    const same = named.find(
      (other, at) => at !== index && other.id === output.id && (at >= outputs.length || at < index),
    )
    if (!same) continue
    const role = named.indexOf(same) >= outputs.length ? 'the input' : 'the output'
    throw new CliError(
      `${output.option} ${displayPath(output.path)} is the same file as ${same.option} ${displayPath(same.path)}, ${role}: it would be overwritten; choose another ${output.option}`,
      EXIT.usage,
    )
  }
}

/** One file of a write. */
export interface Output {
  file: string
  data: string | Uint8Array
}

/**
 * Write files atomically, all or none: each goes to a temporary file in its own folder, and only
 * when every one is written are they renamed into place. A reader (or a crash, or Ctrl-C) sees the
 * old files or the new ones, never a truncated one; a full disk leaves every old file as it was.
 */
export async function writeAtomicAll(outputs: Output[]): Promise<void> {
  const written: Array<{ temporary: string; file: string }> = []
  try {
    for (const { file } of outputs) await checkOutput(file, 'the output')
    for (const { file, data } of outputs) {
      await mkdir(dirname(file), { recursive: true }).catch((error: unknown) => {
        throw outputError(file, error)
      })
      await removeStale(dirname(file))
      const temporary = track(temporaryPath(file))
      written.push({ temporary, file })
      await writeFile(temporary, data).catch((error: unknown) => {
        throw outputError(file, error)
      })
    }
    for (const { temporary, file } of written) {
      await rename(temporary, file).catch((error: unknown) => {
        throw outputError(file, error)
      })
      untrack(temporary)
    }
  } finally {
    for (const { temporary } of written) {
      await rm(temporary, { force: true }).catch(() => {})
      untrack(temporary)
    }
  }
}

/** Write one file atomically (see `writeAtomicAll`). */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeAtomicAll([{ file, data }])
}

// Control characters (ANSI and OSC escapes among them) and bidirectional overrides, which a
// terminal would act on or that would reorder what it shows; a line break and a tab stay.
const CONTROLS =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu

/** Text for the terminal: control characters shown escaped (`\x1B`), never acted on. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS, character => {
    const code = character.codePointAt(0)!
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
  })
}
