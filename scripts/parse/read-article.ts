import { constants } from 'node:fs'
import type { Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { CliError } from '../errors.js'

/** Default upper bound for an article, in bytes (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

// Characters a reader never sees: zero-width spaces and joiners, the word joiner, a BOM inside the
// text, the soft hyphen, bidirectional marks and overrides, and control characters other than the
// line break and the tab (and whole terminal escape sequences). They are left out of the text the
// grammar reads (a name with a zero-width space in it is still one name); the places reported stay
// those of the file (`ColumnMap`).
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u
// A zero-width joiner binds the parts of an emoji ("👨‍👩‍👧"): kept there, left out elsewhere.
const LONE_JOINER =
  /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu
// Terminal escape sequences (colours, titles, links) pasted from a terminal: invisible there, left
// out here.
const ESCAPE_SEQUENCE =
  /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]/gu
// Spaces of other widths, and the tab: a plain space, one for one.
const SPACES = /[\u00A0\u2007\u202F\u2000-\u200A\u3000\t]/gu
// A character and the combining marks that follow it: normalised (NFC) together.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu

/**
 * For the lines where the text the grammar reads differs from the file: the file's column of each
 * column of the normalised line (1-based both, index 0 unused), so that every place reported is the
 * file's.
 */
export type ColumnMap = Map<number, number[]>

/** The text as the grammar reads it, and where its columns are in the file. */
export interface NormalisedText {
  text: string
  columns: ColumnMap
}

function normaliseLine(line: string): { text: string; columns?: number[] } {
  // A lone joiner becomes a zero-width space (one for one), which is left out below.
  const spaced = line
    .replace(SPACES, ' ')
    .replace(LONE_JOINER, '\u200B')
    .replace(ESCAPE_SEQUENCE, sequence => '\u200B'.repeat(sequence.length))
  if (!INVISIBLE.test(spaced) && spaced.normalize('NFC') === spaced) return { text: spaced }
  let text = ''
  const columns: number[] = [0]
  for (const match of spaced.matchAll(CLUSTER)) {
    const normal = [...match[0]]
      .filter(character => !INVISIBLE.test(character))
      .join('')
      .normalize('NFC')
    for (let unit = 0; unit < normal.length; unit++)
      columns.push(match.index! + 1 + Math.min(unit, match[0].length - 1))
    text += normal
  }
  return text === spaced ? { text } : { text, columns }
}

/**
 * Normalise pasted web text without moving any line: drop a BOM, turn CRLF/CR into LF, map odd
 * spaces to a plain space (one for one), leave out invisible characters, and compose accents (NFC),
 * so that a name written with a combining accent is the same name as one written with the composed
 * letter.
 */
export function normaliseArticle(raw: string): NormalisedText {
  const columns: ColumnMap = new Map()
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line, index) => {
      const normal = normaliseLine(line)
      if (normal.columns) columns.set(index + 1, normal.columns)
      return normal.text
    })
  return { text: lines.join('\n'), columns }
}

/** The normalised text alone (see `normaliseArticle`). */
export function normaliseText(text: string): string {
  return normaliseArticle(text).text
}

/** Decode article bytes, refusing binary data, invalid UTF-8 and white space only; the text is returned as written. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0))
    throw new CliError(`${file}: expected a text article, found binary data (NUL bytes)`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${file}: expected UTF-8 text, found invalid byte sequences`)
  }
  if (normaliseText(text).trim() === '')
    throw new CliError(`${file}: expected an article, found an empty file (only white space)`)
  return text
}

/** What a path that is not a regular file is, for the one-line error. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory'
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  if (info.isSocket()) return 'a socket'
  return 'something that is not a file'
}

function notAFile(file: string, info: Stats): CliError {
  return new CliError(
    `${file}: expected an article file, found ${kindOf(info)}${info.isDirectory() ? '' : '; save the article to a file and give that file'}`,
  )
}

/** Bytes read at a time. */
const CHUNK = 64 * 1024

/**
 * Read and validate the article file; every failure is a one-line CliError that names it as `name`.
 * Only regular files are read (a FIFO would block, a device never end), and never more than
 * `maxBytes` whatever the file system says its size is (a /proc file says 0).
 */
export async function readArticle(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
  name = path,
): Promise<string> {
  const file = name
  let info: Stats
  try {
    info = await stat(path)
  } catch (error) {
    throw new CliError(`${file}: cannot read the article (${describe(error)})`)
  }
  if (!info.isFile()) throw notAFile(file, info)
  if (info.size > maxBytes) throw tooLarge(file, `${info.size} bytes`, maxBytes)
  let handle: FileHandle | undefined
  const chunks: Buffer[] = []
  let total = 0
  try {
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it does not block.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const opened = await handle.stat()
    if (!opened.isFile()) throw notAFile(file, opened)
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw tooLarge(file, `more than ${maxBytes} bytes`, maxBytes)
    }
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`${file}: cannot read the article (${describe(error)})`)
  } finally {
    await handle?.close().catch(() => {})
  }
  return decodeArticle(Buffer.concat(chunks, total), file)
}

function tooLarge(file: string, size: string, maxBytes: number): CliError {
  return new CliError(
    `${file}: the article is ${size}, larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
  )
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder'
  if (code === 'ELOOP') return 'a loop of symbolic links'
  if (code === 'ENAMETOOLONG') return 'the name is too long'
  if (code === 'EIO') return 'an input/output error'
  return code ?? String(error)
}
