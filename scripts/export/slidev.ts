import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { CliError, EXIT } from '../errors.js'
import type { Io } from '../io.js'

const require = createRequire(import.meta.url)

/** The Slidev CLI entry of the pinned @slidev/cli. */
export function slidevBin(): string {
  return join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

/**
 * Run the Slidev CLI; resolves when it exits 0. Its output (Vite's asset table and
 * timings) goes to a log file, or to stderr as it comes with `verbose`. When Slidev
 * fails, the error names the log and quotes its last lines (exit 4).
 */
export async function runSlidev(
  args: string[],
  io: Io,
  what: string,
  verbose = false,
): Promise<void> {
  const log = join(tmpdir(), `briefing-slidev-${Date.now()}-${process.pid}.log`)
  const file = verbose ? undefined : createWriteStream(log)
  let tail = ''
  const code = await new Promise<number | string>(resolve => {
    const child = spawn(process.execPath, [slidevBin(), ...args], {
      cwd: io.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const forward = (chunk: Buffer): void => {
      const text = chunk.toString()
      tail = (tail + text).slice(-4000)
      if (file) file.write(chunk)
      else io.stderr(text)
    }
    child.stdout.on('data', forward)
    child.stderr.on('data', forward)
    child.on('error', error => resolve(error.message))
    child.on('close', (exit, signal) => resolve(exit ?? `killed by ${signal}`))
  })
  if (file) await new Promise(resolve => file.end(resolve))
  if (code === 0) {
    await rm(log, { force: true })
    return
  }
  // The last lines that say something, without colour codes.
  const last = stripVTControlCharacters(tail)
    .split('\n')
    .map(line => line.trimEnd())
    .filter(Boolean)
    .slice(-5)
    .map(line => `  ${line}`)
    .join('\n')
  const where = file ? `; its output is in ${log}` : '; its output is above'
  throw new CliError(
    `${what} failed (Slidev ${typeof code === 'number' ? `exited with ${code}` : code})${where}${last ? `\n${last}` : ''}`,
    EXIT.crashed,
  )
}
