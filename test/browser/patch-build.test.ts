// An edit of the article patches the kept build instead of building again (scripts/export/patch-build.ts).
// Each edit is built both ways, with the real Slidev and the real Chromium: the patched build must be,
// byte for byte with the hashes in file names normalised, what a full build of the same deck gives;
// where the patch does not apply, the log names why and the full build runs.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RECORD } from '../../scripts/export/kept-record.js'
import { NoPatch, patchBuild } from '../../scripts/export/patch-build.js'
import { buildKey, FULL_BUILD_ENV } from '../../scripts/export/static-build.js'
import { generateDeck } from '../../scripts/generate-deck.js'
import { main } from '../../scripts/main.js'
import { normaliseText } from '../../scripts/parse/read-article.js'
import { deckSlides, fixtureText, ROOT } from '../helpers.js'
import { firstDifference, normalisedBuild, reusedNames } from '../support/dist-compare.js'

let work: string
const deck = join(ROOT, 'slides', `.patch-test-${process.pid}.md`)
const keyOf = () =>
  buildKey({ deck, design: join(ROOT, 'slides'), lock: join(ROOT, 'package-lock.json') })

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefing-patch-'))
})

afterAll(async () => {
  delete process.env.BRIEFING_BUILD_CACHE
  delete process.env[FULL_BUILD_ENV]
  await rm(work, { recursive: true, force: true })
  await rm(deck, { force: true })
})

/** Export the deck file to a PDF with the build cache `cache`; `full` turns the patch off. Returns the log. */
async function exportDeck(cache: string, full: boolean, pdf: string): Promise<string> {
  process.env.BRIEFING_BUILD_CACHE = cache
  if (full) process.env[FULL_BUILD_ENV] = '1'
  else delete process.env[FULL_BUILD_ENV]
  const err: string[] = []
  const code = await main(['export', '--deck', deck, '--out', pdf, '--verbose'], {
    stdout: () => {},
    stderr: text => err.push(text),
    cwd: ROOT,
  })
  expect(code, err.join('').slice(-2000)).toBe(0)
  return err.join('')
}

const patchLine = (log: string) =>
  log.split('\n').find(line => /^(?:Patched slides|Building in full: )/u.test(line)) ?? ''

interface Edit {
  name: string
  edit: (article: string) => string
  /** What must happen: patched, a fallback whose reason matches, or either (named in the log). */
  expect: 'patched' | RegExp | 'either'
  /** Text the printed PDF must then show. */
  shows?: (article: string) => string
}

/** The first number before a word, plus seven: a figure an editor corrects. */
const figure = (article: string) =>
  article.replace(/\b(\d+)(?= [a-z])/u, digits => String(Number(digits) + 7))
const firstFigure = (article: string) => /\b(\d+)(?= [a-z])/u.exec(article)?.[1] ?? ''

const edits: Edit[] = [
  {
    name: 'a figure',
    edit: figure,
    expect: 'patched',
    shows: article => String(Number(firstFigure(article)) + 7),
  },
  {
    name: 'a name',
    edit: article => article.replace('Antonio Guterres', 'Antonio Gutteres'),
    expect: 'either',
  },
  {
    name: 'an added sentence',
    edit: article =>
      article.replace(
        /\n/u,
        ' Para peserta juga sepakat untuk bertemu kembali tahun depan di kota yang sama.\n',
      ),
    expect: 'either',
  },
  {
    name: 'a removed sentence',
    edit: article => article.replace(/Setelah pidato Perdana Menteri[^.]*\./u, ''),
    expect: 'either',
  },
  {
    name: 'a new pledge',
    edit: article =>
      article.replace(
        /\n/u,
        '\nJepang berjanji menyumbangkan US$3 juta untuk pelatihan aparat penegak hukum.\n',
      ),
    expect: 'either',
  },
  {
    name: 'a changed title',
    edit: article => `Sesi Diskusi Penandatanganan Konvensi Siber di Hanoi\n\n${article}`,
    expect: /frontmatter changed|title changed|slide count changed/u,
  },
  {
    name: 'a word UnoCSS makes a class of',
    edit: article => article.replace('mengimbau negara-negara', 'mengimbau italic negara-negara'),
    expect: /UnoCSS makes classes of \(italic\)/u,
  },
]

const corpus = (slug: string) =>
  readFileSync(join(ROOT, 'test', 'corpus', slug, 'article.txt'), 'utf8')

