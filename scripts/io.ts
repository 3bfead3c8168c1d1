import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { outputError } from './errors.js'

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

/**
 * Write a file atomically: a temporary file in the same folder, then a rename.
 * A reader (or a crash) sees the old file or the new one, never a truncated one.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(temporary, data)
    await rename(temporary, file)
  }
  catch (error) {
    await rm(temporary, { force: true }).catch(() => {})
    throw outputError(file, error)
  }
}

/** A path as a person would type it: relative to the working folder when it lies inside it. */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path
}
