import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { locateBrowser } from '../../scripts/export/browser.js'

let dir: string
const saved = { ...process.env }

async function fakeBinary(path: string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, '#!/bin/sh\n')
  await chmod(path, 0o755)
  return path
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-browser-'))
  delete process.env.CHROME_PATH
  process.env.PLAYWRIGHT_BROWSERS_PATH = join(dir, 'cache')
  process.env.PATH = join(dir, 'bin')
})

afterEach(() => {
  process.env = { ...saved }
})

describe('locateBrowser: CHROME_PATH, then Playwright\'s cache, then the PATH', () => {
  it('takes CHROME_PATH first, and names it when nothing is there', async () => {
    const chrome = await fakeBinary(join(dir, 'custom', 'chrome'))
    await fakeBinary(join(dir, 'bin', 'chromium'))
    process.env.CHROME_PATH = chrome
    expect(locateBrowser()).toBe(chrome)
    process.env.CHROME_PATH = join(dir, 'nowhere')
    expect(() => locateBrowser()).toThrow(/CHROME_PATH is set to .*nowhere, but no file is there/)
  })

  it('prefers the newest Chromium in Playwright\'s cache to the PATH', async () => {
    await fakeBinary(join(dir, 'bin', 'chromium'))
    await fakeBinary(join(dir, 'cache', 'chromium-1100', 'chrome-linux', 'chrome'))
    const newest = await fakeBinary(join(dir, 'cache', 'chromium-1200', 'chrome-linux', 'chrome'))
    expect(locateBrowser()).toBe(newest)
  })

  it('looks for chromium, chromium-browser and google-chrome on the PATH, in that order', async () => {
    const chrome = await fakeBinary(join(dir, 'bin', 'google-chrome'))
    expect(locateBrowser()).toBe(chrome)
    const chromium = await fakeBinary(join(dir, 'bin', 'chromium-browser'))
    expect(locateBrowser()).toBe(chromium)
  })

  it('finds nothing on an empty machine', () => {
    expect(locateBrowser()).toBeUndefined()
  })
})
