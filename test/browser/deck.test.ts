import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { deckSlides, fixtureText } from '../helpers.js'
import type { BuiltDeck } from './built-deck.js'
import { builtDeck, fitProblems, launchBrowser, serveDist } from './built-deck.js'

function pdftotext(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return execFileSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' })
}

// A slow machine needs time for Slidev builds and page loads: browser tests get two minutes each.
describe.each(['original', 'eighteen-statements'])(
  'the %s deck, built by Slidev and shown in Chromium',
  { timeout: 120_000 },
  fixture => {
    const generated = generateDeck(fixtureText(fixture))
    const aliases = deckSlides(generated.markdown).map(slide =>
      String(slide.frontmatter.routeAlias),
    )
    let built: BuiltDeck
    let server: Awaited<ReturnType<typeof serveDist>>
    let browser: Browser
    let page: Page
    const requests: string[] = []

    beforeAll(async () => {
      built = await builtDeck(generated.markdown)
      server = await serveDist(built.dist)
      browser = await launchBrowser()
      page = await browser.newPage({ viewport: { width: 980, height: 552 } })
      page.on('request', request => requests.push(request.url()))
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it('fits every slide inside its canvas, without scrolling containers', async () => {
      expect(built.slides).toBe(aliases.length)
      expect(await fitProblems(page, server.url, aliases)).toEqual([])
    })

    it('the fit check measures the slide it moved to: one pushed past its canvas is the one named', async () => {
      const probe = await browser.newPage({ viewport: { width: 980, height: 552 } })
      await probe.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style')
          style.textContent = '.slidev-page-3 .slidev-layout { padding-top: 2000px !important }'
          document.head.append(style)
        }),
      )
      const problems = await fitProblems(probe, server.url, aliases.slice(0, 4))
      await probe.close()
      expect(problems.length).toBeGreaterThan(0)
      expect(problems.filter(problem => !problem.startsWith(`slide 3 (${aliases[2]})`))).toEqual([])
    })

    it("shows each slide's source sentences in presenter mode", async () => {
      const pledges = aliases.indexOf('pledges') + 1
      await page.goto(`${server.url}/presenter/${pledges}`, { waitUntil: 'networkidle' })
      const notes = await page.locator('.slidev-note').first().innerText()
      const pledge = generated.briefing.pledges[0]
      expect(notes).toContain(`baris ${pledge.source.line}`)
      expect(notes).toContain(pledge.source.sentence)
    })

    it('makes no request outside localhost', async () => {
      await page.goto(`${server.url}/overview`, { waitUntil: 'networkidle' })
      expect(requests.length).toBeGreaterThan(10)
      expect(
        requests.filter(
          url =>
            !/^https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//u.test(url) &&
            !url.startsWith('data:'),
        ),
      ).toEqual([])
    })

    it('exports a PDF with one page per slide, the key facts, a title and an outline', async () => {
      const info = execFileSync('pdfinfo', [built.pdf], { encoding: 'utf8' })
      expect(info).toMatch(new RegExp(`^Pages:\\s+${aliases.length}$`, 'mu'))
      expect(info).toMatch(new RegExp(`^Title:\\s+${generated.briefing.cover.title}$`, 'mu'))
      const text = pdftotext(built.pdf).replace(/\s+/gu, ' ')
      expect(text).toContain(generated.briefing.pledges[0].amount.text)
      for (const point of generated.briefing.points!.items)
        expect(text.toLowerCase()).toContain(point.headline.toLowerCase())
      for (const statement of generated.briefing.statements)
        expect(text).toContain(statement.country)
      for (let no = 1; no <= aliases.length; no++)
        expect(pdftotext(built.pdf, no).trim(), `page ${no} has text`).not.toBe('')
      // The bundled font, not a fallback, is embedded: the fonts had loaded when the pages were
      // printed.
      const fonts = execFileSync('pdffonts', [built.pdf], { encoding: 'utf8' })
      expect(fonts).toMatch(/BeVietnamPro-Regular/u)
      expect(fonts).toMatch(/BeVietnamPro-ExtraBold/u)

      const pdf = await PDFDocument.load(readFileSync(built.pdf))
      const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict)
      expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBeGreaterThanOrEqual(
        aliases.length,
      )
    })

    it('writes a handout: every slide with all its source sentences as text, an outline, embedded fonts, nothing past the margins', async () => {
      const info = execFileSync('pdfinfo', [built.handout], { encoding: 'utf8' })
      const pages = Number(/^Pages:\s+(\d+)$/mu.exec(info)![1])
      expect(pages).toBeGreaterThanOrEqual(aliases.length)
      expect(info).toMatch(/^Page size:\s+59\d(?:\.\d+)? x 84\d(?:\.\d+)? pts \(A4\)$/mu)
      // Every source sentence of every slide's notes is in the text layer (line breaks aside), and
      // so are the slides' facts.
      const flat = (text: string): string => text.replace(/\s+/gu, '')
      const text = flat(pdftotext(built.handout))
      const sentences = deckSlides(generated.markdown).flatMap(slide =>
        [...(slide.note ?? '').matchAll(/<\/strong> — ([^<]+)<\/p>/gu)].map(
          ([, sentence]) => sentence!,
        ),
      )
      expect(sentences.length).toBeGreaterThan(aliases.length)
      for (const sentence of sentences)
        expect(text).toContain(
          flat(
            sentence
              .replace(/&#x3C;/gu, '<')
              .replace(/&gt;/gu, '>')
              .replace(/&#x26;/gu, '&')
              .replace(/&quot;/gu, '"'),
          ),
        )
      expect(text).toContain(flat(generated.briefing.pledges[0].amount.text))
      const fonts = execFileSync('pdffonts', [built.handout], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter(Boolean)
      expect(fonts.length).toBeGreaterThan(0)
      // Columns emb, sub, uni: every font is embedded (the flags' emoji are Type 3 glyphs, embedded
      // whole).
      for (const font of fonts)
        expect(font, 'every font is embedded').toMatch(
          /\syes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/u,
        )
      const handout = await PDFDocument.load(readFileSync(built.handout))
      expect(
        handout.catalog
          .lookup(PDFName.of('Outlines'), PDFDict)
          .lookup(PDFName.of('Count'), PDFNumber)
          .asNumber(),
      ).toBe(aliases.length)
      // No word reaches into the page's margins (36 pt; a word's box may stand a little past its
      // glyphs).
      const boxes = execFileSync('pdftotext', ['-bbox', built.handout, '-'], { encoding: 'utf8' })
      const words = [
        ...boxes.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/gu,
        ),
      ].map(match => match.slice(1).map(Number))
      expect(words.length).toBeGreaterThan(100)
      for (const [xMin, yMin, xMax, yMax] of words)
        expect(
          xMin! >= 30 && xMax! <= 565 && yMin! >= 30 && yMax! <= 812,
          `word at ${xMin},${yMin}–${xMax},${yMax}`,
        ).toBe(true)
    })
  },
)
