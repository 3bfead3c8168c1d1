import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import { main } from '../scripts/main.js'
import { fixtureText, ROOT } from './helpers.js'

const SENTINEL = '# the previous deck, which a failed run must leave alone\n'

function capture(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  return { io: { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text), cwd }, out, err }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-cli-'))
  await writeFile(join(dir, 'deck.md'), SENTINEL)
})

async function run(...argv: string[]) {
  const { io, out, err } = capture(dir)
  const code = await main(['generate', ...argv], io)
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('generate --help and usage errors', () => {
  it('prints usage, options and examples, and exits 0', async () => {
    const result = await run('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Usage:[\s\S]*Options:[\s\S]*--source[\s\S]*Examples:/)
  })

  it('exits 2 on an unknown option or a bad --max-bytes', async () => {
    expect((await run('--frobnicate')).code).toBe(2)
    const bad = await run('--max-bytes', 'lots')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--max-bytes expects a positive whole number')
  })

  it('exits 2 on an unknown command', async () => {
    const { io, err } = capture(dir)
    expect(await main(['frobnicate'], io)).toBe(2)
    expect(err.join('')).toContain('Unknown command "frobnicate"')
  })
})

describe('bad input: one-line error naming the file, exit 1, outputs untouched', () => {
  // [case, article path inside the test folder, how to make it, the error expected, more options]
  const cases: Array<[string, string, (file: string) => Promise<void>, RegExp, string[]]> = [
    ['a missing file', 'article.txt', async () => {}, /cannot read the article \(no such file\)/, []],
    // Root reads any file, so an unreadable path is made with a file where a folder should be.
    ['an unreadable path', join('blocker', 'article.txt'), async file => writeFile(dirname(file), ''), /cannot read the article \(a part of the path is a file, not a folder\)/, []],
    ['a directory', 'article.txt', async file => mkdir(file), /found a directory/, []],
    ['an empty file', 'article.txt', async file => writeFile(file, ''), /empty file/, []],
    ['white space only', 'article.txt', async file => writeFile(file, ' \r\n\t\u00A0\n'), /empty file/, []],
    ['a binary file', 'article.txt', async file => writeFile(file, Buffer.from([0x89, 0x50, 0x4E, 0x47, 0, 0, 1])), /binary data/, []],
    ['invalid UTF-8', 'article.txt', async file => writeFile(file, Buffer.from([0x41, 0xFF, 0xFE, 0x42, 0x0A])), /invalid byte sequences/, []],
    ['a file over the size limit', 'article.txt', async file => writeFile(file, 'a'.repeat(200)), /larger than the limit of 100 bytes/, ['--max-bytes', '100']],
    ['an article with none of the sections', 'article.txt', async file => writeFile(file, 'Cuaca hari ini cerah sepanjang hari di seluruh kota.\n'), /found none of the expected sections/, []],
  ]
  it.each(cases)('%s', async (_name, path, make, message, extra) => {
    const file = join(dir, path)
    await make(file)
    const result = await run('--source', file, '--out', join(dir, 'deck.md'), '--json', join(dir, 'model.json'), ...extra)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain('article.txt')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(SENTINEL)
    await expect(readFile(join(dir, 'model.json'))).rejects.toThrow()
  })
})

describe('missing sections', () => {
  beforeEach(async () => {
    await writeFile(join(dir, 'article.txt'), fixtureText('missing-sections'))
  })

  it('leaves the slide out and warns, naming the section and what was looked for', async () => {
    const result = await run('--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md'))
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/warning: No "drives" section: looked for enumerated points \(Pertama, … Kedua/)
    expect(result.stderr).toMatch(/warning: No "pledge" section: looked for a pledging verb/)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).not.toContain('routeAlias: pledge')
  })

  it('exits 1 under --strict and writes nothing', async () => {
    const result = await run('--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md'), '--strict')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('missing sections drives, pledge (--strict)')
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(SENTINEL)
  })
})

describe('outputs', () => {
  beforeEach(async () => {
    await writeFile(join(dir, 'article.txt'), fixtureText('original'))
  })

  it('writes the model with source positions to --json', async () => {
    expect((await run('--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md'), '--json', join(dir, 'model.json'))).code).toBe(0)
    const model = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8'))
    expect(model.briefing.pledges[0]).toMatchObject({ amount: { text: '$83,5 juta', value: 83_500_000, currency: 'USD', scale: 'juta' }, source: { line: 21 } })
    expect(model.briefing.statements[0].source).toMatchObject({ line: 16, column: 46 })
  })

  it('reports coverage in the summary and in --json, and the review list as warnings with their lines', async () => {
    const article = `${fixtureText('original')}\nDalam forum itu, disebutkan pula dana segar. Kemudian menjanjikan US$ 6 juta untuk dana iklim.\n`
    await writeFile(join(dir, 'article.txt'), article)
    const result = await run('--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md'), '--json', join(dir, 'model.json'))
    expect(result.code).toBe(0)
    const line = article.split('\n').findIndex(text => text.includes('US$ 6 juta')) + 1
    expect(result.stderr).toContain(`article.txt:${line}:`)
    expect(result.stderr).toMatch(/warning: review \(pledge\): US\$ 6 juta is pledged, but the sentence does not say by whom/)
    expect(result.stderr).toMatch(/coverage: \d+ of \d+ sentences on slides, \d+ only in the notes, \d+ unused/)
    const model = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8'))
    expect(model.review).toEqual([expect.objectContaining({ section: 'pledge', line })])
    expect(new Set(model.coverage.map((entry: { status: string }) => entry.status))).toEqual(new Set(['slides', 'notes', 'unused']))
    expect(model.coverage.find((entry: { sentence: string }) => entry.sentence.includes('US$ 6 juta')).status).toBe('unused')
  })

  it('prints the slide labels in English with --labels en, and refuses an unknown language', async () => {
    expect((await run('--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md'), '--labels', 'en')).code).toBe(0)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toContain('Source sentences')
    const bad = await run('--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md'), '--labels', 'fr')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--labels expects one of id, en, found "fr"/)
  })

  it('--check exits 1 naming the stale slides, and 0 after regeneration', async () => {
    const args = ['--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md')]
    expect((await run(...args)).code).toBe(0)
    const fresh = await run(...args, '--check')
    expect(fresh.code).toBe(0)
    await writeFile(join(dir, 'article.txt'), fixtureText('original').replace('$83,5 juta', '$96,25 juta'))
    const stale = await run(...args, '--check')
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/stale.*Slides that differ: pledge$/m)
  })
})

describe('the real process', () => {
  it('runs on Node 22.12 or later, which Slidev 53 needs (on Linux x64 the one npm ci installs)', async () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number]
    expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node}`).toBe(true)
    // npm scripts and the tools they start find `node` on their PATH: that one too.
    const { stdout } = await promisify(execFile)('node', ['-p', 'process.versions.node'], { cwd: ROOT })
    expect(stdout.trim()).toBe(process.versions.node)
  })

  it('runs through scripts/briefing.mjs, the npm scripts\' entry, and sets the exit code', async () => {
    const exec = promisify(execFile)
    const { stdout } = await exec(process.execPath, [join(ROOT, 'scripts', 'briefing.mjs'), 'generate', '--help'], { cwd: ROOT })
    expect(stdout).toContain('Usage: npm run generate')
    const failed = await exec(process.execPath, [join(ROOT, 'scripts', 'briefing.mjs'), 'generate', '--source', join(dir, 'nope.txt'), '--out', join(dir, 'deck.md')], { cwd: ROOT }).catch(error => error)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/^error: .*nope\.txt: cannot read the article/)
  })
})
