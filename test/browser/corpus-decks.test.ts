import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { generateDeck } from '../../scripts/generate-deck.js'
import { normaliseText } from '../../scripts/parse/read-article.js'
import { SECTIONS } from '../../scripts/sections/index.js'
import { CORPUS, corpusSlugs } from '../corpus/evaluate.js'
import { deckSlides } from '../helpers.js'
import type { BuiltDeck } from './built-deck.js'
import { builtDeck, fitProblems, launchBrowser, serveDist } from './built-deck.js'

interface CorpusSlide {
  slug: string
  alias: string
  layout: string
  title: string
  content: string
  note?: string
}

// Every slide of every corpus deck, in deck order.
const slides: CorpusSlide[] = corpusSlugs().flatMap(slug => {
  const { markdown } = generateDeck(
    normaliseText(readFileSync(join(CORPUS, slug, 'article.txt'), 'utf8')),
  )
  return deckSlides(markdown).map(slide => ({
    slug,
    alias: String(slide.frontmatter.routeAlias),
    layout: String(slide.frontmatter.layout),
    title: String(slide.frontmatter.title ?? slide.title ?? ''),
    content: slide.content,
    note: slide.note,
  }))
})

/**
 * All corpus decks as one Slidev deck (the bundled deck's settings, each slide with its own
 * layout), so that one Vite build serves the fit test of every slide of every article.
 */
function combinedDeck(): string {
  const headmatter = readFileSync(
    join(import.meta.dirname, '..', '..', 'slides', 'slides.md'),
    'utf8',
  )
    .split('\n---\n')[0]!
    .replace(/^(?:layout|routeAlias|title): .*\n?/gmu, '')
  return slides
    .map((slide, index) => {
      const frontmatter = `${index === 0 ? `${headmatter.replace(/^---\n/u, '')}\n` : ''}${stringify({ layout: slide.layout, title: slide.title })}`
      return `---\n${frontmatter.trimEnd()}\n---\n\n${slide.content}\n${slide.note ? `\n<!--\n${slide.note}\n-->\n` : ''}`
    })
    .join('\n')
}

/** The facts a slide shows: cards, rows, messages, figures (a fact inside a card is the card's). */
function itemCount(content: string): number {
  const tree = fromHtml(content, { fragment: true })
  const nested = new Set(selectAll('[data-fact] [data-fact]', tree))
  return selectAll('[data-fact]', tree).filter(
    element => (element as Element).properties.dataFact !== 'title' && !nested.has(element),
  ).length
}

describe('every slide of every corpus deck', () => {
  it('spreads a section over its slides evenly: no continuation holds less than half of the slide before it', () => {
    const problems: string[] = []
    for (const [index, slide] of slides.entries()) {
      const previous = slides[index - 1]
      const continuation = /^(.+)-(\d+)$/u.exec(slide.alias)
      if (!continuation || !previous || previous.slug !== slide.slug) continue
      // `pledge` and `pledge-2` are one pledge each when there are one or two: no imbalance to
      // measure.
      if (slide.layout === 'fact') continue
      const [before, now] = [itemCount(previous.content), itemCount(slide.content)]
      if (now * 2 < before)
        problems.push(`${slide.slug}: ${slide.alias} holds ${now}, ${previous.alias} ${before}`)
    }
    expect(slides.some(slide => /-2$/u.test(slide.alias))).toBe(true)
    expect(problems).toEqual([])
  })

  describe('built by Slidev and shown in Chromium', { timeout: 600_000 }, () => {
    let built: BuiltDeck
    let server: Awaited<ReturnType<typeof serveDist>>
    let browser: Browser
    let page: Page

    beforeAll(async () => {
      // The static site alone: the fit test reads the slides in the browser. (Printed whole as one
      // PDF, the corpus's twelve hundred slides made Chromium's print fail in CI; the PDF of a deck
      // is the export tests'.)
      built = await builtDeck(combinedDeck(), { print: false })
      server = await serveDist(built.dist)
      browser = await launchBrowser()
      page = await browser.newPage({ viewport: { width: 980, height: 552 } })
    }, 600_000)

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it('has the slides of every shape, and every slide fits inside its canvas', async () => {
      const aliases = slides.map(slide => `${slide.slug} ${slide.alias}`)
      // Real articles give the slides the bundled deck does not have: key figures, speakers without
      // a country (a badge), several pledges in rows, more quotes, dense statement grids.
      // Every slide of every section in the registry (and the speech's quote) is among them.
      for (const shape of SECTIONS.flatMap(section => [section.name, ...(section.aliases ?? [])])) {
        expect(
          slides.some(slide => slide.alias === shape),
          shape,
        ).toBe(true)
      }
      expect(slides.some(slide => slide.content.includes('class="badge"'))).toBe(true)
      expect(slides.some(slide => slide.content.includes('class="pledge-list"'))).toBe(true)
      expect(slides.some(slide => slide.content.includes('class="more-quotes"'))).toBe(true)
      expect(built.slides).toBe(slides.length)
      expect(await fitProblems(page, server.url, aliases)).toEqual([])
    })
  })
})
