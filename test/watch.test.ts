import { execFileSync, spawn } from 'node:child_process'
import { mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { UpdateOptions } from '../scripts/update-deck.js'
import type { ArticleWatcher, Regeneration } from '../scripts/commands/watch.js'
import { createWatcher, POLL_MS } from '../scripts/commands/watch.js'
import { generateDeck } from '../scripts/generate-deck.js'
import { deckSlides, fixtureText, ROOT } from './helpers.js'

let dir: string
let watcher: ArticleWatcher | undefined
let results: Regeneration[]
let stderr: string[]
let options: UpdateOptions

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function settle(): Promise<void> {
  // Let file events arrive, then wait for the coalesced run to finish.
  await sleep(150)
  await watcher!.idle()
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-watch-unit-'))
  options = {
    source: join(dir, 'article.md'),
    out: join(dir, 'slides.md'),
    strict: false,
    check: false,
    watch: true,
    maxBytes: 5_000_000,
    quiet: false,
    labels: 'id',
    language: 'id',
  }
  await writeFile(options.source, fixtureText('original'))
  results = []
  stderr = []
  watcher = createWatcher(
    options,
    { stdout: () => {}, stderr: text => stderr.push(text), cwd: dir },
    result => results.push(result),
  )
  await watcher.ready
  await settle()
  results = []
})

afterEach(() => watcher?.close())

describe('watch mode', () => {
  it('coalesces a burst of saves into one regeneration', async () => {
    for (let save = 0; save < 15; save++)
      await writeFile(
        options.source,
        fixtureText('original').replace('$83,5 juta', `$${save},5 juta`),
      )
    await settle()
    expect(results.length).toBeGreaterThanOrEqual(1)
    expect(results.length).toBeLessThanOrEqual(2)
    expect(await readFile(options.out, 'utf8')).toContain('$14,5 juta')
  })

  it('does not rewrite the deck when a save leaves it unchanged', async () => {
    const before = await stat(options.out)
    await writeFile(options.source, `${fixtureText('original')}\n\n`)
    await settle()
    expect(results).toEqual([expect.objectContaining({ ok: true, changed: false })])
    const after = await stat(options.out)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
  })

  it('keeps the last good deck on a bad save, reports it, and recovers on the next good save', async () => {
    const good = await readFile(options.out, 'utf8')
    await writeFile(options.source, '')
    await settle()
    expect(results.at(-1)).toMatchObject({ ok: false })
    expect(stderr.join('')).toMatch(/empty file[\s\S]*keeping the last good deck/)
    expect(await readFile(options.out, 'utf8')).toBe(good)

    await writeFile(options.source, Buffer.from([0x41, 0, 0x42]))
    await settle()
    expect(await readFile(options.out, 'utf8')).toBe(good)

    await writeFile(options.source, fixtureText('original').replace('$83,5 juta', '$96,25 juta'))
    await settle()
    expect(results.at(-1)).toMatchObject({ ok: true, changed: true })
    expect(await readFile(options.out, 'utf8')).toContain('$96,25 juta')
    expect(stderr.join('')).toContain('pledges: $83,5 juta → $96,25 juta')
  })

  it('keeps the last good deck when --strict finds a section gone, with the reason', async () => {
    options.strict = true
    const good = await readFile(options.out, 'utf8')
    await writeFile(options.source, fixtureText('missing-sections'))
    await settle()
    expect(stderr.join('')).toContain('missing sections points, pledges (--strict)')
    expect(await readFile(options.out, 'utf8')).toBe(good)
  })

  it('regenerates within 100 ms of the file event', async () => {
    await writeFile(options.source, fixtureText('figures-changed'))
    await settle()
    expect(results.at(-1)!.ok).toBe(true)
    expect(results.at(-1)!.ms).toBeLessThan(100)
  })
})

