import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, readFileSync } from 'node:fs'
import type { WriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Io } from '../io.js'

/** True on Debian or Ubuntu when running as root: the machines where packages are installed for the user. */
export function isDebianRoot(): boolean {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : ''
  return process.getuid?.() === 0 && /^(?:ID|ID_LIKE)=.*\b(?:debian|ubuntu)\b/mu.test(release)
}

// Run a command; its output goes to stderr with no log, else to the log.
function run(
  command: string,
  args: string[],
  io: Io,
  log: WriteStream | undefined,
): Promise<number> {
  return new Promise(resolve => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    const forward = (chunk: Buffer): void => {
      if (log) log.write(chunk)
      else io.stderr(chunk.toString())
    }
    child.stdout.on('data', forward)
    child.stderr.on('data', forward)
    child.on('error', () => resolve(127))
    child.on('close', code => resolve(code ?? 1))
  })
}

/** What an install asks for: package sets tried in turn, until `installed()` holds. */
export interface DebianInstall {
  /** The package sets, first choice first ("the headless shell, else the full browser"). */
  choices: string[][]
  /** True once what was needed is on the machine. */
  installed: () => boolean
  /** Extra apt-get install options ("--no-install-recommends"). */
  options?: string[]
  /** The log file for apt's output; without one, it goes to stderr as it comes. */
  log?: string
}

/** A new log file's path for apt's output, under the system's temporary folder. */
export function aptLog(name: string): string {
  return join(tmpdir(), `${name}-${Date.now()}-${process.pid}.log`)
}

/**
 * Install Debian packages with apt-get: each choice in turn, with one `apt-get update` after the
 * first failed install (a fresh machine's package lists are often missing or stale). apt's output
 * goes to the log file when there is one. Resolves with whether it worked.
 */
export async function installDebian(install: DebianInstall, io: Io): Promise<boolean> {
  const stream = install.log ? createWriteStream(install.log) : undefined
  const options = ['-y', '-q', ...(install.options ?? [])]
  let updated = false
  for (const packages of install.choices) {
    if (
      (await run('apt-get', ['install', ...options, ...packages], io, stream)) !== 0 &&
      !updated
    ) {
      updated = true
      await run('apt-get', ['update', '-q'], io, stream)
      await run('apt-get', ['install', ...options, ...packages], io, stream)
    }
    if (install.installed()) break
  }
  if (stream) await new Promise(resolve => stream.end(resolve))
  return install.installed()
}
