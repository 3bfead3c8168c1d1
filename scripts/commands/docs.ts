import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { EXIT } from '../errors.js'
import { findBrowser } from '../export/browser.js'
import { exportDeck } from '../export/export-deck.js'
import type { Io } from '../io.js'
import { slidesByAlias } from '../report/change-report.js'
import { generateOnce, generateOptions } from './generate.js'

export const DOCS_HELP = `Usage: npm run docs

Regenerate the README's pictures: export the bundled deck to PNG with the
project's own export, and copy the cover and drives slides to docs/.
`

/** Slides shown in the README, by route alias. */
const PICTURES = ['cover', 'drives']

/** The docs command: refresh docs/cover.png and docs/drives.png. */
export async function docsCommand(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(DOCS_HELP)
    return EXIT.ok
  }
  const options = generateOptions(io.cwd)
  await generateOnce(options, io)
  const folder = await mkdtemp(join(tmpdir(), 'briefing-docs-'))
  try {
    await exportDeck({ deck: options.out, out: join(folder, 'png'), format: 'png', browser: await findBrowser(io) }, io)
    const aliases = [...slidesByAlias(await readFile(options.out, 'utf8')).keys()]
    await mkdir(resolve(io.cwd, 'docs'), { recursive: true })
    for (const alias of PICTURES) {
      const target = resolve(io.cwd, 'docs', `${alias}.png`)
      await copyFile(join(folder, 'png', `${aliases.indexOf(alias) + 1}.png`), target)
      io.stderr(`wrote ${target}\n`)
    }
  }
  finally {
    await rm(folder, { recursive: true, force: true })
  }
  return EXIT.ok
}
