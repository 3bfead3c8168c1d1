import { resolve } from 'node:path'
import { CliError, EXIT } from '../errors.js'
import { findBrowser, whileStarting } from '../export/browser.js'
import { startPrinter } from '../export/printer.js'
import type { ExportFormat } from '../export/export-deck.js'
import { exportDeck, FORMATS } from '../export/export-deck.js'
import type { Io } from '../io.js'
import { checkOutput, displayPath, refuseSameFiles } from '../io.js'
import { editsPath, updateDeck, updateOptions } from '../update-deck.js'
import { parseOptions } from './options.js'
import { stepsOn } from './steps.js'

export const EXPORT_HELP = `Usage: npm run export -- [options]

Export the deck with Slidev and a local Chromium. Without --deck, the deck is
first regenerated from the article (--source).

Options:
  --deck FILE        deck to export (default: regenerate slides/slides.md from --source)
  --source FILE      article to regenerate from (default: source/article.md)
  --edits FILE       the editor's corrections (default: <article>.edits.yaml beside the
                     article; see README "Correcting the deck")
  --out PATH         output file, or folder for png (default: exports/briefing.pdf,
                     exports/briefing-handout.pdf, exports/briefing.pptx,
                     exports/briefing-editable.pptx, exports/png/)
  --format FORMAT    pdf, handout, pptx, pptx-editable or png (default: pdf):
                       handout        A4 pages, each slide with its source sentences
                                      and their line numbers under it, for readers
                                      who were not in the room
                       pptx           one picture per slide, presenter notes as notes
                       pptx-editable  native text boxes and shapes people can edit,
                                      presenter notes as notes; fonts are named, not
                                      embedded (the names are printed)
                       png            one image per slide
  --verbose          show Slidev's and apt's own output (else it goes to a log
                     file, named when a step fails)
  -h, --help         show this help

PDF and handout print from a static build of the deck that is kept and reused
while the deck, slides/ (layouts, components, style, public) and the lock file
are unchanged: a second export of the same deck starts no Slidev process.

The browser is found in this order: CHROME_PATH, Playwright's cache, then
chromium-headless-shell / chromium / chromium-browser / google-chrome on the
PATH. As root on Debian or Ubuntu, Debian's chromium-headless-shell package is
installed when none is found.

Examples:
  npm run export
  npm run export -- --format png
  npm run export -- --format handout
  npm run export -- --format pptx-editable --out exports/briefing-editable.pptx
  npm run export -- --deck test/fixtures/original/slides.md --out /tmp/original.pdf
`

const DEFAULT_OUT: Record<ExportFormat, string> = {
  pdf: 'exports/briefing.pdf',
  handout: 'exports/briefing-handout.pdf',
  pptx: 'exports/briefing.pptx',
  'pptx-editable': 'exports/briefing-editable.pptx',
  png: 'exports/png',
}

/** The export command: returns the exit code. */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const values = parseOptions(argv, {
    deck: { type: 'string' },
    source: { type: 'string' },
    edits: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string', default: 'pdf' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) {
    io.stdout(EXPORT_HELP)
    return EXIT.ok
  }
  const format = values.format as ExportFormat
  if (!FORMATS.includes(format))
    throw new CliError(
      `--format expects one of ${FORMATS.join(', ')}, found "${values.format}"`,
      EXIT.usage,
    )
  if (values.deck && (values.source || values.edits))
    throw new CliError(
      `--deck and ${values.source ? '--source' : '--edits'} cannot be combined: they regenerate the default deck`,
      EXIT.usage,
    )

  const out = resolve(io.cwd, values.out ?? DEFAULT_OUT[format])
  const generated =
    values.deck === undefined
      ? updateOptions(io.cwd, { source: values.source, edits: values.edits })
      : undefined
  await checkOutput(out, '--out', format === 'png' ? 'png folder' : 'file')
  await refuseSameFiles(
    [['--out', out]],
    generated
      ? [
          ['--source', generated.source],
          ['--edits', editsPath(generated)],
          ['the deck', generated.out],
        ]
      : [['--deck', resolve(io.cwd, values.deck!)]],
  )

  // Chromium starts while the deck is generated: the PDF and the handout print with it.
  const browser = await findBrowser(io, values.verbose)
  const printer = format === 'pdf' || format === 'handout' ? startPrinter(browser) : undefined
  const deck =
    generated === undefined
      ? resolve(io.cwd, values.deck!)
      : await whileStarting(printer, async () => {
          await updateDeck(generated, io)
          return generated.out
        })
  const { pptx } = await exportDeck(
    { deck, out, format, browser, printer, verbose: values.verbose },
    io,
    stepsOn(io, format === 'pdf' ? 2 : format === 'handout' ? 3 : 1),
  )
  io.stderr(`Exported ${displayPath(out)}\n`)
  if (pptx && pptx.fonts.length > 0) {
    io.stderr(
      `Fonts this PowerPoint names (not embedded; the people you send it to need them installed): ${pptx.fonts.join(', ')}\n`,
    )
  }
  return EXIT.ok
}
