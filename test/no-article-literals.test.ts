import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { grammarOf } from '../scripts/lang/grammar.js'
import { parseArticle } from '../scripts/parse/parse-article.js'
import { normaliseText } from '../scripts/parse/read-article.js'
import { corpusSlugs, CORPUS } from './corpus/evaluate.js'
import { ROOT } from './helpers.js'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

const code = sourceFiles(join(ROOT, 'scripts'))
  .map(file => readFileSync(file, 'utf8'))
  .join('\n')
const flatCode = code.replace(/\s+/gu, ' ').toLowerCase()

function sentencesOf(file: string): string[] {
  return parseArticle(normaliseText(readFileSync(file, 'utf8'))).sentences.map(
    sentence => sentence.sentence,
  )
}

/** Runs of `size` words of the sentences that stand in scripts/. */
function runsInCode(sentences: string[], size: number): string[] {
  const found = new Set<string>()
  for (const sentence of sentences) {
    const words = sentence.toLowerCase().split(/\s+/u)
    for (let start = 0; start + size <= words.length; start++) {
      const run = words.slice(start, start + size).join(' ')
      // A run of punctuation or one-letter words says nothing about an article.
      if (run.replace(/[^\p{L}]/gu, '').length >= 12 && flatCode.includes(run)) found.add(run)
    }
  }
  return [...found]
}

// The extractor knows conventions, not articles: no run of four words of the bundled article, none
// of its numbers and none of its proper nouns may stand in scripts/.
it('scripts/ holds no four-word run, number or proper noun of the bundled article', () => {
  const sentences = sentencesOf(join(ROOT, 'source', 'article.md'))
  expect(sentences.length).toBeGreaterThan(20)
  expect(runsInCode(sentences, 4)).toEqual([])

  const text = sentences.join(' ')
  // Numbers as the article writes them, with the word they count ("110 negara"), and any decimal
  // ("83,5").
  const numbers = [
    ...new Set(
      [...text.matchAll(/\d+(?:[.,]\d+)*\s+\p{L}+|\d+[.,]\d+/gu)].map(match =>
        match[0].toLowerCase().replace(/\s+/gu, ' '),
      ),
    ),
  ]
  expect(numbers.filter(number => flatCode.includes(number))).toEqual([])

  // Proper nouns: capitalised words inside a sentence that are no country (countries are a
  // gazetteer's).
  const countries = new Set(
    [...grammarOf().speakers.countries.names.keys()].flatMap(name => name.split(/\s+/u)),
  )
  const proper = new Set<string>()
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(
      /(?<=[\p{Ll},]\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)/gu,
    )) {
      for (const word of match[1].split(/\s+/u)) if (!countries.has(word)) proper.add(word)
    }
  }
  const names = [...proper].filter(
    word =>
      /\p{Lu}\p{Ll}{2,}/u.test(word) &&
      new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, 'u').test(code),
  )
  // What may stand in scripts/: the words of Indonesian news writing that the conventions list
  // (offices, events). Regions and fields of office are part of titles ("Menteri Urusan Asia
  // Pasifik", "Badan Siber").
  const conventions = new Set([
    'Perdana',
    'Menteri',
    'Presiden',
    'Wakil',
    'Ketua',
    'Sekretaris',
    'Jenderal',
    'Konvensi',
    'Sesi',
    'Upacara',
    'Perserikatan',
    'Bangsa',
    'Bangsa-Bangsa',
    'Program',
    'Keamanan',
    'Pembukaan',
    'Negara-negara',
    'Asia',
    'Pasifik',
    'Siber',
  ])
  expect(names.filter(word => !conventions.has(word))).toEqual([])
})

it('scripts/ holds no five-word run of any corpus article', () => {
  const found = corpusSlugs().flatMap(slug =>
    runsInCode(sentencesOf(join(CORPUS, slug, 'article.txt')), 5).map(run => `${slug}: ${run}`),
  )
  expect(found).toEqual([])
})
