import fc from 'fast-check'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { expect, it } from 'vitest'
import { visit } from 'unist-util-visit'
import { notesBlock } from '../scripts/compile/compile-deck.js'
import { serialize } from '../scripts/compile/html.js'
import { labelsFor } from '../scripts/compile/labels.js'
import { briefingSlides, generateDeck } from '../scripts/generate-deck.js'
import { normaliseText } from '../scripts/parse/read-article.js'
import { deckSlides, fixtureText } from './helpers.js'

// What Slidev would otherwise give meaning to, and what YAML and markdown would.
const PAYLOADS = [
  '{{ 7*7 }}',
  '{{',
  '}}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://x.invalid">',
  '<style>*{display:none}</style>',
  '$x^2$',
  '$$y$$',
  '$',
  '---',
  '--- x',
  '\n---\n',
  '<!-- n -->',
  '<!--',
  '-->',
  '::right::',
  '{.kelas}',
  ':komponen{a=1}',
  '[a](javascript:alert(1))',
  '[^1]',
  '```js',
  '# judul',
  '| a | b |',
  '> kutip',
  '*tebal*',
  '_miring_',
  'title: x',
  '"',
  "'",
  ': ',
  ' #',
  '\t',
  '\u00A0',
  '\r\n',
  '\\',
  '&amp;',
  '&#123;',
  '<',
  '>',
  '&',
  'Pertama, ',
  'Presiden Chili mengatakan bahwa ',
  '$5 juta',
  '\u200B',
  '🇮🇩',
  'ẞ',
  'Ω',
]

function texts(html: string): string {
  const found: string[] = []
  visit(fromHtml(html, { fragment: true }), 'text', node => {
    found.push(node.value)
  })
  return found.join('|')
}

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128)
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)

it(`survives arbitrary text inserted into the article (${RUNS} cases, seed ${SEED}: FUZZ_SEED=${SEED} replays)`, {
  timeout: 120_000,
}, () => {
  console.log(`fuzz: seed ${SEED}, ${RUNS} runs (replay with FUZZ_SEED=${SEED})`)
  const lines = fixtureText('original').split('\n')
  const content = lines.map((line, index) => (line.trim() ? index : -1)).filter(index => index >= 0)
  const insertion = fc.record({
    line: fc.constantFrom(...content),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...PAYLOADS),
      fc.string({ unit: 'grapheme', maxLength: 24 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
    ),
  })
  fc.assert(
    fc.property(fc.array(insertion, { minLength: 1, maxLength: 4 }), insertions => {
      const edited = [...lines]
      for (const { line, at, text } of insertions) {
        const spaces = [...edited[line].matchAll(/ /gu)].map(match => match.index!)
        const cut = spaces.length > 0 ? spaces[at % spaces.length] : edited[line].length
        edited[line] = `${edited[line].slice(0, cut)} ${text} ${edited[line].slice(cut)}`
      }
      const article = normaliseText(edited.join('\n'))
      if (article.trim() === '') return
      const deck = generateDeck(article)
      const intended = briefingSlides(deck.briefing)
      const parsed = deckSlides(deck.markdown)

      // The structure Slidev reads is the structure the generator meant.
      expect(parsed.map(slide => slide.frontmatter.routeAlias)).toEqual(
        intended.map(slide => slide.alias),
      )
      // The headmatter is valid YAML that gives back the title exactly.
      expect(parsed[0].frontmatter.title).toBe(deck.briefing.cover.title ?? labelsFor().untitled)
      for (const [index, slide] of intended.entries()) {
        expect(parsed[index].frontmatter.title).toBe(slide.title)
        // The article text on the slide and in its notes reaches Slidev as the same text.
        expect(texts(parsed[index].content)).toBe(
          texts(serialize(structuredClone(slide.body) as Element)),
        )
        const notes = notesBlock(slide.notes).value.replace(/^<!--\n|\n-->$/gu, '')
        expect(texts(parsed[index].note ?? '')).toBe(texts(notes))
      }
    }),
    { numRuns: RUNS, seed: SEED },
  )
})
