import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { main } from '../../scripts/main.js'
import { deckSlides, fixtureText, ROOT } from '../helpers.js'

let dir: string
const deck = join(ROOT, 'slides', `.export-test-${process.pid}.md`)
const markdown = generateDeck(fixtureText('original')).markdown
const count = deckSlides(markdown).length

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
  const code = await main(['export', '--deck', deck, '--format', format, '--out', out], { stdout: () => {}, stderr: text => err.push(text), cwd: ROOT })
  expect(code, err.join('').slice(-2000)).toBe(0)
  return err.join('')
}

it('writes one PNG per slide, at twice the canvas size', { timeout: 120_000 }, async () => {
  const out = join(dir, 'png')
  expect(await exportAs('png', out)).toContain(`Exported ${out}`)
  const files = (await readdir(out)).filter(name => name.endsWith('.png')).sort((a, b) => Number.parseInt(a) - Number.parseInt(b))
  expect(files).toEqual(Array.from({ length: count }, (_, index) => `${index + 1}.png`))
  const png = await readFile(join(out, files[0]))
  // Width and height stand at bytes 16–23 of a PNG's IHDR chunk.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1960, 1104])
})

it('writes a PPTX with one slide per slide', { timeout: 120_000 }, async () => {
  const out = join(dir, 'briefing.pptx')
  await exportAs('pptx', out)
  // A zip keeps its file names in plain text: count the distinct slide parts.
  const names = new Set((await readFile(out)).toString('latin1').match(/ppt\/slides\/slide\d+\.xml/gu))
  expect(names.size).toBe(count)
})

it('refuses an unknown format with a usage error', async () => {
  const err: string[] = []
  expect(await main(['export', '--format', 'docx'], { stdout: () => {}, stderr: text => err.push(text), cwd: ROOT })).toBe(2)
  expect(err.join('')).toContain('--format expects one of pdf, pptx, png, found "docx"')
})
