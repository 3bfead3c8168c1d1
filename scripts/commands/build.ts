import { resolve } from 'node:path'
import { EXIT } from '../errors.js'
import { findBrowser } from '../export/browser.js'
import { exportDeck } from '../export/export-deck.js'
import type { Io } from '../io.js'
import { generateOnce, generateOptions } from './generate.js'
import { parseOptions } from './options.js'

export const BUILD_HELP = `Usage: npm run build -- [options]

The main job: regenerate the deck from the article, build the static deck into
dist/ and export the PDF (one page per slide, with an outline) and the handout
(each slide with its source sentences, for readers who were not in the room).

Options:
  --source FILE      article (default: source/article.md)
  --dist DIR         static deck folder (default: dist)
  --pdf FILE         PDF to write (default: exports/briefing.pdf)
  --handout FILE     handout PDF to write (default: exports/briefing-handout.pdf)
  --strict           stop when a section of the deck is missing
  -h, --help         show this help

Examples:
  npm run build
  npm run build -- --source my-article.txt --pdf /tmp/briefing.pdf
`

/** The build command: generate, build the static deck, export the PDF. Returns the exit code. */
export async function buildCommand(argv: string[], io: Io): Promise<number> {
  const values = parseOptions(argv, {
    source: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    pdf: { type: 'string', default: 'exports/briefing.pdf' },
    handout: { type: 'string', default: 'exports/briefing-handout.pdf' },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) {
    io.stdout(BUILD_HELP)
    return EXIT.ok
  }
  const started = Date.now()
  io.stderr('[1/3] Generating the deck from the article…\n')
  const options = generateOptions(io.cwd, { source: values.source, strict: values.strict })
  await generateOnce(options, io)
  io.stderr('[2/3] Finding Chromium…\n')
  const browser = await findBrowser(io)
  const dist = resolve(io.cwd, values.dist)
  const pdf = resolve(io.cwd, values.pdf)
  const handout = resolve(io.cwd, values.handout)
  io.stderr(`[3/3] Building the static deck into ${dist} and exporting ${pdf} and ${handout} (Chromium: ${browser})…\n`)
  await exportDeck({ deck: options.out, out: pdf, format: 'pdf', browser, dist, handout }, io)
  io.stderr(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${dist}/index.html, ${pdf} and ${handout}\n`)
  return EXIT.ok
}
