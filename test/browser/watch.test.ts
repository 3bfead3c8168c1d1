import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { deckSlides, fixtureText, ROOT } from '../helpers.js'
import { launchBrowser } from './built-deck.js'

let dev: ChildProcess | undefined
let browser: Browser | undefined
let dir: string
const output: string[] = []
const deck = join(ROOT, 'slides', `.watch-test-${randomBytes(4).toString('hex')}.md`)
const port = 3300 + Math.floor(Math.random() * 500)

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}\n${output.join('').slice(-2000)}`,
  )
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-watch-'))
  await writeFile(join(dir, 'article.md'), fixtureText('original'))
  dev = spawn(
    process.execPath,
    [
      join(ROOT, 'scripts', 'briefing.mjs'),
      'dev',
      '--source',
      join(dir, 'article.md'),
      '--out',
      deck,
      '--port',
      String(port),
      '--export',
      '--pdf',
      join(dir, 'live.pdf'),
    ],
    { cwd: ROOT, detached: true },
  )
  dev.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  dev.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  await waitFor(
    'the Slidev dev server',
    async () => (await fetch(`http://localhost:${port}/`)).ok || undefined,
    90_000,
  )
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM')
  await rm(dir, { recursive: true, force: true })
  await rm(deck, { force: true })
})

it('shows an edit of the article in the open browser without a reload, reports the change, and re-exports the PDF', {
  timeout: 180_000,
}, async () => {
  const aliases = deckSlides(generateDeck(fixtureText('original')).markdown).map(
    slide => slide.frontmatter.routeAlias,
  )
  const page = await browser!.newPage({ viewport: { width: 980, height: 552 } })
  await page.goto(`http://localhost:${port}/${aliases.indexOf('pledges') + 1}`)
  const amount = page.locator('.pledge-amount')
  await expect.poll(() => amount.textContent(), { timeout: 60_000 }).toBe('$83,5 juta')
  await page.evaluate(() => Object.assign(window, { beforeEdit: true }))

  const saved = Date.now()
  await writeFile(
    join(dir, 'article.md'),
    fixtureText('original').replace('$83,5 juta', '$96,25 juta'),
  )
  await expect
    .poll(() => amount.textContent(), { timeout: 20_000, interval: 100 })
    .toBe('$96,25 juta')
  const seconds = (Date.now() - saved) / 1000

  expect(
    await page.evaluate(() => (window as unknown as { beforeEdit?: boolean }).beforeEdit),
  ).toBe(true)
  await waitFor(
    'the change report',
    async () => output.join('').includes('pledges: $83,5 juta → $96,25 juta') || undefined,
    5_000,
  )
  expect(seconds).toBeLessThan(20)

  // dev --export: the PDF follows the article, exported through the running server.
  await waitFor(
    'the PDF with the new amount',
    async () => {
      const text = execFileSync('pdftotext', [join(dir, 'live.pdf'), '-'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
      return text.includes('$96,25 juta') || undefined
    },
    30_000,
  )
  expect(execFileSync('pdfinfo', [join(dir, 'live.pdf')], { encoding: 'utf8' })).toMatch(
    new RegExp(`^Pages:\\s+${aliases.length}$`, 'mu'),
  )
})
