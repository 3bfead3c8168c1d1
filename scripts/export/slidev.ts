import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { CliError } from '../errors.js'
import type { Io } from '../io.js'

const require = createRequire(import.meta.url)

/** The Slidev CLI entry of the pinned @slidev/cli. */
export function slidevBin(): string {
  return join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

/** Run the Slidev CLI with its output passed to stderr; resolves when it exits 0. */
export function runSlidev(args: string[], io: Io, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [slidevBin(), ...args], { cwd: io.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let tail = ''
    const forward = (chunk: Buffer): void => {
      const text = chunk.toString()
      tail = (tail + text).slice(-2000)
      io.stderr(text)
    }
    child.stdout.on('data', forward)
    child.stderr.on('data', forward)
    child.on('error', error => reject(new CliError(`${what} failed to start: ${error.message}`)))
    child.on('close', (code) => {
      if (code === 0) resolve()
      else reject(new CliError(`${what} failed (slidev exited with ${code}); its last output is above`))
    })
  })
}
