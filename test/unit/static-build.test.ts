import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildKey, buildProblem, checkRoots } from '../../scripts/export/static-build.js'
import { ROOT } from '../helpers.js'

// The static build is reused while its key is unchanged: every input must change the key,
// or a stale PDF could be printed; what is not an input must not, or nothing is reused.
describe('the key of a static build', () => {
  let dir: string
  let inputs: { deck: string; design: string; lock: string }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-key-'))
    await cp(join(ROOT, 'slides'), join(dir, 'slides'), {
      recursive: true,
      filter: source => !/node_modules|\.slidev/u.test(source),
    })
    await cp(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'))
    inputs = {
      deck: join(dir, 'slides', 'slides.md'),
      design: join(dir, 'slides'),
      lock: join(dir, 'package-lock.json'),
    }
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('changes with the deck, the style, a layout, a component, a public file, a new design file and the lock file', async () => {
    const edits: Array<[string, string, string]> = [
      ['the deck', 'slides/slides.md', '\n<!-- one more note -->\n'],
      ['the style', 'slides/style.css', '\n.x { color: red; }\n'],
      ['a layout', 'slides/layouts/cover.vue', '\n<!-- -->\n'],
      ['a component', 'slides/components/Masthead.vue', '\n<!-- -->\n'],
      ['a public file', 'slides/public/favicon.svg', '\n'],
      ['a new design file', 'slides/public/logo.svg', '<svg/>'],
      ['the lock file', 'package-lock.json', '\n'],
    ]
    const keys = [await buildKey(inputs)]
    for (const [what, file, addition] of edits) {
      const { appendFile } = await import('node:fs/promises')
      await appendFile(join(dir, file), addition)
      keys.push(await buildKey(inputs))
      expect(keys.at(-1), what).not.toBe(keys.at(-2))
    }
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("does not change with another deck beside it, Slidev's own folder or node_modules", async () => {
    const before = await buildKey(inputs)
    await writeFile(join(dir, 'slides', 'other.md'), '# another deck\n')
    await writeFile(join(dir, 'slides', '.test-deck.md'), '# a test deck\n')
    await cp(join(dir, 'slides', 'style.css'), join(dir, 'slides', '.slidev-cache.css'))
    expect(await buildKey(inputs)).toBe(before)
  })
})

describe("building with Slidev in the CLI's process", () => {
  it('refuses a deck from another folder than the one Slidev resolved first in this process', () => {
    expect(() => checkRoots('/work/slides', '/work/slides/slides.md')).not.toThrow()
    expect(() => checkRoots('/work/slides/', '/work/slides/other.md')).not.toThrow()
    expect(() => checkRoots('/work/slides', '/tmp/elsewhere/deck.md')).toThrow(
      /already built a deck from \/work\/slides in this process .*build it in a process of its own/u,
    )
  })

  it("tells a failed build in one line: the first error's place and reason, without colour codes", () => {
    const rolldown =
      '\u001B[31mBuild failed with 1 error:\n\n[plugin vite:vue] /d/layouts/broken.vue:6:16\nRolldownError: Interpolation end sign was not found.\nSyntaxError: Interpolation end sign was not found.\n    at createCompilerError (/x.js:1:1)\u001B[39m'
    expect(buildProblem(rolldown)).toBe(
      '[plugin vite:vue] /d/layouts/broken.vue:6:16: Interpolation end sign was not found.',
    )
    expect(buildProblem("ENOENT: no such file, open '/d/deck.md'\n    at open (x)")).toBe(
      "ENOENT: no such file, open '/d/deck.md'",
    )
  })
})
