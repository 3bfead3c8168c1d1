import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { main } from '../../scripts/main.js'
import { deckSlides, fixtureText, ROOT } from '../helpers.js'
import { convertWithLibreOffice, readPptx } from '../support/pptx.js'

let dir: string
const deck = join(ROOT, 'slides', `.export-test-${process.pid}.md`)
const { markdown, briefing } = generateDeck(fixtureText('original'))
const slides = deckSlides(markdown)
const count = slides.length

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-export-'))
  await writeFile(deck, markdown)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await rm(deck, { force: true })
})

async function exportAs(format: string, out: string): Promise<string> {
  const err: string[] = []
  const code = await main(['export', '--deck', deck, '--format', format, '--out', out], {
    stdout: () => {},
    stderr: text => err.push(text),
    cwd: ROOT,
  })
  expect(code, err.join('').slice(-2000)).toBe(0)
  return err.join('')
}

it('writes one PNG per slide, at twice the canvas size', { timeout: 120_000 }, async () => {
  const out = join(dir, 'png')
  expect(await exportAs('png', out)).toContain(`Exported ${out}`)
  const files = (await readdir(out))
    .filter(name => name.endsWith('.png'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
  expect(files).toEqual(Array.from({ length: count }, (_, index) => `${index + 1}.png`))
  const png = await readFile(join(out, files[0]))
  // Width and height stand at bytes 16–23 of a PNG's IHDR chunk.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1960, 1104])
})

/** The source sentences each slide's presenter notes must hold, from the extraction itself. */
function notesExpected(alias: string): string[] {
  const sentences: Record<string, string[]> = {
    points: briefing.points!.items.map(item => item.source.sentence),
    pledge: briefing.pledges.map(pledge => pledge.source.sentence),
  }
  return sentences[alias] ?? []
}

const indexOf = (alias: string): number =>
  slides.findIndex(slide => slide.frontmatter.routeAlias === alias)

it('writes a PPTX with one picture per slide and the presenter notes as text', {
  timeout: 120_000,
}, async () => {
  const out = join(dir, 'briefing.pptx')
  await exportAs('pptx', out)
  const pptx = await readPptx(out)
  expect(pptx.slides).toHaveLength(count)
  for (const alias of ['points', 'pledges']) {
    const notes = pptx.slides[indexOf(alias)]!.notes.join('\n')
    for (const sentence of notesExpected(alias)) expect(notes).toContain(sentence)
    expect(notes, 'notes are text, not the HTML they are kept in').not.toMatch(/<p|class=/u)
  }
})

it('writes an editable PPTX: the facts as text runs in reading order, the notes, and the fonts it names', {
  timeout: 180_000,
}, async () => {
  const out = join(dir, 'briefing-editable.pptx')
  const log = await exportAs('pptx-editable', out)
  expect(log).toMatch(/Fonts this PowerPoint names \(not embedded[^)]*\): Be Vietnam Pro/u)
  const pptx = await readPptx(out)
  expect(pptx.slides).toHaveLength(count)
  const runs = (alias: string): string[] => pptx.slides[indexOf(alias)]!.runs.map(run => run.trim())
  // The text is marked Indonesian, so that PowerPoint checks its spelling as such.
  expect([...new Set(pptx.slides.flatMap(slide => slide.languages))]).toEqual(['id-ID'])

  // The points in the order the article gives them, each one an editable text run.
  const points = runs('points')
  const positions = briefing.points!.items.map(item => points.indexOf(item.headline))
  expect(
    positions.every(position => position >= 0),
    `${JSON.stringify(briefing.points!.items.map(item => item.headline))} in ${JSON.stringify(points)}`,
  ).toBe(true)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  // Every country that spoke, on the statement slides, and the pledge with its amount and pledger.
  const statementRuns = slides.flatMap((slide, index) =>
    slide.frontmatter.routeAlias?.startsWith('statements')
      ? pptx.slides[index]!.runs.map(run => run.trim())
      : [],
  )
  expect(briefing.statements.length).toBeGreaterThan(1)
  for (const statement of briefing.statements) expect(statementRuns).toContain(statement.country)
  expect(runs('pledges')).toEqual(
    expect.arrayContaining([briefing.pledges[0]!.amount.text, briefing.pledges[0]!.pledger]),
  )
  // The quote keeps its quotation marks: they are elements, not CSS decorations the export drops.
  expect(runs('quote').slice(0, 3)).toEqual(['“', briefing.speech!.quote!.text, '”'])
  for (const alias of ['points', 'pledges']) {
    const notes = pptx.slides[indexOf(alias)]!.notes.join('\n')
    for (const sentence of notesExpected(alias)) expect(notes).toContain(sentence)
  }

  // LibreOffice Impress, with the fonts the export names, opens it and lays it out as one page
  // per slide, with the facts as text and in the fonts of the deck.
  const pdf = await convertWithLibreOffice(out, dir)
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
    new RegExp(`^Pages:\\s+${count}$`, 'mu'),
  )
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/BeVietnamPro-Bold/u)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/gu,
    ' ',
  )
  for (const fact of [
    briefing.pledges[0]!.amount.text,
    ...briefing.points!.items.map(item => item.headline),
  ])
    expect(text).toContain(fact)
})

