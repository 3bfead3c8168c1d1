import { execFile, execFileSync } from 'node:child_process'
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
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
  return {
    io: { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text), cwd },
    out,
    err,
  }
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
    [
      'a missing file',
      'article.txt',
      async () => {},
      /cannot read the article \(no such file\)/,
      [],
    ],
    // Root reads any file, so an unreadable path is made with a file where a folder should be.
    [
      'an unreadable path',
      join('blocker', 'article.txt'),
      async file => writeFile(dirname(file), ''),
      /cannot read the article \(a part of the path is a file, not a folder\)/,
      [],
    ],
    ['a directory', 'article.txt', async file => mkdir(file), /found a directory/, []],
    ['an empty file', 'article.txt', async file => writeFile(file, ''), /empty file/, []],
    [
      'white space only',
      'article.txt',
      async file => writeFile(file, ' \r\n\t\u00A0\n'),
      /empty file/,
      [],
    ],
    [
      'a binary file',
      'article.txt',
      async file => writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])),
      /binary data/,
      [],
    ],
    [
      'invalid UTF-8',
      'article.txt',
      async file => writeFile(file, Buffer.from([0x41, 0xff, 0xfe, 0x42, 0x0a])),
      /invalid byte sequences/,
      [],
    ],
    [
      'a file over the size limit',
      'article.txt',
      async file => writeFile(file, 'a'.repeat(200)),
      /larger than the limit of 100 bytes/,
      ['--max-bytes', '100'],
    ],
    [
      'an article with none of the sections',
      'article.txt',
      async file => writeFile(file, 'Cuaca hari ini cerah sepanjang hari di seluruh kota.\n'),
      /found none of the expected sections/,
      [],
    ],
    // Without a writer, opening a FIFO would block for ever: it is refused before it is opened.
    [
      'a named pipe (FIFO) with no writer',
      'article.txt',
      async file => {
        execFileSync('mkfifo', [file])
      },
      /expected an article file, found a named pipe \(FIFO\); save the article to a file/,
      [],
    ],
    [
      'a device that never ends (/dev/zero, through a link)',
      'article.txt',
      async file => symlink('/dev/zero', file),
      /expected an article file, found a device/,
      [],
    ],
    // /proc says its files are empty: the limit counts the bytes read, not what stat says.
    [
      'a file whose size stat does not tell, over the limit',
      'article.txt',
      async file => symlink('/proc/self/maps', file),
      /the article is more than 100 bytes, larger than the limit of 100 bytes/,
      ['--max-bytes', '100'],
    ],
    [
      'a symbolic link loop',
      'article.txt',
      async file => symlink(file, file),
      /cannot read the article \(a loop of symbolic links\)/,
      [],
    ],
  ]
  it.each(cases)('%s', async (_name, path, make, message, extra) => {
    const file = join(dir, path)
    await make(file)
    const result = await run(
      '--source',
      file,
      '--out',
      join(dir, 'deck.md'),
      '--json',
      join(dir, 'model.json'),
      ...extra,
    )
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
    expect(result.stderr).toMatch(
      /warning: No "points" section: looked for enumerated points \(Pertama, … Kedua/,
    )
    expect(result.stderr).toMatch(/warning: No "pledges" section: looked for a pledging verb/)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).not.toContain('routeAlias: pledges')
  })

  it('exits 1 under --strict and writes nothing', async () => {
    const result = await run(
      '--source',
      join(dir, 'article.txt'),
      '--out',
      join(dir, 'deck.md'),
      '--strict',
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('missing sections points, pledges (--strict)')
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(SENTINEL)
  })
})

