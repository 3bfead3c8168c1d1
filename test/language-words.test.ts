import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDeck } from '../scripts/generate-deck.js'
import { ID } from '../scripts/lang/id.js'
import { LANGUAGES } from '../scripts/lang/index.js'
import { fixtureText, ROOT } from './helpers.js'

// The input language is behind one interface (scripts/lang/): no word of it stands in the grammar's
// code. A word is two or more lower-case letters in the source of a regular expression (a literal,
// or a String.raw template), once escapes (\s, \p{Ll}, \u00A0) and character classes ([a-z]) are
// taken out; the web's own words (http, https, www, a file's extension) are no words of a language.

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  )
}

/** The regular expression sources of a TypeScript file, with their line numbers. */
function regexSources(code: string): Array<{ line: number; source: string }> {
  const found: Array<{ line: number; source: string }> = []
  const lineOf = (at: number): number => code.slice(0, at).split('\n').length
  // Literals: a slash after an operator, a bracket, a comma or the start of a statement.
  for (const match of code.matchAll(
    /(?<=[=(,:;!&|?{}[\n]\s*|return\s+)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/gu,
  )) {
    found.push({ line: lineOf(match.index!), source: match[1]! })
  }
  for (const match of code.matchAll(/String\.raw`((?:\\.|[^`\\])*)`/gu))
    found.push({ line: lineOf(match.index!), source: match[1]! })
  return found
}

/** Words of the web, not of the language: links are the same in every language. */
const TECHNICAL = new Set([
  'http',
  'https',
  'www',
  ...['jpe', 'png', 'gif', 'webp', 'avif', 'svg', 'bmp', 'tiff', 'mp', 'webm'],
])

/** The words of a regular expression's source (escapes, classes and interpolations taken out). */
function wordsIn(source: string): string[] {
  const bare = source
    .replace(/\$\{[^}]*\}/gu, ' ')
    .replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\./gu, ' ')
    .replace(/\[(?:\\.|[^\]\\])*\]/gu, ' ')
    .replace(/\(\?<?[=!]?|\(\?<\w+>/gu, ' ')
  return (bare.match(/[a-z\u00C0-\u024F]{2,}/gu) ?? []).filter(word => !TECHNICAL.has(word))
}

describe('the input language in one place', () => {
  it('finds words in regular expressions (the check itself)', () => {
    const code =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal, as text
      'const A = /\\bbahwa\\s+/iu\nconst B = new RegExp(String.raw`(?:dan|serta)\\s+${X}`)'
    expect(regexSources(code).map(found => wordsIn(found.source))).toEqual([
      ['bahwa'],
      ['dan', 'serta'],
    ])
    expect(wordsIn(String.raw`(?<![\p{L}\p{N}])\d+[a-j]\u00A0\s*`)).toEqual([])
  })

  it.each(['extract', 'parse'])(
    'has no word of the language in a regular expression under scripts/%s/',
    folder => {
      const offenders = files(join(ROOT, 'scripts', folder)).flatMap(file =>
        regexSources(readFileSync(file, 'utf8'))
          .filter(found => wordsIn(found.source).length > 0)
          .map(
            found =>
              `${file.slice(ROOT.length + 1)}:${found.line}: ${wordsIn(found.source).join(' ')}`,
          ),
      )
      expect(offenders).toEqual([])
    },
  )
})

describe('another input language', () => {
  it('plugs in through the registry alone: a language under another code reads the article by its own words', () => {
    // A made-up variant of Indonesian, with one reporting verb fewer.
    const variant = {
      ...ID,
      code: 'id-x-test',
      attribution: {
        ...ID.attribution,
        reportingVerbs: ID.attribution.reportingVerbs.filter(verb => verb !== 'mengimbau'),
      },
    }
    LANGUAGES[variant.code] = variant
    try {
      const article = fixtureText('original')
      const indonesian = generateDeck(article)
      const other = generateDeck(article, 'article.md', { language: variant.code })
      expect(other.markdown).toContain('lang: id-x-test')
      // Its grammar is its own: the statement attributed with the verb it lacks is not read.
      const speakers = (deck: typeof indonesian) =>
        deck.briefing.statements.map(statement => statement.country)
      expect(speakers(indonesian)).toContain('Polandia')
      expect(speakers(other)).not.toContain('Polandia')
    } finally {
      delete LANGUAGES[variant.code]
    }
  })
})