describe('watch mode, careless saves and moves', () => {
  it('refuses an article replaced by a named pipe at once, keeps the last good deck, and recovers', async () => {
    const good = await readFile(options.out, 'utf8')
    await rm(options.source)
    execFileSync('mkfifo', [options.source])
    await settle()
    expect(results.at(-1)).toMatchObject({ ok: false })
    expect(stderr.join('')).toMatch(/found a named pipe \(FIFO\)[\s\S]*keeping the last good deck/u)
    expect(await readFile(options.out, 'utf8')).toBe(good)
    await rm(options.source)
    await writeFile(options.source, fixtureText('original').replace('$83,5 juta', '$96,25 juta'))
    await settle()
    expect(await readFile(options.out, 'utf8')).toContain('$96,25 juta')
  })

  it("follows the article's folder when it is moved away and made anew, and says so", async () => {
    const folder = join(dir, 'news')
    await mkdir(folder)
    watcher!.close()
    options = { ...options, source: join(folder, 'article.md') }
    await writeFile(options.source, fixtureText('original'))
    watcher = createWatcher(
      options,
      { stdout: () => {}, stderr: text => stderr.push(text), cwd: dir },
      result => results.push(result),
    )
    await watcher.ready
    await rename(folder, join(dir, 'news-old'))
    await sleep(2 * POLL_MS)
    expect(stderr.join('')).toMatch(/news is gone \(moved or deleted\)/u)
    await mkdir(folder)
    await writeFile(options.source, fixtureText('original').replace('$83,5 juta', '$71 juta'))
    await sleep(2 * POLL_MS)
    await settle()
    expect(stderr.join('')).toMatch(/news is back: watching article\.md again/u)
    expect(await readFile(options.out, 'utf8')).toContain('$71 juta')
    // And it keeps following the new folder.
    await writeFile(options.source, fixtureText('original').replace('$83,5 juta', '$72 juta'))
    await settle()
    expect(await readFile(options.out, 'utf8')).toContain('$72 juta')
  })

  it('shows a slow save while it goes on, and ends with the whole article', async () => {
    const text = fixtureText('original').replace('$83,5 juta', '$64 juta')
    const handle = await open(options.source, 'w')
    const started = Date.now()
    // 200 pieces, one every 10 ms: file events never pause for the 20 ms a burst is coalesced in.
    const pieces = 200
    const size = Math.ceil(text.length / pieces)
    for (let at = 0; at < text.length; at += size) {
      await handle.write(text.slice(at, at + size))
      await sleep(10)
    }
    await handle.close()
    const ended = Date.now()
    await settle()
    // Something was regenerated before the save ended, and the deck is the whole article's.
    expect(results.length).toBeGreaterThanOrEqual(2)
    expect(ended - started).toBeGreaterThan(1500)
    expect(await readFile(options.out, 'utf8')).toContain('$64 juta')
    expect(results.at(-1)).toMatchObject({ ok: true })
  })
})

describe('atomic writes', () => {
  it('leaves a complete deck whenever the generator is killed with SIGKILL', {
    timeout: 120_000,
  }, async () => {
    // A large deck: the statements repeated many times, so that writing it takes a while.
    const base = fixtureText('eighteen-statements').split('\n')
    const statements = base.filter(line =>
      /^(?:Presiden|Wakil|Menteri|Perdana Menteri \p{Lu}|Ketua|Duta)/u.test(line),
    )
    const big = (amount: string) =>
      [
        ...base.slice(0, 20),
        ...Array.from({ length: 40 }, () => statements).flat(),
        ...base.slice(20),
      ]
        .join('\n')
        .replace('$83,5 juta', amount)
    const versions = [big('$83,5 juta'), big('$96,25 juta')]
    const counts = versions.map(text => deckSlides(generateDeck(text).markdown).length)
    const out = join(dir, 'big.md')
    // The generator runs on a simulated slow disk (test/support/slow-disk.mjs): each write pauses
    // halfway.
    const slowDisk = `--import=${pathToFileURL(join(ROOT, 'test', 'support', 'slow-disk.mjs')).href}`
    const generate = () =>
      spawn(
        process.execPath,
        [
          join(ROOT, 'scripts', 'briefing.mjs'),
          'generate',
          '--source',
          options.source,
          '--out',
          out,
          '-q',
        ],
        { detached: true, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: slowDisk } },
      )
    const exited = (child: ReturnType<typeof spawn>) =>
      new Promise(resolve =>
        child.exitCode !== null || child.signalCode !== null
          ? resolve(null)
          : child.once('exit', resolve),
      )
    // One run to completion tells how long a run takes here; the kills fall anywhere inside that
    // time.
    await writeFile(options.source, versions[1])
    const started = Date.now()
    await exited(generate())
    const duration = Date.now() - started
    let kills = 0
    for (let round = 0; round < 20; round++) {
      await writeFile(options.source, versions[round % 2])
      const child = generate()
      await sleep(Math.random() * duration)
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid!, 'SIGKILL')
        kills++
      }
      await exited(child)
      const slides = deckSlides(await readFile(out, 'utf8'))
      expect(counts).toContain(slides.length)
      expect(slides.at(-1)!.frontmatter.routeAlias).toBe('sources')
    }
    expect(kills).toBeGreaterThan(5)
  })
})
