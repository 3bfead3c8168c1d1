import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findCountries } from '../scripts/extract/countries.js'
import { generateDeck } from '../scripts/generate-deck.js'
import { normaliseText } from '../scripts/parse/read-article.js'
import {
  deckSlides,
  FIXTURES,
  fileLines,
  fixtureNames,
  fixtureText,
  visibleText,
} from './helpers.js'
import { grammarOf } from '../scripts/lang/grammar.js'

const G = grammarOf()

interface Expected {
  aliases: string[]
  figures: Record<string, number>
  points: string[]
  countries: string[]
  pledges: Array<{
    pledger: string
    text: string
    value: number
    currency: string
    purpose: string
  }>
  missing: string[]
  onSlides: string[]
  source: string
}

// Every article variant in test/fixtures/<case>/input.txt maps to the deck that expected.json
// describes.
describe.each(fixtureNames().filter(name => name !== 'payloads'))('fixture %s', name => {
  const text = fixtureText(name)
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'),
  ) as Expected
  const deck = generateDeck(text)
  const slides = deckSlides(deck.markdown)
  const visible = visibleText(deck.markdown)

  it('has the expected slides, each with a route alias, a title and notes', () => {
    expect(slides.map(slide => slide.frontmatter.routeAlias)).toEqual(expected.aliases)
    for (const slide of slides) {
      expect(slide.title, `title of ${slide.frontmatter.routeAlias}`).toBeTruthy()
      expect(slide.note, `notes of ${slide.frontmatter.routeAlias}`).toMatch(/baris \d+/)
    }
    expect(deck.missing).toEqual(expected.missing)
  })

  it('extracts the counts, points, countries and pledges', () => {
    const figures = Object.fromEntries(
      (deck.briefing.context?.counts ?? []).map(count => [count.role, count.value]),
    )
    expect(figures).toEqual(expected.figures)
    expect(deck.briefing.points?.items.map(point => point.headline) ?? []).toEqual(expected.points)
    expect(deck.briefing.statements.map(statement => statement.country)).toEqual(expected.countries)
    expect(
      deck.briefing.pledges.map(pledge => ({
        pledger: pledge.pledger,
        text: pledge.amount.text,
        value: pledge.amount.value,
        currency: pledge.amount.currency,
        purpose: pledge.purpose,
      })),
    ).toEqual(expected.pledges)
    expect(deck.briefing.sources?.domain).toBe(expected.source)
  })

  it('shows the key facts on their slides', () => {
    const slideText = (alias: string): string =>
      visible[slides.findIndex(slide => slide.frontmatter.routeAlias === alias)]
    const all = visible.join('\n')
    for (const fact of expected.onSlides) expect(all.includes(fact), fact).toBe(true)
    for (const pledge of expected.pledges) expect(slideText('pledges')).toContain(pledge.text)
    for (const country of expected.countries) expect(all.includes(country), country).toBe(true)
    for (const headline of expected.points)
      expect(slideText('points').toLowerCase()).toContain(headline.toLowerCase())
  })

  it('is faithful: every piece of text, number and country on a slide occurs in the article', () => {
    // What the grammar reads (invisible characters out, accents composed), and the file as a reader
    // sees it.
    const flat = normaliseText(text).replace(/\s+/gu, ' ')
    for (const [index, slideText] of visible.entries()) {
      for (const number of slideText.match(/\d+(?:[.,]\d+)*/gu) ?? []) {
        expect(flat.includes(number), `number ${number} on slide ${index + 1}`).toBe(true)
      }
      for (const country of findCountries(G, slideText)) {
        expect(flat.includes(country.name), `country ${country.name} on slide ${index + 1}`).toBe(
          true,
        )
      }
    }
    const items = [
      ...(deck.briefing.speech?.messages ?? []),
      ...(deck.briefing.context?.attendees ?? []),
      ...[deck.briefing.speech?.quote, deck.briefing.speech?.closing].filter(
        item => item !== undefined,
      ),
      ...deck.briefing.statements.map(statement => ({
        text: statement.message,
        source: statement.source,
      })),
      ...(deck.briefing.points?.items ?? []),
    ]
    const lines = fileLines(text)
    for (const item of items) {
      for (const piece of item.text
        .split('…')
        .map(part => part.trim())
        .filter(Boolean)) {
        expect(flat.includes(piece), `"${piece}" is not in the article`).toBe(true)
      }
      // Each bullet knows its place: the words at its line and column belong to its source
      // sentence, which stands in the article (a hard-wrapped sentence goes on over several lines).
      const sentence = item.source.sentence.replace(/\s+/gu, ' ')
      expect(flat.includes(sentence), sentence).toBe(true)
      const words = normaliseText(lines[item.source.line - 1]!.slice(item.source.column - 1))
        .trim()
        .split(/\s+/u)
        .slice(0, 3)
        .join(' ')
      expect(words.length, `line ${item.source.line}:${item.source.column}`).toBeGreaterThan(0)
      expect(
        sentence.includes(words),
        `"${words}" at ${item.source.line}:${item.source.column} is in "${sentence}"`,
      ).toBe(true)
    }
  })

  it('keeps bullets short', () => {
    const bullets = [
      ...(deck.briefing.speech?.messages ?? []),
      ...deck.briefing.statements.map(statement => ({ text: statement.message })),
    ]
    // An ellipsis marks left-out words; it is not a word itself.
    for (const bullet of bullets)
      expect(
        bullet.text.split(/\s+/u).filter(word => word !== '…').length,
        bullet.text,
      ).toBeLessThanOrEqual(30)
  })
})

describe('fixture decks', () => {
  it.each(fixtureNames())(
    '%s matches its reviewed deck (vitest -u to accept a change)',
    async name => {
      await expect(generateDeck(fixtureText(name)).markdown).toMatchFileSnapshot(
        join(FIXTURES, name, 'slides.md'),
      )
    },
  )
})
