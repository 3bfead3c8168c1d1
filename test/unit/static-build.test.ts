import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildKey } from '../../scripts/export/static-build.js'
import { ROOT } from '../helpers.js'

// The static build is reused while its key is unchanged: every input must change the key,
// or a stale PDF could be printed; what is not an input must not, or nothing is reused.
describe('the key of a static build', () => {
  let dir: string
  let inputs: { deck: string, design: string, lock: string }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-key-'))
    await cp(join(ROOT, 'slides'), join(dir, 'slides'), { recursive: true, filter: source => !/node_modules|\.slidev/u.test(source) })
    await cp(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'))
    inputs = { deck: join(dir, 'slides', 'slides.md'), design: join(dir, 'slides'), lock: join(dir, 'package-lock.json') }
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

  it('does not change with another deck beside it, Slidev\'s own folder or node_modules', async () => {
    const before = await buildKey(inputs)
    await writeFile(join(dir, 'slides', 'other.md'), '# another deck\n')
    await writeFile(join(dir, 'slides', '.test-deck.md'), '# a test deck\n')
    await cp(join(dir, 'slides', 'style.css'), join(dir, 'slides', '.slidev-cache.css'))
    expect(await buildKey(inputs)).toBe(before)
  })
})
