import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { fixtureText, ROOT } from '../helpers.js'

// Ctrl-C and kill as a terminal sends them: to the whole process group, Chromium included.
let dir: string
const SENTINEL = '# the previous deck\n'

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-signals-'))
  await writeFile(join(dir, 'article.txt'), fixtureText('original'))
  await writeFile(join(dir, 'deck.md'), SENTINEL)
})

interface Run {
  code: number | null
  stderr: string
}

/** Start the CLI in a process group of its own; `signal` goes to the group once `ready(stderr)` holds (polled). */
function runUntil(
  argv: string[],
  signal: NodeJS.Signals,
  ready: (stderr: string) => boolean | Promise<boolean>,
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'briefing.mjs'), ...argv], {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const poll = setInterval(() => {
      void Promise.resolve(ready(stderr)).then(now => {
        if (!now || child.exitCode !== null) return
        clearInterval(poll)
        process.kill(-child.pid!, signal)
      })
    }, 20)
    child.on('exit', code => {
      clearInterval(poll)
      resolve({ code, stderr })
    })
  })
}

/** True once a temporary file is being written in the test folder. */
const writing = async (): Promise<boolean> =>
  (await readdir(dir)).some(name => name.includes('.tmp-'))

const slowDisk = {
  NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'test', 'support', 'slow-disk.mjs')).href}`,
  SLOW_DISK_MS: '3000',
}

describe('stop signals', () => {
  it('Ctrl-C while the deck is being written: exit 130, the old deck kept, no temporary file left', {
    timeout: 60_000,
  }, async () => {
    // The slow disk pauses in the middle of every write; the signal comes once the write has begun.
    const started = Date.now()
    const result = await runUntil(
      ['generate', '--source', 'article.txt', '--out', 'deck.md'],
      'SIGINT',
      writing,
      slowDisk,
    )
    expect(result.code).toBe(130)
    expect(result.stderr).toMatch(/interrupted \(SIGINT\): nothing was left half written/u)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(SENTINEL)
    expect((await readdir(dir)).sort()).toEqual(['article.txt', 'deck.md'])
  })

  it('SIGTERM: exit 143, nothing half written', { timeout: 60_000 }, async () => {
    const result = await runUntil(
      ['generate', '--source', 'article.txt', '--out', 'deck.md', '--json', 'model.json'],
      'SIGTERM',
      writing,
      slowDisk,
    )
    expect(result.code).toBe(143)
    expect((await readdir(dir)).sort()).toEqual(['article.txt', 'deck.md'])
  })

  it('Ctrl-C while Chromium prints: "interrupted", not a Chromium failure; no temporary file left', {
    timeout: 180_000,
  }, async () => {
    const result = await runUntil(
      ['export', '--deck', join(ROOT, 'slides', 'slides.md'), '--out', join(dir, 'briefing.pdf')],
      'SIGINT',
      stderr => /Printing .* with Chromium/u.test(stderr),
    )
    expect(result.code).toBe(130)
    expect(result.stderr).toContain('interrupted (SIGINT)')
    expect(result.stderr).not.toMatch(/Chromium failed|error:/u)
    expect((await readdir(dir)).filter(name => name.includes('.tmp-'))).toEqual([])
  })

  it('generate --watch stops on the first Ctrl-C, even with a named pipe for an article', {
    timeout: 60_000,
  }, async () => {
    const started = Date.now()
    const result = await runUntil(
      ['generate', '--watch', '--source', 'article.txt', '--out', 'deck.md'],
      'SIGINT',
      stderr => stderr.includes('Watching'),
    )
    expect(result.code).toBe(0)
    expect(Date.now() - started).toBeLessThan(15_000)
    await rm(join(dir, 'article.txt'))
    execFileSync('mkfifo', [join(dir, 'article.txt')])
    const piped = await runUntil(
      ['generate', '--watch', '--source', 'article.txt', '--out', 'deck.md'],
      'SIGINT',
      stderr => stderr.includes('Watching'),
    )
    // The watch reports the pipe, goes on watching for a good article, and stops on Ctrl-C.
    expect(piped.stderr).toMatch(
      /found a named pipe \(FIFO\)[\s\S]*keeping the last good deck[\s\S]*Watching/u,
    )
    expect(piped.code).toBe(0)
  })

  it('generate --watch stops on a Ctrl-C that comes during its first generation', {
    timeout: 60_000,
  }, async () => {
    const result = await runUntil(
      ['generate', '--watch', '--source', 'article.txt', '--out', 'deck.md'],
      'SIGINT',
      writing,
      slowDisk,
    )
    expect(result.code).toBe(0)
    expect((await readdir(dir)).filter(name => name.includes('.tmp-'))).toEqual([])
  })
})
