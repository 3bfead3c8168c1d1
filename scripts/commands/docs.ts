import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { EXIT } from '../errors.js'
import { findBrowser } from '../export/browser.js'
import { writeContactSheet } from '../export/contact-sheet.js'
import { exportDeck } from '../export/export-deck.js'
import { slideTitle } from '../export/print.js'
import type { Io } from '../io.js'
import { updateDeck, updateOptions } from '../update-deck.js'
import { parseOptions } from './options.js'

export const DOCS_HELP = `Usage: npm run docs -- [options]

Regenerate the README's pictures with the project's own export: the cover and
points slides of the bundled deck (docs/cover.png, docs/points.png), a contact
sheet of every slide of it (docs/gallery.png), and one of each --also article
(docs/gallery-<name>.png, <name> being the article's folder, or its file name).

Options:
  --also FILE        another article to show as a contact sheet (repeatable;
                     npm run docs passes a corpus article of another shape)
  -h, --help         show this help
`

/** Slides shown in the README, by route alias. */
const PICTURES = ['cover', 'points']

/** The docs command: refresh the README's pictures. */
export async function docsCommand(argv: string[], io: Io): Promise<number> {
  const values = parseOptions(argv, {
    also: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) {
    io.stdout(DOCS_HELP)
    return EXIT.ok
  }
  const browser = await findBrowser(io)
  const docs = resolve(io.cwd, 'docs')
  await mkdir(docs, { recursive: true })
  const folder = await mkdtemp(join(tmpdir(), 'briefing-docs-'))
  try {
    const bundled = updateOptions(io.cwd)
    await updateDeck(bundled, io)
    const titles = await exportPngs(bundled.out, join(folder, 'bundled'), browser, io)
    for (const alias of PICTURES) {
      const target = join(docs, `${alias}.png`)
      await copyFile(join(folder, 'bundled', `${titles.aliases.indexOf(alias) + 1}.png`), target)
      io.stderr(`wrote ${target}\n`)
    }
    await sheet(
      join(folder, 'bundled'),
      titles.titles,
      `Bundled article: ${basename(bundled.source)}`,
      join(docs, 'gallery.png'),
      browser,
      io,
    )

    for (const also of values.also as string[]) {
      const source = resolve(io.cwd, also)
      const stem = basename(source).replace(/\.\w+$/u, '')
      const name = stem === 'article' ? basename(dirname(source)) : stem
      // The deck lives under slides/ for its layouts and style, under a name no one else uses, and
      // goes again.
      const deck = resolve(io.cwd, 'slides', `.docs-${randomBytes(4).toString('hex')}.md`)
      try {
        await updateDeck(updateOptions(io.cwd, { source, out: deck, quiet: true }), io)
        const shown = await exportPngs(deck, join(folder, name), browser, io)
        await sheet(
          join(folder, name),
          shown.titles,
          `Corpus article: ${name}`,
          join(docs, `gallery-${name}.png`),
          browser,
          io,
        )
      } finally {
        await rm(deck, { force: true })
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  return EXIT.ok
}

/** Export a deck's slides as PNGs into `out`; returns their titles and aliases in order. */
async function exportPngs(
  deck: string,
  out: string,
  browser: string,
  io: Io,
): Promise<{ titles: string[]; aliases: string[] }> {
  await exportDeck({ deck, out, format: 'png', browser }, io)
  const slides = parseSync(await readFile(deck, 'utf8'), deck).slides
  return {
    titles: slides.map(slideTitle),
    aliases: slides.map(slide => String(slide.frontmatter.routeAlias ?? '')),
  }
}

async function sheet(
  folder: string,
  titles: string[],
  heading: string,
  out: string,
  browser: string,
  io: Io,
): Promise<void> {
  await writeContactSheet({ folder, titles, heading, out, browser })
  io.stderr(`wrote ${out}\n`)
}
