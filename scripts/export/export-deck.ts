import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join } from 'node:path'
import { CliError } from '../errors.js'
import type { Io } from '../io.js'
import type { PptxNotesResult } from './pptx-notes.js'
import { writeHandout } from './handout.js'
import { writePptxNotes } from './pptx-notes.js'
import { runSlidev } from './slidev.js'

export type ExportFormat = 'pdf' | 'handout' | 'pptx' | 'pptx-editable' | 'png'
export const FORMATS: ExportFormat[] = ['pdf', 'handout', 'pptx', 'pptx-editable', 'png']

/** What to export, and where. */
export interface ExportRequest {
  deck: string
  out: string
  format: ExportFormat
  browser: string
  /** Where the static deck is built; a temporary folder when not given. */
  dist?: string
  /** With the PDF, also write the handout here. */
  handout?: string
}

function temporaryBeside(file: string): string {
  const ext = extname(file)
  return join(dirname(file), `.${basename(file, ext)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}${ext}`)
}

/** Replace `target` by `fresh` with renames only, so that the target is never half written. */
async function replace(fresh: string, target: string): Promise<void> {
  const isDirectory = (await stat(fresh)).isDirectory()
  if (!isDirectory) return rename(fresh, target)
  const old = `${target}.old-${process.pid}`
  await rename(target, old).catch(() => {})
  await rename(fresh, target)
  await rm(old, { recursive: true, force: true })
}

/**
 * Build the deck as a static site with Slidev and export it from that build in
 * the same run (`slidev build --download`): one Vite build, one Chromium, no dev
 * server. The output appears atomically at `out`.
 */
export async function exportDeck(request: ExportRequest, io: Io): Promise<{ pptx?: PptxNotesResult }> {
  await mkdir(dirname(request.out), { recursive: true })
  const dist = request.dist ?? await mkdtemp(join(tmpdir(), 'briefing-dist-'))
  const temporary = temporaryBeside(request.out)
  const handout = temporaryBeside(request.out)
  // The handout is made from the slides' PDF.
  const slidevFormat = request.format === 'handout' ? 'pdf' : request.format
  try {
    await runSlidev([
      'build', request.deck, '--out', dist, '--download',
      '--executable-path', request.browser, '--with-toc', '--format', slidevFormat, '--output', temporary,
      // The static deck makes no late requests: "load" is enough, and saves Playwright's 500 ms of network idle.
      '--wait-until', 'load',
    ], io, `Exporting ${request.deck} to ${request.format.toUpperCase()}`)
    const written = request.format === 'png' ? temporary : await findWritten(temporary, slidevFormat)
    // Slidev writes each notes page as the notes' HTML source; a PPTX gets them as text.
    const pptx = request.format.startsWith('pptx') ? await writePptxNotes(written, request.deck) : undefined
    if (request.format === 'handout') {
      await writeHandout({ deck: request.deck, slidesPdf: written, out: handout, browser: request.browser })
      await replace(handout, request.out)
    }
    else {
      await replace(written, request.out)
    }
    if (request.dist && request.format === 'pdf') {
      // The static deck's download button links to <exportFilename>.pdf beside index.html.
      await copyFile(request.out, join(request.dist, basename(request.out)))
    }
    if (request.handout && request.format === 'pdf') {
      await writeHandout({ deck: request.deck, slidesPdf: request.out, out: request.handout, browser: request.browser })
    }
    return { pptx }
  }
  finally {
    await rm(temporary, { recursive: true, force: true })
    await rm(handout, { force: true })
    if (!request.dist) await rm(dist, { recursive: true, force: true })
  }
}

// Slidev appends the file's extension when the name lacks it.
async function findWritten(path: string, format: ExportFormat): Promise<string> {
  const extension = format.startsWith('pptx') ? 'pptx' : format
  for (const candidate of [path, `${path}.${extension}`]) {
    if (await stat(candidate).then(() => true, () => false)) return candidate
  }
  throw new CliError(`Slidev reported success but wrote no ${extension.toUpperCase()} at ${path}`)
}
