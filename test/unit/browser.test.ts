import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CHROMIUM_ARGS,
  findBrowser,
  locateBrowser,
  withTextLayout,
} from '../../scripts/export/browser.js'

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

describe("locateBrowser: CHROME_PATH, then Playwright's cache, then the PATH", () => {
  it('takes CHROME_PATH first, and names it when nothing is there', async () => {
    const chrome = await fakeBinary(join(dir, 'custom', 'chrome'))
    await fakeBinary(join(dir, 'bin', 'chromium'))
    process.env.CHROME_PATH = chrome
    expect(locateBrowser()).toBe(chrome)
    process.env.CHROME_PATH = join(dir, 'nowhere')
    expect(() => locateBrowser()).toThrow(/CHROME_PATH is set to .*nowhere, but no file is there/)
  })

  it('refuses a CHROME_PATH that is a folder or not executable, as "no browser" (exit 3)', async () => {
    process.env.CHROME_PATH = dir
    expect(() => locateBrowser()).toThrow(
      expect.objectContaining({
        code: 3,
        message: expect.stringMatching(
          /CHROME_PATH is set to .*, which is a folder: point it at a Chromium binary/u,
        ),
      }),
    )
    await writeFile(join(dir, 'plain'), 'not a program')
    process.env.CHROME_PATH = join(dir, 'plain')
    expect(() => locateBrowser()).toThrow(
      expect.objectContaining({
        code: 3,
        message: expect.stringMatching(/which is not an executable file/u),
      }),
    )
  })

  it("prefers the newest Chromium in Playwright's cache to the PATH", async () => {
    await fakeBinary(join(dir, 'bin', 'chromium'))
    await fakeBinary(join(dir, 'cache', 'chromium-1100', 'chrome-linux', 'chrome'))
    const newest = await fakeBinary(join(dir, 'cache', 'chromium-1200', 'chrome-linux', 'chrome'))
    expect(locateBrowser()).toBe(newest)
  })

  it('looks for chromium-headless-shell, chromium, chromium-browser and google-chrome on the PATH, in that order', async () => {
    const chrome = await fakeBinary(join(dir, 'bin', 'google-chrome'))
    expect(locateBrowser()).toBe(chrome)
    const chromiumBrowser = await fakeBinary(join(dir, 'bin', 'chromium-browser'))
    expect(locateBrowser()).toBe(chromiumBrowser)
    const chromium = await fakeBinary(join(dir, 'bin', 'chromium'))
    expect(locateBrowser()).toBe(chromium)
    const shell = await fakeBinary(join(dir, 'bin', 'chromium-headless-shell'))
    expect(locateBrowser()).toBe(shell)
  })

  it('finds nothing on an empty machine', () => {
    expect(locateBrowser()).toBeUndefined()
  })
})

describe("withTextLayout: the browser for Slidev's exporter", () => {
  it("starts the browser with the text layout switch and every argument it is given, whatever the browser's path", async () => {
    // A "browser" that prints its arguments, at a path with a space and a quote in it.
    const browser = join(dir, "odd 'path'", 'chrome')
    await mkdir(join(browser, '..'), { recursive: true })
    await writeFile(browser, '#!/bin/sh\nfor arg in "$@"; do echo "$arg"; done\n', { mode: 0o755 })
    const program = await withTextLayout(browser, dir)
    const printed = execFileSync(program, ['--headless', 'a b'], { encoding: 'utf8' })
      .trim()
      .split('\n')
    expect(printed).toEqual(['--font-render-hinting=none', '--headless', 'a b'])
    expect(CHROMIUM_ARGS).toContain('--font-render-hinting=none')
  })
})

describe('findBrowser on Debian as root, with no browser', () => {
  const io = { stdout: () => {}, stderr: () => {}, cwd: '/' }

  // A fake apt-get on the PATH: it logs each call and "installs" only the packages in `packaged`.
  async function fakeApt(packaged: Record<string, string>): Promise<string> {
    const calls = join(dir, 'apt-calls')
    const installs = Object.entries(packaged)
      .map(
        ([name, binary]) =>
          `  *" ${name} "*) printf '#!/bin/sh\\n' > '${join(dir, 'bin', binary)}'; /bin/chmod +x '${join(dir, 'bin', binary)}'; exit 0 ;;`,
      )
      .join('\n')
    await fakeBinary(join(dir, 'bin', 'apt-get'))
    await writeFile(
      join(dir, 'bin', 'apt-get'),
      `#!/bin/sh\necho "$*" >> '${calls}'\n[ "$1" = update ] && exit 0\ncase " $* " in\n${installs}\nesac\nexit 100\n`,
    )
    return calls
  }

  it("installs Debian's headless shell, and says so", async () => {
    const calls = await fakeApt({ 'chromium-headless-shell': 'chromium-headless-shell' })
    const messages: string[] = []
    expect(await findBrowser({ ...io, stderr: text => messages.push(text) }, false, true)).toBe(
      join(dir, 'bin', 'chromium-headless-shell'),
    )
    expect((await readFile(calls, 'utf8')).trim().split('\n')).toEqual([
      'install -y -q chromium-headless-shell fonts-noto-color-emoji',
    ])
    expect(messages.join('')).toMatch(
      /^No Chromium found: installing Debian's headless Chromium \(apt-get install -y chromium-headless-shell fonts-noto-color-emoji\), log in /u,
    )
  })

  it('installs the full browser when the headless shell is not packaged, after one apt-get update', async () => {
    const calls = await fakeApt({ chromium: 'chromium' })
    expect(await findBrowser(io, false, true)).toBe(join(dir, 'bin', 'chromium'))
    expect((await readFile(calls, 'utf8')).trim().split('\n')).toEqual([
      'install -y -q chromium-headless-shell fonts-noto-color-emoji',
      'update -q',
      'install -y -q chromium-headless-shell fonts-noto-color-emoji',
      'install -y -q chromium fonts-noto-color-emoji',
    ])
  })

  it('stops with exit 3, how to get one and the log, when nothing can be installed', async () => {
    await fakeApt({})
    const error = await findBrowser(io, false, true).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 3 })
    expect((error as Error).message).toMatch(
      /^No Chromium found: install one \(Debian\/Ubuntu: apt-get install -y chromium-headless-shell\) or set CHROME_PATH to its binary; apt's output is in .*briefing-apt-.*\.log$/u,
    )
  })
})
