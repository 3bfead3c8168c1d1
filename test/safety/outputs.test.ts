import { execFile, execFileSync, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, it } from 'vitest'
import { serveDist } from '../../scripts/export/serve.js'
import { main } from '../../scripts/main.js'
import { fixtureText, ROOT } from '../helpers.js'

// A careless or hostile command line never destroys a file: an output that is an input, a device, a
// link or someone's folder is refused with one line, and a failed write leaves every old file as it
// was.
const SENTINEL = '# the previous deck, which a refused run must leave alone\n'
let dir: string
let article: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-outputs-'))
  article = join(dir, 'article.txt')
  await writeFile(article, fixtureText('original'))
  await writeFile(join(dir, 'deck.md'), SENTINEL)
})

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, {
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    cwd: dir,
  })
  const errors = err
    .join('')
    .split('\n')
    .filter(line => line.startsWith('error: ') || /^\s+at /u.test(line))
  return { code, stderr: err.join(''), errors }
}

/** Every file under the test folder, with its content, to prove that nothing changed. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name)] = await readFile(
        join(entry.parentPath, entry.name),
        'utf8',
      )
  }
  return files
}

describe('an output that is an input is refused (exit 2, one line), and nothing is written', () => {
  const cases: Array<[string, (d: string) => string[], RegExp]> = [
    [
      'generate --out the article',
      d => ['generate', '--source', join(d, 'article.txt'), '--out', join(d, 'article.txt')],
      /^error: --out article\.txt is the same file as --source article\.txt, the input: it would be overwritten; choose another --out$/u,
    ],
    [
      'generate --json the article, spelt another way',
      d => [
        'generate',
        '--source',
        join(d, 'article.txt'),
        '--out',
        join(d, 'deck.md'),
        '--json',
        join(d, 'sub', '..', 'article.txt'),
      ],
      /^error: --json .* is the same file as --source .*, the input/u,
    ],
    [
      'generate --json the deck',
      d => [
        'generate',
        '--source',
        join(d, 'article.txt'),
        '--out',
        join(d, 'deck.md'),
        '--json',
        join(d, 'deck.md'),
      ],
      /^error: --json deck\.md is the same file as --out deck\.md, the output/u,
    ],
    [
      'generate --out a hard link to the article',
      d => ['generate', '--source', join(d, 'article.txt'), '--out', join(d, 'hard-link.txt')],
      /is the same file as --source/u,
    ],
    [
      'export --out the deck',
      d => ['export', '--deck', join(d, 'deck.md'), '--out', join(d, 'deck.md')],
      /^error: --out deck\.md is the same file as --deck deck\.md, the input/u,
    ],
    [
      'export --out the article it regenerates from',
      d => ['export', '--source', join(d, 'article.txt'), '--out', join(d, 'article.txt')],
      /^error: --out article\.txt is the same file as --source article\.txt, the input/u,
    ],
    [
      'build --pdf the article',
      d => ['build', '--source', join(d, 'article.txt'), '--pdf', join(d, 'article.txt')],
      /^error: --pdf article\.txt is the same file as --source article\.txt, the input/u,
    ],
    [
      'build --handout the PDF',
      d => [
        'build',
        '--source',
        join(d, 'article.txt'),
        '--pdf',
        join(d, 'b.pdf'),
        '--handout',
        join(d, 'b.pdf'),
      ],
      /^error: --handout b\.pdf is the same file as --pdf b\.pdf, the output/u,
    ],
  ]
  it.each(cases)('%s', async (_name, argv, message) => {
    await mkdir(join(dir, 'sub'))
    execFileSync('ln', [article, join(dir, 'hard-link.txt')])
    const before = await snapshot()
    process.chdir(dir)
    try {
      const result = await run(...argv(dir))
      expect(result.code).toBe(2)
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]).toMatch(message)
    } finally {
      process.chdir(ROOT)
    }
    expect(await snapshot()).toEqual(before)
  })
})

describe('an output that is not a regular file is left alone (exit 2, one line)', () => {
  const cases: Array<[string, (path: string) => Promise<void>, RegExp]> = [
    [
      'a character device (as /dev/null is)',
      async path => {
        execFileSync('mknod', [path, 'c', '1', '3'])
      },
      /is a device: an output replaces only a regular file/u,
    ],
    [
      'a symbolic link to a file',
      async path => symlink(join(dir, 'deck.md'), path),
      /is a symbolic link: an output replaces only a regular file/u,
    ],
    [
      'a named pipe',
      async path => {
        execFileSync('mkfifo', [path])
      },
      /is a named pipe \(FIFO\)/u,
    ],
    ['a folder', async path => mkdir(path), /is a folder: an output replaces only a regular file/u],
  ]
  it.each(cases)('%s', async (_name, make, message) => {
    const out = join(dir, 'special')
    await make(out)
    const result = await run('generate', '--source', article, '--out', out)
    expect(result.code).toBe(2)
    expect(result.errors).toEqual([expect.stringMatching(message)])
    const json = await run(
      'generate',
      '--source',
      article,
      '--out',
      join(dir, 'deck.md'),
      '--json',
      out,
    )
    expect(json.code).toBe(2)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(SENTINEL)
    expect(execFileSync('stat', ['-c', '%F', out], { encoding: 'utf8' }).trim()).not.toBe(
      'regular file',
    )
  })

  it('keeps a folder that is not a previous export: build --dist and export --format png refuse to replace it', async () => {
    await mkdir(join(dir, 'mine'))
    await writeFile(join(dir, 'mine', 'thesis.docx'), 'years of work')
    const built = await run(
      'build',
      '--source',
      article,
      '--dist',
      join(dir, 'mine'),
      '--pdf',
      join(dir, 'b.pdf'),
    )
    expect(built.code).toBe(2)
    expect(built.errors).toEqual([
      expect.stringMatching(
        /^error: --dist .*mine is a folder that holds other things than a built deck \(index\.html and assets\/\): it would be replaced; give a new folder$/u,
      ),
    ])
    const pngs = await run(
      'export',
      '--deck',
      join(ROOT, 'slides', 'slides.md'),
      '--format',
      'png',
      '--out',
      join(dir, 'mine'),
    )
    expect(pngs.code).toBe(2)
    expect(pngs.errors).toEqual([expect.stringMatching(/holds other things than only PNG pages/u)])
    expect(await readFile(join(dir, 'mine', 'thesis.docx'), 'utf8')).toBe('years of work')
  })
})

describe('file system errors are one line and exit 5', () => {
  it('writes through a loop of symbolic links: exit 5, no stack trace', async () => {
    await symlink(join(dir, 'loop'), join(dir, 'loop'))
    const result = await run('generate', '--source', article, '--out', join(dir, 'loop', 'deck.md'))
    expect(result.code).toBe(5)
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^error: cannot write .*loop\/deck\.md: a loop of symbolic links \(ELOOP\)/u,
      ),
    ])
  })

  it('writes a deck whose name is as long as the file system allows, and leaves no temporary file', async () => {
    const out = join(dir, `${'d'.repeat(252)}.md`)
    const result = await run('generate', '--source', article, '--out', out, '-q')
    expect(result.code).toBe(0)
    expect(await readFile(out, 'utf8')).toContain('routeAlias: cover')
    expect((await readdir(dir)).filter(name => name.includes('.tmp-'))).toEqual([])
  })

  it('writes neither the deck nor the model when the disk fills up while writing the model', async () => {
    const preload = `--import=${pathToFileURL(join(ROOT, 'test', 'support', 'full-disk.mjs')).href}`
    const failed = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'scripts', 'briefing.mjs'),
        'generate',
        '--source',
        article,
        '--out',
        join(dir, 'deck.md'),
        '--json',
        join(dir, 'model.json'),
      ],
      {
        env: { ...process.env, NODE_OPTIONS: preload, FULL_DISK_AT: 'model.json.tmp' },
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed.code).toBe(5)
    expect(failed.stderr).toMatch(
      /^error: cannot write .*model\.json: the disk is full \(ENOSPC\)/mu,
    )
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(SENTINEL)
    expect((await readdir(dir)).sort()).toEqual(['article.txt', 'deck.md'])
  })
})

describe('what killed runs leave behind', () => {
  /** The id of a process that has ended. */
  async function deadPid(): Promise<number> {
    const child = spawn('true')
    await new Promise(resolve => child.once('exit', resolve))
    return child.pid!
  }

  it('removes the temporary files of a process that is gone, and keeps those of one that runs', async () => {
    const dead = `.deck.md.tmp-${await deadPid()}-0123abcd`
    const sleeper = spawn('sleep', ['30'])
    const alive = `.deck.md.tmp-${sleeper.pid}-0123abcd`
    await writeFile(join(dir, dead), 'half a deck')
    await writeFile(join(dir, alive), 'a deck being written')
    try {
      expect(
        (await run('generate', '--source', article, '--out', join(dir, 'deck.md'), '-q')).code,
      ).toBe(0)
      const names = await readdir(dir)
      expect(names).not.toContain(dead)
      expect(names).toContain(alive)
    } finally {
      sleeper.kill()
    }
  })
})

describe("the export's local server", () => {
  it('answers a malformed %-escape or a path out of the deck with 400, and goes on serving', async () => {
    const dist = join(dir, 'dist')
    await mkdir(dist)
    await writeFile(join(dist, 'index.html'), '<p>deck</p>')
    const server = await serveDist(dist)
    try {
      const status = async (path: string) => (await fetch(`${server.url}${path}`)).status
      expect(await status('/%E0%A4%A')).toBe(400)
      // An escaped "../" stays inside the deck: the page of the deck, not the file.
      expect(await (await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).text()).toBe(
        '<p>deck</p>',
      )
      expect(await status('/a%00b')).toBe(400)
      expect(await status('/3')).toBe(200)
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405)
    } finally {
      await server.close()
    }
  })
})