const articles: { name: string; text: string; edits: Edit[] }[] = [
  { name: 'the bundled article', text: fixtureText('original'), edits },
  ...['bbc-donatur-rekonstruksi-gaza-kairo-2014', 'detik-trump-albanese-mineral-kritis-2025'].map(
    slug => ({
      name: slug,
      text: corpus(slug),
      edits: [
        { name: 'a figure', edit: figure, expect: 'patched' as const },
        {
          name: 'a removed sentence',
          edit: (article: string) => article.replace(/(?<=\.) [^.\n]{30,}\.(?=\s)/u, ''),
          expect: 'either' as const,
        },
      ],
    }),
  ),
]

describe.each(articles)('$name', ({ name, text, edits: cases }) => {
  const article = normaliseText(text)
  let patchedCache: string
  let fullCache: string
  const base = generateDeck(article).markdown

  beforeAll(async () => {
    patchedCache = join(work, `${name}-patched`)
    fullCache = join(work, `${name}-full`)
    await mkdir(patchedCache, { recursive: true })
    // The kept build every edit patches: a full build of the article's deck.
    await writeFile(deck, base)
    expect(patchLine(await exportDeck(patchedCache, false, join(work, 'base.pdf')))).toMatch(
      /^Building in full: no kept build/u,
    )
  })

  it.each(cases)(
    '$name: the patched build is the full build, or the log says why not',
    {
      timeout: 180_000,
    },
    async ({ name: label, edit, expect: expected, shows }) => {
      const edited = generateDeck(edit(article)).markdown
      expect(edited, 'the edit changes the deck').not.toBe(base)
      // Each edit patches the base deck's build, made the newest kept build again.
      await writeFile(deck, base)
      const baseBuild = join(patchedCache, await keyOf())
      await utimes(baseBuild, new Date(), new Date())
      const kept = await normalisedBuild(join(baseBuild, 'dist'))
      await writeFile(deck, edited)
      const pdf = join(work, 'patched.pdf')
      const line = patchLine(await exportDeck(patchedCache, false, pdf))
      console.log(`${name}, ${label}: ${line}`)
      if (expected === 'patched') expect(line).toMatch(/^Patched slides \d/u)
      else if (expected instanceof RegExp) expect(line).toMatch(expected)
      else expect(line).toMatch(/^(?:Patched slides \d|Building in full: \S)/u)

      await exportDeck(fullCache, true, join(work, 'full.pdf'))
      const key = await keyOf()
      const patched = await normalisedBuild(join(patchedCache, key, 'dist'))
      const full = await normalisedBuild(join(fullCache, key, 'dist'))
      expect(Object.keys(full).length).toBeGreaterThan(40)
      expect(firstDifference(patched, full), line).toBeUndefined()
      // The comparison sees an edit: the new build is not the one it came from.
      expect(firstDifference(patched, kept)).toBeDefined()
      // Every file whose content changed has a new name (HTML pages keep theirs, as in a full build).
      expect(await reusedNames(join(baseBuild, 'dist'), join(patchedCache, key, 'dist'))).toEqual(
        [],
      )

      // The PDF printed from the patched build: a page per slide, the edited text on it.
      const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
      expect(pages).toMatch(new RegExp(`^Pages:\\s+${deckSlides(edited).length}$`, 'mu'))
      const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      expect(printed).toEqual(
        execFileSync('pdftotext', [join(work, 'full.pdf'), '-'], { encoding: 'utf8' }),
      )
      if (shows) expect(printed).toContain(shows(article))
    },
  )
})

it('patches only a build of the same design and lock file: after an upgrade, every edit builds in full', async () => {
  const cache = join(work, 'upgraded')
  const kept = join(cache, 'a'.repeat(32))
  await mkdir(join(kept, 'dist'), { recursive: true })
  const markdown = generateDeck(normaliseText(fixtureText('original'))).markdown
  await writeFile(join(kept, RECORD.deck), markdown)
  await writeFile(join(kept, RECORD.design), 'design-before-the-upgrade')
  await writeFile(join(kept, RECORD.path), deck)
  await writeFile(join(kept, 'complete'), 'a'.repeat(32))
  const attempt = patchBuild({
    cache,
    design: 'design-after-the-upgrade',
    deckPath: deck,
    deckText: figure(markdown),
    out: join(work, 'never'),
  })
  await expect(attempt).rejects.toThrow(NoPatch)
  await expect(attempt).rejects.toThrow(
    /no kept build of this deck file with the same design and lock file/u,
  )
})
