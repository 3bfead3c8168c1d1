import { EXIT } from '../errors.js'
import { findBrowser } from '../export/browser.js'
import type { Io } from '../io.js'

export const BROWSER_HELP = `Usage: npm run browser

Print the path of the Chromium that export, build and the tests use. The search
order is CHROME_PATH, Playwright's cache, then chromium / chromium-browser /
google-chrome on the PATH. As root on Debian or Ubuntu, Debian's chromium package
is installed when none is found.
`

/** The browser command: find (or install) Chromium and print its path. */
export async function browserCommand(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(BROWSER_HELP)
    return EXIT.ok
  }
  io.stdout(`${await findBrowser(io)}\n`)
  return EXIT.ok
}
