import { readFile, stat } from 'node:fs/promises'
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

/** Read and validate the article file; every failure is a one-line CliError that names it as `name`. */
export async function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES, name = path): Promise<string> {
  const file = name
  let info
  try {
    info = await stat(path)
  }
  catch (error) {
    throw new CliError(`${file}: cannot read the article (${describe(error)})`)
  }
  if (info.isDirectory()) throw new CliError(`${file}: expected an article file, found a directory`)
  if (info.size > maxBytes) throw new CliError(`${file}: the article is ${info.size} bytes, larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  }
  catch (error) {
    throw new CliError(`${file}: cannot read the article (${describe(error)})`)
  }
  return decodeArticle(bytes, file)
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder'
  return code ?? String(error)
}