describe('outputs', () => {
  beforeEach(async () => {
    await writeFile(join(dir, 'article.txt'), fixtureText('original'))
  })

  it('writes the model with source positions to --json', async () => {
    expect(
      (
        await run(
          '--source',
          join(dir, 'article.txt'),
          '--out',
          join(dir, 'deck.md'),
          '--json',
          join(dir, 'model.json'),
        )
      ).code,
    ).toBe(0)
    const model = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8'))
    expect(model.briefing.pledges[0]).toMatchObject({
      amount: { text: '$83,5 juta', value: 83_500_000, currency: 'USD', scale: 'juta' },
      source: { line: 21 },
    })
    expect(model.briefing.statements[0].source).toMatchObject({ line: 16, column: 46 })
  })

  it('reports coverage in the summary and in --json, and the review list as warnings with their lines', async () => {
    const article = `${fixtureText('original')}\nDalam forum itu, disebutkan pula dana segar. Kemudian menjanjikan US$ 6 juta untuk dana iklim.\n`
    await writeFile(join(dir, 'article.txt'), article)
    const result = await run(
      '--source',
      join(dir, 'article.txt'),
      '--out',
      join(dir, 'deck.md'),
      '--json',
      join(dir, 'model.json'),
    )
    expect(result.code).toBe(0)
    const line = article.split('\n').findIndex(text => text.includes('US$ 6 juta')) + 1
    expect(result.stderr).toContain(`article.txt:${line}:`)
    expect(result.stderr).toMatch(
      /warning: review \(pledges\): US\$ 6 juta is pledged, but the sentence does not say by whom/,
    )
    expect(result.stderr).toMatch(
      /coverage: \d+ of \d+ sentences on slides, \d+ only in the notes, \d+ unused/,
    )
    const model = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8'))
    expect(model.review).toEqual([expect.objectContaining({ section: 'pledges', line })])
    const statuses = new Set(model.coverage.map((entry: { status: string }) => entry.status))
    expect(statuses).toContain('slides')
    expect(statuses).toContain('unused')
    expect(
      [...statuses].every(status => ['slides', 'notes', 'unused'].includes(status as string)),
    ).toBe(true)
    expect(
      model.coverage.find((entry: { sentence: string }) => entry.sentence.includes('US$ 6 juta'))
        .status,
    ).toBe('unused')
  })

  it('prints the slide labels in English with --labels en, and refuses an unknown language', async () => {
    expect(
      (
        await run(
          '--source',
          join(dir, 'article.txt'),
          '--out',
          join(dir, 'deck.md'),
          '--labels',
          'en',
        )
      ).code,
    ).toBe(0)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toContain('Source sentences')
    const bad = await run(
      '--source',
      join(dir, 'article.txt'),
      '--out',
      join(dir, 'deck.md'),
      '--labels',
      'fr',
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--labels expects one of id, en, found "fr"/)
  })

  it('--check exits 1 naming the stale slides, and 0 after regeneration', async () => {
    const args = ['--source', join(dir, 'article.txt'), '--out', join(dir, 'deck.md')]
    expect((await run(...args)).code).toBe(0)
    const fresh = await run(...args, '--check')
    expect(fresh.code).toBe(0)
    await writeFile(
      join(dir, 'article.txt'),
      fixtureText('original').replace('$83,5 juta', '$96,25 juta'),
    )
    const stale = await run(...args, '--check')
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/stale.*Slides that differ: pledges$/m)
  })
})

describe('the real process', () => {
  it('runs on Node 22.12 or later, which Slidev 53 needs (on Linux x64 the one npm ci installs)', async () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number]
    expect(major > 22 || (major === 22 && minor >= 12), `Node ${process.versions.node}`).toBe(true)
    // npm scripts and the tools they start find `node` on their PATH: that one too.
    const { stdout } = await promisify(execFile)('node', ['-p', 'process.versions.node'], {
      cwd: ROOT,
    })
    expect(stdout.trim()).toBe(process.versions.node)
  })

  it("runs through scripts/briefing.mjs, the npm scripts' entry, and sets the exit code", async () => {
    const exec = promisify(execFile)
    const { stdout } = await exec(
      process.execPath,
      [join(ROOT, 'scripts', 'briefing.mjs'), 'generate', '--help'],
      { cwd: ROOT },
    )
    expect(stdout).toContain('Usage: npm run generate')
    const failed = await exec(
      process.execPath,
      [
        join(ROOT, 'scripts', 'briefing.mjs'),
        'generate',
        '--source',
        join(dir, 'nope.txt'),
        '--out',
        join(dir, 'deck.md'),
      ],
      { cwd: ROOT },
    ).catch(error => error)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/^error: .*nope\.txt: cannot read the article/)
  })
})

