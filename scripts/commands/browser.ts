import { EXIT } from '../errors.js'
import { findBrowser } from '../export/browser.js'
import type { Io } from '../io.js'
import { parseOptions } from './options.js'

export const BROWSER_HELP = `Usage: npm run browser -- [--verbose]

Print the path of the Chromium that export, build and the tests use. The search
order is CHROME_PATH, Playwright's cache, then chromium-headless-shell /
chromium / chromium-browser / google-chrome on the PATH. As root on Debian or
Ubuntu, Debian's chromium-headless-shell package is installed when none is found
(apt's output goes to a log file unless --verbose). Exits 3 when no Chromium can
be found or installed.
`

/** The browser command: find (or install) Chromium and print its path. */
export async function browserCommand(argv: string[], io: Io): Promise<number> {
  const values = parseOptions(argv, {
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) {
    io.stdout(BROWSER_HELP)
    return EXIT.ok
  }
  io.stdout(`${await findBrowser(io, values.verbose)}\n`)
  return EXIT.ok
}
