import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureTools } from '../support/system-tools.js'

// The tests' own setup: a fresh machine gets the Debian tools the tests run, or one line saying
// what is missing.
let dir: string
const saved = process.env.PATH

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-tools-'))
  await mkdir(join(dir, 'bin'))
  process.env.PATH = join(dir, 'bin')
})

afterEach(() => {
  process.env.PATH = saved
})

const tool = (name: string) => ({
  package: `pkg-${name}`,
  what: `${name} checks something`,
  present: () => existsSync(join(dir, 'bin', name)),
})

describe("the tests' system tools", () => {
  it('does nothing when every tool is there', async () => {
    await writeFile(join(dir, 'bin', 'here'), '')
    const written: string[] = []
    await ensureTools([tool('here')], true, text => written.push(text))
    expect(written).toEqual([])
  })

  it('stops with one line naming the packages when it cannot install them (not root on Debian)', async () => {
    await expect(ensureTools([tool('pdfx'), tool('office')], false)).rejects.toThrow(
      /^The tests need pkg-pdfx, pkg-office \(pdfx checks something; office checks something\): install them \(Debian\/Ubuntu: apt-get install -y --no-install-recommends pkg-pdfx pkg-office\)$/u,
    )
  })

  it('installs what is missing with apt-get on Debian as root, in one line of output', async () => {
    const calls = join(dir, 'calls')
    await writeFile(
      join(dir, 'bin', 'apt-get'),
      `#!/bin/sh\necho "$*" >> '${calls}'\n/usr/bin/touch '${join(dir, 'bin', 'pdfx')}'\n`,
    )
    await chmod(join(dir, 'bin', 'apt-get'), 0o755)
    const written: string[] = []
    await ensureTools([tool('pdfx')], true, text => written.push(text))
    expect(await readFile(calls, 'utf8')).toBe('install -y -q --no-install-recommends pkg-pdfx\n')
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(
      /^Installing what the tests need from Debian \(apt-get install -y --no-install-recommends pkg-pdfx\), log in .*\.log…\n$/u,
    )
  })

  it('fails with one line and the log when apt-get cannot install them', async () => {
    await writeFile(join(dir, 'bin', 'apt-get'), '#!/bin/sh\nexit 100\n')
    await chmod(join(dir, 'bin', 'apt-get'), 0o755)
    await expect(ensureTools([tool('pdfx')], true, () => {})).rejects.toThrow(
      /^Could not install pkg-pdfx for the tests .*; apt's output is in .*\.log$/u,
    )
  })
})
