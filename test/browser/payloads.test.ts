import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { briefingSlides } from '../../scripts/generate-deck.js'
import { generateDeck } from '../../scripts/generate-deck.js'
import { deckSlides, FIXTURES, fixtureText } from '../helpers.js'
import { builtDeck, launchBrowser, serveDist } from './built-deck.js'

// One article that carries one of each payload: Vue interpolation, HTML, math, markdown, Slidev and
// MDC syntax.
const payloads = JSON.parse(readFileSync(join(FIXTURES, 'payloads', 'payloads.json'), 'utf8')) as {
  title: string
  onSlides: string[]
  absent: string[]
}
const generated = generateDeck(fixtureText('payloads'))
// A table of contents, as a person may add one to the deck (trusted markup): it shows every slide's
// title.
const TOC_SLIDE = '\n---\nlayout: default\nrouteAlias: toc\n---\n\n<Toc />\n'
const tocNo = deckSlides(generated.markdown).length + 1

let browser: Browser
let page: Page
let server: Awaited<ReturnType<typeof serveDist>>
const dialogs: string[] = []
const requests: string[] = []

beforeAll(async () => {
  const built = await builtDeck(generated.markdown + TOC_SLIDE, { print: false })
  server = await serveDist(built.dist)
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  page.on('dialog', dialog => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', request => requests.push(request.url()))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

it("keeps the deck's structure: the slides Slidev parses are the slides the generator meant", () => {
  expect(deckSlides(generated.markdown).map(slide => slide.frontmatter.routeAlias)).toEqual(
    briefingSlides(generated.briefing).map(slide => slide.alias),
  )
  expect(deckSlides(generated.markdown)[0].frontmatter.title).toBe(payloads.title)
})

it('shows every payload as literal text in the browser, runs nothing and loads nothing', {
  timeout: 120_000,
}, async () => {
  const count = deckSlides(generated.markdown).length
  const seen: string[] = []
  for (let no = 1; no <= count; no++) {
    await page.goto(`${server.url}/${no}`, { waitUntil: 'networkidle' })
    const slide = page.locator(`.slidev-page-${no}`)
    await slide.locator('.slidev-layout').waitFor()
    seen.push(await slide.evaluate(element => element.textContent ?? ''))
    // No element was made from article text.
    expect(
      await slide
        .locator('script, iframe, img, style, b, a[href^="javascript"], .katex, mjx-container')
        .count(),
      `slide ${no}`,
    ).toBe(0)
  }
  expect(await page.locator('.slidev-layout').count()).toBeGreaterThan(0)
  const all = seen.join('\n')
  for (const payload of payloads.onSlides) expect(all.includes(payload), payload).toBe(true)
  expect(all).toContain(payloads.title)
  for (const text of payloads.absent) expect(all).not.toContain(text)
  // Slidev drops HTML tags from the document title (they never become elements); the rest stays
  // literal.
  expect(await page.evaluate(() => document.title)).toBe(
    `${payloads.title.replace(/<[^>]*>/gu, ' ').replace(/\s+/gu, ' ')} - Slidev`,
  )
  expect(dialogs).toEqual([])
  expect(
    requests.filter(
      url =>
        !/^https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//u.test(url) && !url.startsWith('data:'),
    ),
  ).toEqual([])
})

it('shows the payloads literally in the presenter notes too', { timeout: 120_000 }, async () => {
  const aliases = deckSlides(generated.markdown).map(slide => slide.frontmatter.routeAlias)
  const notes: string[] = []
  for (const alias of ['statements', 'statements-2']) {
    await page.goto(`${server.url}/presenter/${aliases.indexOf(alias) + 1}`, {
      waitUntil: 'networkidle',
    })
    const note = page.locator('.slidev-note').first()
    notes.push(await note.innerText())
    expect(await note.locator('script, iframe, img, style, b').count()).toBe(0)
  }
  expect(notes.join('\n')).toContain('<img src=x onerror=alert("gambar")>')
  expect(notes.join('\n')).toContain('<!-- catatan --> serta -->')
  expect(dialogs).toEqual([])
})

// Slidev's title renderer (the go-to dialog, the table of contents) compiled titles as markdown and
// Vue: the headline's <img onerror> ran there and {{ 1+1 }} showed as 2. The deck's renderer shows
// them as text.
const TITLES = () => [
  payloads.title,
  'Pidato: Perdana Menteri Pham Minh Chinh',
  '“5 dorongan”',
  'Pernyataan (lanjutan)',
]

it('shows the headline and every slide title literally in the go-to dialog, and runs nothing', {
  timeout: 60_000,
}, async () => {
  await page.goto(`${server.url}/2`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-2 .slidev-layout').waitFor()
  await page.keyboard.press('g')
  const input = page.locator('#slidev-goto-input')
  await input.waitFor({ state: 'visible' })
  for (const [query, title] of [
    ['Konvensi', payloads.title],
    ['Pidato', TITLES()[1]],
    ['dorongan', TITLES()[2]],
  ] as const) {
    await input.fill(query)
    const list = page.locator('#slidev-goto-dialog ul')
    await list.locator('li').first().waitFor()
    expect(await list.innerText(), query).toContain(title)
    expect(await list.locator('b, img, script, iframe, .katex, mjx-container').count(), query).toBe(
      0,
    )
  }
  expect(dialogs).toEqual([])
  expect(
    requests.filter(
      url =>
        !/^https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//u.test(url) && !url.startsWith('data:'),
    ),
  ).toEqual([])
})

it('shows every slide title literally in a table of contents, and runs nothing', {
  timeout: 60_000,
}, async () => {
  await page.goto(`${server.url}/${tocNo}`, { waitUntil: 'networkidle' })
  const toc = page.locator(`.slidev-page-${tocNo} .slidev-toc-list`).first()
  await toc.waitFor()
  const text = await toc.innerText()
  for (const title of TITLES()) expect(text).toContain(title)
  expect(text).not.toContain('Konvensi 2:')
  expect(await toc.locator('b, img, div, script, iframe, .katex, mjx-container').count()).toBe(0)
  expect(dialogs).toEqual([])
  expect(
    requests.filter(
      url =>
        !/^https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//u.test(url) && !url.startsWith('data:'),
    ),
  ).toEqual([])
})
