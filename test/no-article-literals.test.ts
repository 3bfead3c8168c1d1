import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { parseArticle } from '../scripts/parse/parse-article.js'
import { normaliseText } from '../scripts/parse/read-article.js'
import { ROOT } from './helpers.js'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)])
}

// The extractor knows conventions, not this article: no run of six words of the article may stand in scripts/.
it('scripts/ holds no sentence of the article, nor any six-word run of one', () => {
  const article = parseArticle(normaliseText(readFileSync(join(ROOT, 'source', 'article.md'), 'utf8')))
  const code = sourceFiles(join(ROOT, 'scripts')).map(file => readFileSync(file, 'utf8')).join('\n').replace(/\s+/gu, ' ').toLowerCase()
  const found: string[] = []
  for (const { sentence } of article.sentences) {
    const words = sentence.toLowerCase().split(/\s+/u)
    for (let start = 0; start + 6 <= words.length; start++) {
      const run = words.slice(start, start + 6).join(' ')
      if (code.includes(run)) found.push(run)
    }
  }
  expect(found).toEqual([])
  expect(article.sentences.length).toBeGreaterThan(20)
})
