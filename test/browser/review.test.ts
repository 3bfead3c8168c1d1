// The review page as an editor uses it, in real Chromium beside the running `npm run dev`: add a piece of
// the article to the speech, hide a statement; the edits file holds both, the live PDF shows the one and
// omits the other, an article edit elsewhere keeps both, and removing the added sentence makes the edit
// stale. Then the page itself: the article's markup stays text, and only the page may write.
import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parse } from 'yaml'
import { startReviewServer } from '../../scripts/review/server.js'
import { updateOptions } from '../../scripts/update-deck.js'
import { fixtureText, ROOT } from '../helpers.js'
import { launchBrowser } from './built-deck.js'

let dev: ChildProcess | undefined
let browser: Browser | undefined
let dir: string
const output: string[] = []
const deck = join(ROOT, 'slides', `.review-test-${randomBytes(4).toString('hex')}.md`)
const port = 3850 + Math.floor(Math.random() * 500)
const reviewPort = port + 600
// A save checks the edits by generating the deck twice; on a busy 2-core machine (the corpus decks
// print beside this test) that takes more than expect.poll's 1 s default.
const SAVE = { timeout: 20_000 }

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

/** The text of the live PDF, each run of white space one space. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).replace(/\s+/gu, ' ')
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-review-'))
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
      '--review-port',
      String(reviewPort),
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
  await waitFor(
    'the first live PDF',
    async () => output.join('').includes('exported ') || undefined,
    90_000,
  )
})

afterAll(async () => {
  await browser?.close()
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM')
  await rm(dir, { recursive: true, force: true })
  await rm(deck, { force: true })
})

it('adds a piece of the article to the speech and hides a statement from the review page; the edits survive an article edit and go stale when their sentence goes', {
  timeout: 240_000,
}, async () => {
  expect(output.join('')).toContain(`review page at http://127.0.0.1:${reviewPort}/`)
  const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } })
  const errors: string[] = []
  // The page's own errors (the deck in its frame asks for a wake lock that headless Chromium denies).
  page.on('pageerror', error => {
    if (!/wake ?lock/iu.test(error.message)) errors.push(error.message)
  })
  await page.goto(`http://127.0.0.1:${reviewPort}/`)

  // An unused sentence: its first words go to the speech.
  const unused = page.locator('.sentence.unused').first()
  const sentence = (await unused.textContent())!
  const piece = sentence.split(' ').slice(0, 7).join(' ')
  expect(pdfText(join(dir, 'live.pdf')).includes(piece)).toBe(false)
  await page.selectOption('#section', 'speech')
  await unused.evaluate((element, length) => {
    const range = document.createRange()
    range.setStart(element.firstChild!, 0)
    range.setEnd(element.firstChild!, length)
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
  }, piece.length)
  // Keyboard reachable: the button takes the focus and Enter presses it.
  await page.focus('#add-selection')
  await page.keyboard.press('Enter')
  await expect.poll(() => page.textContent('#status'), SAVE).toMatch(/^Saved to /u)
  await expect
    .poll(() => page.locator('.sentence.slides', { hasText: piece }).count(), SAVE)
    .toBe(1)

  // The first statement on the slides: hidden by its message.
  const state = (await (await fetch(`http://127.0.0.1:${reviewPort}/state`)).json()) as {
    facts: Array<{ section: string; anchor: string }>
  }
  const anchor = state.facts.find(fact => fact.section === 'statements')!.anchor
  const quoted = anchor.replace(/["“”]/gu, '').split(' ').slice(0, 5).join(' ')
  expect(pdfText(join(dir, 'live.pdf'))).toContain(quoted)
  const statement = page
    .locator('#facts li')
    .filter({ has: page.locator('.section', { hasText: /^statements$/u }) })
    .first()
  await statement.getByRole('button', { name: /^Hide/u }).click()
  await expect.poll(() => page.textContent('#status'), SAVE).toMatch(/^Saved to /u)

  const edits = parse(await readFile(join(dir, 'article.edits.yaml'), 'utf8'))
  expect(edits.add.speech).toEqual([piece])
  expect(edits.hide).toEqual([anchor])

  // The live PDF (dev --export) shows the addition and no longer the hidden statement.
  await waitFor(
    'the PDF with the corrections',
    async () => {
      const text = pdfText(join(dir, 'live.pdf'))
      return (text.includes(piece) && !text.includes(quoted)) || undefined
    },
    60_000,
  )

  // An edit of the article elsewhere: both corrections hold.
  await writeFile(
    join(dir, 'article.md'),
    fixtureText('original').replace('$83,5 juta', '$96,25 juta'),
  )
  await waitFor(
    'the PDF with the new amount',
    async () => pdfText(join(dir, 'live.pdf')).includes('$96,25 juta') || undefined,
    60_000,
  )
  const edited = pdfText(join(dir, 'live.pdf'))
  expect(edited).toContain(piece)
  expect(edited).not.toContain(quoted)

  // The added sentence leaves the article: a stale edit, named with both places; the deck still builds.
  await writeFile(
    join(dir, 'article.md'),
    fixtureText('original').replace('$83,5 juta', '$96,25 juta').replace(sentence, ''),
  )
  await waitFor(
    'the stale edit',
    async () =>
      /stale edit: .+ added to speech is no longer in the article/u.test(output.join('')) ||
      undefined,
    20_000,
  )
  await page.reload()
  await expect.poll(() => page.locator('#review').textContent(), SAVE).toContain('stale edit')
  expect(errors).toEqual([])
})

it('shows the markup of an article as text, and accepts writes from the review page only', {
  timeout: 60_000,
}, async () => {
  const folder = await mkdtemp(join(tmpdir(), 'briefing-review-payload-'))
  await writeFile(join(folder, 'article.md'), fixtureText('payloads'))
  const options = updateOptions(folder, { source: 'article.md', out: 'slides.md' })
  const server = await startReviewServer(options)
  try {
    const page = await browser!.newPage()
    const dialogs: string[] = []
    page.on('dialog', dialog => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${server.url}/`)
    await page.waitForSelector('.sentence')
    const article = (await page.textContent('#article'))!
    expect(article).toContain('<img')
    expect(await page.locator('#article img, #article script, #facts img').count()).toBe(0)
    expect(dialogs).toEqual([])

    const token = await page.getAttribute('meta[name="review-token"]', 'content')
    const change = JSON.stringify({ action: 'hide', text: 'Hanoi' })
    const post = (headers: Record<string, string>): Promise<number> =>
      fetch(`${server.url}/edits`, { method: 'POST', headers, body: change }).then(
        response => response.status,
      )
    const json = { 'content-type': 'application/json' }
    // Another site's page: its own Origin, no token.
    expect(await post({ ...json, origin: 'http://evil.example' })).toBe(403)
    // The right Origin without the page's token (a form, a script elsewhere on this machine).
    expect(await post({ ...json, origin: server.url })).toBe(403)
    // A form post (no JSON) with the token.
    expect(
      await post({ 'content-type': 'text/plain', origin: server.url, 'x-review-token': token! }),
    ).toBe(415)
    // DNS rebinding: the page of another name reaching this port.
    const rebound = await new Promise<number>(resolve => {
      import('node:http').then(http =>
        http
          .get(`${server.url}/state`, { headers: { host: 'evil.example' } }, response =>
            resolve(response.statusCode ?? 0),
          )
          .end(),
      )
    })
    expect(rebound).toBe(421)
    await expect(readFile(join(folder, 'article.edits.yaml'), 'utf8')).rejects.toThrow(/ENOENT/u)
    await page.close()
  } finally {
    await server.close()
    await rm(folder, { recursive: true, force: true })
  }
})
