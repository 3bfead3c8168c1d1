import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { Browser } from 'playwright-core'
import { CliError, EXIT } from '../errors.js'
import type { Io } from '../io.js'
import { aptLog, installDebian, isDebianRoot } from './debian.js'

/**
 * Chromium's headless shell first: made for automation, it starts, opens a page and
 * prints in well under half the time of the full browser running headless.
 */
const PATH_NAMES = [
  'chromium-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
]

/** Where Debian's chromium-headless-shell keeps the binary its PATH script starts. */
const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'

/** Debian's packages installed when no Chromium is found: the headless shell, and an emoji font for the flags. */
const DEBIAN_PACKAGES = ['chromium-headless-shell', 'fonts-noto-color-emoji']
const FALLBACK_PACKAGES = ['chromium', 'fonts-noto-color-emoji']

/** The switch of CHROMIUM_ARGS that makes the headless shell lay text out as the full browser. */
const TEXT_LAYOUT = '--font-render-hinting=none'

/**
 * Flags for a headless Chromium on a machine with no outside network (root needs
 * --no-sandbox). Without font hinting, the headless shell lays text out exactly as the
 * full browser does (the full browser's default), so that a line wraps the same in both.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  TEXT_LAYOUT,
]

/**
 * A program in `folder` that starts `browser` with the text layout switch of
 * CHROMIUM_ARGS, for Slidev's exporter: it launches the browser itself and takes no
 * switches, and its PNG and PPTX must wrap every line as the PDF does.
 */
export async function withTextLayout(browser: string, folder: string): Promise<string> {
  const program = join(folder, 'chromium')
  const quoted = `'${browser.replace(/'/gu, "'\\''")}'`
  await writeFile(program, `#!/bin/sh\nexec ${quoted} ${TEXT_LAYOUT} "$@"\n`, { mode: 0o755 })
  return program
}

/**
 * Launch a headless Chromium; a failure to start is Chromium's (exit 4), told in one line.
 * The launch may be started early and awaited later: its failure is never an unhandled rejection.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  const launching = import('playwright-core')
    .then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS }))
    .catch((error: Error) => {
      throw new CliError(
        `Chromium at ${executablePath} did not start: ${error.message.split('\n')[0]}`,
        EXIT.crashed,
      )
    })
  launching.catch(() => {})
  return launching
}

/**
 * Run `work` while a printer's Chromium starts (so that the two overlap); when `work` fails, the
 * printer is closed before the error goes on.
 */
export async function whileStarting<T>(
  printer: { close: () => Promise<void> } | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work()
  } catch (error) {
    await printer?.close()
    throw error
  }
}

/** Chromium binaries in Playwright's browser cache, newest first. */
function playwrightCache(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  if (!existsSync(cache)) return []
  return readdirSync(cache)
    .filter(name => /^chromium(?:_headless_shell)?-\d+$/u.test(name))
    .sort()
    .reverse()
    .flatMap(name =>
      [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-headless-shell-linux64/chrome-headless-shell',
      ].map(binary => join(cache, name, binary)),
    )
}

function onPath(name: string): string | undefined {
  const found = (process.env.PATH ?? '')
    .split(delimiter)
    .map(dir => join(dir, name))
    .find(file => existsSync(file))
  // Debian's chromium-headless-shell on the PATH is a script that starts the binary: the binary
  // itself saves a shell.
  return found === '/usr/bin/chromium-headless-shell' && existsSync(DEBIAN_HEADLESS_SHELL)
    ? DEBIAN_HEADLESS_SHELL
    : found
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Find a Chromium: CHROME_PATH, then Playwright's cache, then the PATH. */
export function locateBrowser(): string | undefined {
  const configured = process.env.CHROME_PATH
  if (configured) {
    if (!existsSync(configured))
      throw new CliError(
        `CHROME_PATH is set to ${configured}, but no file is there: point it at a Chromium binary, or unset it`,
        EXIT.noBrowser,
      )
    if (!isExecutableFile(configured))
      throw new CliError(
        `CHROME_PATH is set to ${configured}, which is ${statSync(configured).isDirectory() ? 'a folder' : 'not an executable file'}: point it at a Chromium binary, or unset it`,
        EXIT.noBrowser,
      )
    return configured
  }
  return playwrightCache().find(file => existsSync(file)) ?? PATH_NAMES.map(onPath).find(Boolean)
}

/**
 * Find a Chromium, or install Debian's package when this is Debian/Ubuntu and we are root
 * (apt's output in a log file unless `verbose`). Otherwise stop with a one-line message
 * that says how to get one (exit 3).
 */
export async function findBrowser(
  io: Io,
  verbose = false,
  debianRoot = isDebianRoot(),
): Promise<string> {
  const found = locateBrowser()
  if (found) return found
  const log = debianRoot && !verbose ? aptLog('briefing-apt') : undefined
  if (debianRoot) {
    io.stderr(
      `No Chromium found: installing Debian's headless Chromium (apt-get install -y ${DEBIAN_PACKAGES.join(' ')})${log ? `, log in ${log}` : ''}…\n`,
    )
    // The full browser when the headless shell is not packaged (older releases, some of Ubuntu's).
    await installDebian(
      {
        choices: [DEBIAN_PACKAGES, FALLBACK_PACKAGES],
        installed: () => Boolean(locateBrowser()),
        log,
      },
      io,
    )
    const installed = locateBrowser()
    if (installed) return installed
  }
  throw new CliError(
    `No Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium-headless-shell) or set CHROME_PATH to its binary${log ? `; apt's output is in ${log}` : ''}`,
    EXIT.noBrowser,
  )
}
