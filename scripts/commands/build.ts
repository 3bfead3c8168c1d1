import { join, resolve } from 'node:path'
import { EXIT } from '../errors.js'
import { findBrowser, whileStarting } from '../export/browser.js'
import { startPrinter } from '../export/printer.js'
import { exportDeck } from '../export/export-deck.js'
import type { Io } from '../io.js'
import { checkOutput, displayPath, refuseSameFiles } from '../io.js'
import { editsPath, updateDeck, updateOptions } from '../update-deck.js'
import { parseOptions } from './options.js'
import { stepsOn } from './steps.js'

export const BUILD_HELP = `Usage: npm run build -- [options]

The main job: regenerate the deck from the article, build the static deck into
dist/ and export the PDF (one page per slide, with an outline) and the handout
(each slide with its source sentences, for readers who were not in the room).

Options:
  --source FILE      article (default: source/article.md)
  --edits FILE       the editor's corrections (default: <article>.edits.yaml beside the
                     article; see README "Correcting the deck")
  --dist DIR         static deck folder (default: dist)
  --pdf FILE         PDF to write (default: exports/briefing.pdf)
  --handout FILE     handout PDF to write (default: exports/briefing-handout.pdf)
  --strict           stop when a section of the deck is missing
  --verbose          show Slidev's and apt's own output (else it goes to a log
                     file, named when a step fails)
  -h, --help         show this help

Examples:
  npm run build
  npm run build -- --source my-article.txt --pdf /tmp/briefing.pdf
`

/** The build command: generate, build the static deck, print the PDF and the handout. Returns the exit code. */
export async function buildCommand(argv: string[], io: Io): Promise<number> {
  const values = parseOptions(argv, {
    source: { type: 'string' },
    edits: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    pdf: { type: 'string', default: 'exports/briefing.pdf' },
    handout: { type: 'string', default: 'exports/briefing-handout.pdf' },
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) {
    io.stdout(BUILD_HELP)
    return EXIT.ok
  }
  const started = Date.now()
  const options = updateOptions(io.cwd, {
    source: values.source,
    edits: values.edits,
    strict: values.strict,
  })
  const dist = resolve(io.cwd, values.dist)
  const pdf = resolve(io.cwd, values.pdf)
  const handout = resolve(io.cwd, values.handout)
  await checkOutput(dist, '--dist', 'deck folder')
  await checkOutput(pdf, '--pdf')
  await checkOutput(handout, '--handout')
  await refuseSameFiles(
    [
      ['--pdf', pdf],
      ['--handout', handout],
      ['--dist', dist],
      ['the deck', options.out],
    ],
    [
      ['--source', options.source],
      ['--edits', editsPath(options)],
    ],
  )
  const steps = stepsOn(io, 4)
  // Chromium starts while the deck is generated and built.
  const browser = await findBrowser(io, values.verbose)
  const printer = startPrinter(browser)
  await whileStarting(printer, async () => {
    steps.start('Generating the deck from the article')
    await updateDeck(options, io)
    steps.done()
  })
  await exportDeck(
    {
      deck: options.out,
      out: pdf,
      format: 'pdf',
      browser,
      printer,
      dist,
      handout,
      verbose: values.verbose,
    },
    io,
    steps,
  )
  io.stderr(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${displayPath(join(dist, 'index.html'))}, ${displayPath(pdf)}, ${displayPath(handout)}\n`,
  )
  return EXIT.ok
}