it('reuses the static build of an unchanged deck, and builds a changed deck anew: no stale PDF', {
  timeout: 180_000,
}, async () => {
  // What an export killed while building left behind goes with the next export.
  const dead = spawn('true')
  await new Promise(resolve => dead.once('exit', resolve))
  const halfBuilt = join(
    ROOT,
    'node_modules',
    '.cache',
    'briefing-build',
    `.building-${dead.pid}-0123abcd`,
  )
  await mkdir(join(halfBuilt, 'dist'), { recursive: true })
  const first = await exportAs('pdf', join(dir, 'first.pdf'))
  expect(existsSync(halfBuilt)).toBe(false)
  expect(first).toMatch(/Printing .* with Chromium/u)
  const again = await exportAs('pdf', join(dir, 'again.pdf'))
  expect(again).toContain('reused: the deck and design are unchanged')
  // The same article with the pledge changed: a new deck, so a new build and the new figure in the
  // PDF. The figure differs on every run, so that no earlier run's build of it is in the cache.
  const amount = briefing.pledges[0]!.amount.text
  const changed = amount.replace(/\d+/u, digits => String(Number(digits) + 1 + (Date.now() % 9000)))
  await writeFile(deck, markdown.replaceAll(amount, changed))
  try {
    const edited = await exportAs('pdf', join(dir, 'edited.pdf'))
    expect(edited).not.toContain('reused')
    const text = execFileSync('pdftotext', [join(dir, 'edited.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain(changed)
    expect(text).not.toContain(amount)
  } finally {
    await writeFile(deck, markdown)
  }
})

it('builds in a few lines: numbered steps with their durations and the paths written', {
  timeout: 180_000,
}, async () => {
  const err: string[] = []
  const code = await main(
    [
      'build',
      '--dist',
      join(dir, 'dist'),
      '--pdf',
      join(dir, 'build.pdf'),
      '--handout',
      join(dir, 'build-handout.pdf'),
    ],
    { stdout: () => {}, stderr: text => err.push(text), cwd: ROOT },
  )
  const lines = err.join('').trimEnd().split('\n')
  expect(code, lines.join('\n')).toBe(0)
  // npm adds three lines of its own: 12 here keeps `npm run build` within 15.
  expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(12)
  expect(lines.filter(line => /^\[\d\/4\] /u.test(line))).toHaveLength(4)
  expect(lines.filter(line => /^\s+done in \d+\.\d s/u.test(line))).toHaveLength(4)
  expect(lines.at(-1)).toMatch(
    /^Done in \d+\.\d s: .*index\.html, .*build\.pdf, .*build-handout\.pdf$/u,
  )
  expect(execFileSync('pdfinfo', [join(dir, 'build-handout.pdf')], { encoding: 'utf8' })).toMatch(
    /^Pages:\s+\d+$/mu,
  )
})

it('refuses an unknown format with a usage error', async () => {
  const err: string[] = []
  expect(
    await main(['export', '--format', 'docx'], {
      stdout: () => {},
      stderr: text => err.push(text),
      cwd: ROOT,
    }),
  ).toBe(2)
  expect(err.join('')).toContain(
    '--format expects one of pdf, handout, pptx, pptx-editable, png, found "docx"',
  )
})