describe('exit codes that tell whose problem it is', () => {
  async function command(argv: string[], env: Record<string, string | undefined> = {}) {
    const saved = Object.fromEntries(Object.keys(env).map(key => [key, process.env[key]]))
    Object.assign(process.env, env)
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key]
    try {
      const { io, out, err } = capture(dir)
      const code = await main(argv, io)
      return { code, stdout: out.join(''), stderr: err.join('') }
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
    }
  }
  const oneLine = (stderr: string): string[] =>
    stderr.split('\n').filter(line => line.startsWith('error: ') || /^\s+at /u.test(line))

  it('exits 5 with one line and the fix when an output path cannot be written (generate, export)', async () => {
    const file = join(dir, 'a-file')
    await writeFile(file, 'not a folder')
    const source = join(dir, 'article.txt')
    await writeFile(source, fixtureText('original'))
    const generated = await command([
      'generate',
      '--source',
      source,
      '--out',
      join(file, 'deck.md'),
    ])
    expect(generated.code).toBe(5)
    expect(oneLine(generated.stderr)).toHaveLength(1)
    expect(generated.stderr).toMatch(
      new RegExp(
        `^error: cannot write ${join(file, 'deck.md')}: a part of the path is a file, not a folder \\((?:ENOTDIR|EEXIST)\\); choose another output path, or fix the folder's permissions$`,
        'mu',
      ),
    )
    const exported = await command(
      ['export', '--deck', join(ROOT, 'slides', 'slides.md'), '--out', join(file, 'briefing.pdf')],
      { CHROME_PATH: process.execPath },
    )
    expect(exported.code).toBe(5)
    expect(oneLine(exported.stderr)).toHaveLength(1)
    expect(exported.stderr).toMatch(
      /a part of the path is a file, not a folder \((?:ENOTDIR|EEXIST)\)/u,
    )
  })

  it('exits 3 when there is no browser, with how to get one', async () => {
    const result = await command(
      ['export', '--deck', join(ROOT, 'slides', 'slides.md'), '--out', join(dir, 'x.pdf')],
      { CHROME_PATH: join(dir, 'no-chromium') },
    )
    expect(result.code).toBe(3)
    expect(oneLine(result.stderr)).toEqual([
      `error: CHROME_PATH is set to ${join(dir, 'no-chromium')}, but no file is there: point it at a Chromium binary, or unset it`,
    ])
  })

  it('exits 4 when the browser does not start, in one line', { timeout: 120_000 }, async () => {
    // A program that is not Chromium: it exits at once, as a crashed Chromium would.
    const fake = join(dir, 'fake-chromium')
    await writeFile(fake, '#!/bin/sh\necho "fake chromium crashed" >&2\nexit 1\n', { mode: 0o755 })
    const result = await command(
      ['export', '--deck', join(ROOT, 'slides', 'slides.md'), '--out', join(dir, 'x.pdf')],
      { CHROME_PATH: fake },
    )
    expect(result.code).toBe(4)
    expect(oneLine(result.stderr)).toHaveLength(1)
    expect(result.stderr).toMatch(/^error: Chromium at .*fake-chromium did not start/mu)
  })

  it('exits 4 when Slidev cannot build the deck, with the file and the reason in one line', {
    timeout: 120_000,
  }, async () => {
    // A deck beside the bundled one whose layout does not compile.
    const folder = await mkdtemp(join(ROOT, 'slides', '.test-broken-'))
    try {
      await mkdir(join(folder, 'layouts'))
      await writeFile(
        join(folder, 'layouts', 'broken.vue'),
        '<template><div>{{ </div></template>\n',
      )
      await writeFile(
        join(folder, 'deck.md'),
        '---\ntheme: default\nlayout: broken\n---\n\n# Judul\n',
      )
      // As a process of its own, as people run it: Slidev keeps the first deck's folder for a whole
      // process.
      const result = await promisify(execFile)(
        process.execPath,
        [
          join(ROOT, 'scripts', 'briefing.mjs'),
          'export',
          '--deck',
          join(folder, 'deck.md'),
          '--out',
          join(dir, 'x.pdf'),
        ],
        { cwd: ROOT },
      ).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      )
      expect(result.code).toBe(4)
      expect(oneLine(result.stderr)).toHaveLength(1)
      expect(result.stderr).toMatch(
        /^error: Building .*deck\.md with Slidev failed: .*broken\.vue:\d+:\d+: Interpolation end sign was not found\.$/mu,
      )
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it("runs every command's options through one parser: unknown flags are usage errors (2)", async () => {
    for (const name of ['generate', 'export', 'build', 'dev', 'browser', 'docs']) {
      const result = await command([name, '--no-such-flag'])
      expect(result.code, name).toBe(2)
      expect(result.stderr, name).toContain("Unknown option '--no-such-flag'")
    }
  })
})
