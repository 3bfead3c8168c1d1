import { constants } from 'node:fs'
import type { Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { CliError } from '../errors.js'

/** Default upper bound for an article, in bytes (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/**
 * Normalise pasted web text without moving any line: drop a BOM, turn CRLF/CR
 * into LF, and map exotic spaces to a plain space, one character for one.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\t]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
}

/** Decode article bytes, refusing binary data and invalid UTF-8. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new CliError(`${file}: expected a text article, found binary data (NUL bytes)`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    throw new CliError(`${file}: expected UTF-8 text, found invalid byte sequences`)
  }
  const normal = normaliseText(text)
  if (normal.trim() === '') throw new CliError(`${file}: expected an article, found an empty file (only white space)`)
  return normal
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
  return new CliError(`${file}: expected an article file, found ${kindOf(info)}${info.isDirectory() ? '' : '; save the article to a file and give that file'}`)
}

/** Bytes read at a time. */
const CHUNK = 64 * 1024

/**
 * Read and validate the article file; every failure is a one-line CliError that names it as `name`.
 * Only regular files are read (a FIFO would block, a device never end), and never more than
 * `maxBytes` whatever the file system says its size is (a /proc file says 0).
 */
export async function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES, name = path): Promise<string> {
  const file = name
  let info: Stats
  try {
    info = await stat(path)
  }
  catch (error) {
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
  }
  catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`${file}: cannot read the article (${describe(error)})`)
  }
  finally {
    await handle?.close().catch(() => {})
  }
  return decodeArticle(Buffer.concat(chunks, total), file)
}

function tooLarge(file: string, size: string, maxBytes: number): CliError {
  return new CliError(`${file}: the article is ${size}, larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`)
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
