// The editor's corrections as a user makes them: an edits file beside the article. Bad files are
// one-line errors that leave the deck alone; good ones survive edits of the article elsewhere, a watch
// session, and --check.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import type { ArticleWatcher } from '../scripts/commands/watch.js'
import { createWatcher } from '../scripts/commands/watch.js'
import { generateDeck } from '../scripts/generate-deck.js'
import { main } from '../scripts/main.js'
import { deckFacts } from '../scripts/report/change-report.js'
import { updateOptions } from '../scripts/update-deck.js'
import { CORPUS } from './corpus/evaluate.js'
import { fixtureText, visibleText } from './helpers.js'

const SENTINEL = '# the previous deck, which a failed run must leave alone\n'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-edits-'))
})

async function generate(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io = {
    stdout: (text: string) => out.push(text),
    stderr: (text: string) => err.push(text),
    cwd: dir,
  }
  const code = await main(['generate', ...argv], io)
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('a bad edits file: one line with its place, exit 1, the deck untouched', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'an unknown key',
      'title: Rapat pimpinan\ncolour: red\n',
      /article\.edits\.yaml:2:1: .*"colour".*title, subtitle, speaker, hide, add, order, omit, pin/u,
    ],
    [
      'an addition that is not in the article',
      'add:\n  speech:\n    - Kalimat ini tidak pernah ditulis di artikel mana pun\n',
      /article\.edits\.yaml:3:7: "Kalimat ini tidak pernah ditulis di artikel mana …" is not in the article/u,
    ],
    [
      'malformed YAML',
      'title: [tidak ditutup\n',
      /article\.edits\.yaml:\d+:\d+: the edits file is not valid YAML/u,
    ],
    [
      'a template in the title',
      'title: "Rapat {{ 7*7 }}"\n',
      /article\.edits\.yaml:1:8: "title" holds markup or template syntax/u,
    ],
    [
      'a script in the subtitle',
      'subtitle: "<script>alert(1)</script>"\n',
      /"subtitle" holds markup or template syntax/u,
    ],
    [
      'a section that does not exist',
      'omit:\n  - timeline\n',
      /article\.edits\.yaml:2:3: "omit" names a section "timeline": expected one of cover, context/u,
    ],
  ]
  it.each(cases)('%s', async (_name, edits, error) => {
    await writeFile(join(dir, 'article.md'), fixtureText('original'))
    await writeFile(join(dir, 'article.edits.yaml'), edits)
    await writeFile(join(dir, 'deck.md'), SENTINEL)
    const result = await generate('--source', 'article.md', '--out', 'deck.md')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(error)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(SENTINEL)
  })
})

/** What an editor corrects on a deck: its title, its main speaker, one sentence added, one item hidden. */
function correctionsFor(text: string) {
  const deck = generateDeck(text)
  const others = deck.briefing.statements?.map(statement => statement.speaker) ?? []
  const unused = deck.coverage.find(
    entry => entry.status === 'unused' && entry.sentence.split(' ').length >= 8,
  )!
  const added = unused.sentence.split(' ').slice(0, 7).join(' ')
  // Hide a key figure or a context item: a shown fact that is a piece of the article.
  const hidden = deckFacts(deck.markdown).find(
    fact =>
      ['figures', 'context'].includes(fact.section) &&
      fact.anchor.length >= 5 &&
      text.includes(fact.anchor),
  )!.anchor
  return {
    edits: {
      title: 'Bahan rapat pimpinan',
      ...(others[0] ? { speaker: others[0] } : {}),
      add: { speech: [added] },
      hide: [hidden],
    },
    added,
    hidden,
    speaker: others[0],
  }
}

function checkCorrected(markdown: string, expected: ReturnType<typeof correctionsFor>): void {
  const visible = visibleText(markdown)
  expect(visible[0]).toContain('Bahan rapat pimpinan')
  if (expected.speaker) expect(markdown).toContain(`title: "Pidato: ${expected.speaker}"`)
  expect(visible.join(' ')).toContain(expected.added)
  expect(
    deckFacts(markdown)
      .filter(fact => ['figures', 'context'].includes(fact.section))
      .map(fact => fact.anchor),
  ).not.toContain(expected.hidden)
}

const ARTICLES: Array<[string, () => string]> = [
  ['the bundled article', () => fixtureText('original')],
  ...[
    'tempo-ktt-iklim-pbb-2014',
    'detik-trump-albanese-mineral-kritis-2025',
    'kompas-retno-konpers-fmm-g20-2022',
  ].map(
    slug =>
      [slug, () => readFileSync(join(CORPUS, slug, 'article.txt'), 'utf8')] as [
        string,
        () => string,
      ],
  ),
]

describe.each(ARTICLES)('corrections of %s', (_name, read) => {
  it('hold through two unrelated edits of the article, and --check passes on the corrected deck', async () => {
    const text = read()
    const corrections = correctionsFor(text)
    await writeFile(join(dir, 'article.md'), text)
    await writeFile(join(dir, 'article.edits.yaml'), stringify(corrections.edits))
    const first = await generate('--source', 'article.md', '--out', 'deck.md')
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr).not.toMatch(/stale edit/u)
    checkCorrected(await readFile(join(dir, 'deck.md'), 'utf8'), corrections)

    // A paragraph put in near the top moves every line; one at the end adds a sentence.
    const paragraphs = text.split(/\n\s*\n/u)
    const edited = [
      paragraphs[0],
      'Acara itu juga diliput oleh puluhan wartawan dari dalam dan luar negeri.',
      ...paragraphs.slice(1),
      'Pertemuan berikutnya dijadwalkan berlangsung tahun depan.',
    ].join('\n\n')
    for (const version of [edited.replace('Pertemuan berikutnya', 'Pertemuan lanjutan'), edited]) {
      await writeFile(join(dir, 'article.md'), version)
      const again = await generate('--source', 'article.md', '--out', 'deck.md')
      expect(again.code, again.stderr).toBe(0)
      expect(again.stderr).not.toMatch(/stale edit/u)
      checkCorrected(await readFile(join(dir, 'deck.md'), 'utf8'), corrections)
    }
    const check = await generate('--source', 'article.md', '--out', 'deck.md', '--check')
    expect(check.code, check.stderr).toBe(0)
  })
})

describe('a watch session', () => {
  let watcher: ArticleWatcher | undefined
  afterEach(() => watcher?.close())

  it('follows the edits file and keeps the corrections through an article edit', async () => {
    const text = fixtureText('original')
    const corrections = correctionsFor(text)
    await writeFile(join(dir, 'article.md'), text)
    const options = updateOptions(dir, { source: 'article.md', out: 'deck.md', watch: true })
    const stderr: string[] = []
    watcher = createWatcher(
      options,
      { stdout: () => {}, stderr: line => stderr.push(line), cwd: dir },
      () => {},
    )
    await watcher.ready
    const settle = async () => {
      await new Promise(resolve => setTimeout(resolve, 200))
      await watcher!.idle()
    }
    await settle()
    await writeFile(join(dir, 'article.edits.yaml'), stringify(corrections.edits))
    await settle()
    checkCorrected(await readFile(join(dir, 'deck.md'), 'utf8'), corrections)
    expect(stderr.join('')).toMatch(/edits \(.*article\.edits\.yaml\): title/u)
    await writeFile(
      join(dir, 'article.md'),
      `${text}\n\nPertemuan berikutnya dijadwalkan berlangsung tahun depan.\n`,
    )
    await settle()
    checkCorrected(await readFile(join(dir, 'deck.md'), 'utf8'), corrections)
  })
})
