import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { normaliseText } from '../../scripts/parse/read-article.js'
import { CORPUS } from '../corpus/evaluate.js'
import { deckSlides } from '../helpers.js'
import type { BuiltDeck } from './built-deck.js'
import { builtDeck, fitProblems, launchBrowser, serveDist } from './built-deck.js'

// Real articles give the slides the default deck does not have: key figures, speakers without a country
// (a badge), several pledges with conversions and the person who announced them, more quotes.
describe.each([
  'tempo-ktt-iklim-pbb-2014',
  'kompas-human-initiative-future-forum-2025',
])('the deck of the corpus article %s, built by Slidev and shown in Chromium', { timeout: 120_000 }, (slug) => {
  const generated = generateDeck(normaliseText(readFileSync(join(CORPUS, slug, 'article.txt'), 'utf8')))
  const aliases = deckSlides(generated.markdown).map(slide => String(slide.frontmatter.routeAlias))
  let built: BuiltDeck
  let server: Awaited<ReturnType<typeof serveDist>>
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    built = await builtDeck(generated.markdown)
    server = await serveDist(built.dist)
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('has the slides of its shapes, and every slide fits inside its canvas', async () => {
    expect(aliases).toContain('figures')
    expect(aliases.some(alias => alias.startsWith('statements') || alias.startsWith('pledge'))).toBe(true)
    expect(built.slides).toBe(aliases.length)
    expect(await fitProblems(page, server.url, aliases)).toEqual([])
  })
})
