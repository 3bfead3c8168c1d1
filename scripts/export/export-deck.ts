import { cp, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { CliError, EXIT, outputError } from '../errors.js'
import type { Io } from '../io.js'
import type { OutputKind } from '../io.js'
import { checkOutput, displayPath, writeAtomic } from '../io.js'
import { removeStale, temporaryPath, track, untrack } from '../temporaries.js'
import { withTextLayout } from './browser.js'
import type { PptxNotesResult } from './pptx-notes.js'
import { writePptxNotes } from './pptx-notes.js'
import { type Printer, startPrinter } from './printer.js'
import { serveDist } from './serve.js'
import { runSlidev } from './slidev.js'
import { staticBuild } from './static-build.js'

export type ExportFormat = 'pdf' | 'handout' | 'pptx' | 'pptx-editable' | 'png'
export const FORMATS: ExportFormat[] = ['pdf', 'handout', 'pptx', 'pptx-editable', 'png']

/** What to export, and where. */
export interface ExportRequest {
  deck: string
  out: string
  format: ExportFormat
  browser: string
  /** Also copy the static deck here (the build command's dist/). */
  dist?: string
  /** With the PDF, also write the handout here. */
  handout?: string
  /** Slidev's own output as it comes, instead of a log file. */
  verbose?: boolean
  /** A printer already starting (for PDF and handout), so that its start overlaps the work before; closed here. */
  printer?: Printer
}

/** Long steps of an export, reported as they start and end. */
export interface Steps {
  start: (label: string) => void
  done: (detail?: string) => void
}

const silent: Steps = { start: () => {}, done: () => {} }

/** What an export found: for a PPTX, the fonts it names. */
export interface ExportResult {
  pptx?: PptxNotesResult
}

/** A temporary path beside `file` (its extension kept: Slidev adds one when it is missing), removed on Ctrl-C. */
function temporaryBeside(file: string): string {
  return track(temporaryPath(file, 'tmp', true))
}

/**
 * Replace `target` by `fresh` with renames only, so that the target is never half written. A folder
 * is replaced only when it is what the tool wrote there before (`checkOutput`).
 */
async function replace(fresh: string, target: string, kind: OutputKind): Promise<void> {
  await checkOutput(target, 'the output', kind)
  try {
    const isDirectory = (await stat(fresh)).isDirectory()
    if (!isDirectory) return await rename(fresh, target)
    const old = track(temporaryPath(target, 'old'))
    await rename(target, old).catch(() => {})
    await rename(fresh, target)
    await rm(old, { recursive: true, force: true })
    untrack(old)
  } catch (error) {
    throw outputError(target, error)
  } finally {
    untrack(fresh)
  }
}

/**
 * Export a deck. PDF and handout print from the static build of the deck, which is
 * reused while nothing it depends on changed (`static-build.ts`), with a Chromium of
 * our own: no Slidev process when the deck is unchanged. PPTX and PNG go through
 * Slidev's exporter (`slidev build --download`). Every output appears atomically.
 */
export async function exportDeck(
  request: ExportRequest,
  io: Io,
  steps: Steps = silent,
): Promise<ExportResult> {
  try {
    await mkdir(dirname(request.out), { recursive: true }).catch((error: unknown) => {
      throw outputError(request.out, error)
    })
    await removeStale(dirname(request.out))
    if (request.format === 'pdf' || request.format === 'handout')
      return await exportPrinted(request, io, steps)
    return await exportWithSlidev(request, io, steps)
  } finally {
    // A printer started for this export and not used (a failure before printing) is closed too.
    await request.printer?.close()
  }
}

async function exportPrinted(request: ExportRequest, io: Io, steps: Steps): Promise<ExportResult> {
  const markdown = await readFile(request.deck, 'utf8')
  // The print page opens as soon as Chromium is up, while the deck is built.
  const printer = request.printer ?? startPrinter(request.browser)
  printer.open(parseSync(markdown, 'slides.md').slides.length)
  try {
    steps.start('Building the static deck')
    const built = await staticBuild(request.deck, io, request.verbose)
    steps.done(
      built.cached
        ? 'reused: the deck and design are unchanged'
        : built.patched
          ? `patched ${built.patched.length} changed ${built.patched.length === 1 ? 'slide' : 'slides'} into the last build`
          : undefined,
    )
    if (request.dist) await copyDist(built.dist, request.dist)
    const pdf = request.format === 'pdf' ? request.out : temporaryBeside(request.out)
    const server = await serveDist(built.dist)
    try {
      steps.start(
        `Printing ${request.format === 'pdf' ? displayPath(request.out) : 'the slides'} with Chromium`,
      )
      const printed = await printer.print(server.url, markdown)
      await writeAtomic(pdf, printed.bytes)
      steps.done(`${printed.pages} pages`)
      const handout = request.format === 'handout' ? request.out : request.handout
      if (!handout) return {}
      steps.start(`Writing the handout ${displayPath(handout)}`)
      const written = await printer.handout(request.deck, pdf)
      await writeAtomic(handout, written.bytes)
      steps.done(`${written.pages} pages`)
      return {}
    } finally {
      await server.close()
      if (pdf !== request.out) {
        await rm(pdf, { force: true })
        untrack(pdf)
      }
    }
  } finally {
    await printer.close()
  }
}

async function copyDist(built: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true }).catch((error: unknown) => {
    throw outputError(target, error)
  })
  await removeStale(dirname(target))
  const fresh = track(temporaryPath(target))
  try {
    await cp(built, fresh, { recursive: true }).catch((error: unknown) => {
      throw outputError(target, error)
    })
    await replace(fresh, target, 'deck folder')
  } finally {
    await rm(fresh, { recursive: true, force: true })
    untrack(fresh)
  }
}

async function exportWithSlidev(
  request: ExportRequest,
  io: Io,
  steps: Steps,
): Promise<ExportResult> {
  const dist = await mkdtemp(join(tmpdir(), 'briefing-dist-'))
  const programs = await mkdtemp(join(tmpdir(), 'briefing-browser-'))
  const temporary = temporaryBeside(request.out)
  try {
    const browser = await withTextLayout(request.browser, programs)
    steps.start(`Building and exporting ${request.format.toUpperCase()} with Slidev`)
    await runSlidev(
      [
        'build',
        request.deck,
        '--out',
        dist,
        '--download',
        '--executable-path',
        browser,
        '--format',
        request.format,
        '--output',
        temporary,
        // The static deck makes no late requests: "load" is enough, and saves Playwright's 500 ms
        // of network idle.
        '--wait-until',
        'load',
      ],
      io,
      `Exporting ${basename(request.deck)} to ${request.format.toUpperCase()}`,
      request.verbose,
    )
    steps.done()
    const written =
      request.format === 'png' ? temporary : await findWritten(temporary, request.format)
    // Slidev writes each notes page as the notes' HTML source; a PPTX gets them as text.
    const pptx = request.format.startsWith('pptx')
      ? await writePptxNotes(written, request.deck)
      : undefined
    await replace(written, request.out, request.format === 'png' ? 'png folder' : 'file')
    return { pptx }
  } finally {
    await rm(temporary, { recursive: true, force: true })
    await rm(`${temporary}.${request.format.startsWith('pptx') ? 'pptx' : request.format}`, {
      force: true,
    })
    untrack(temporary)
    await rm(dist, { recursive: true, force: true })
    await rm(programs, { recursive: true, force: true })
  }
}

// Slidev appends the file's extension when the name lacks it.
async function findWritten(path: string, format: ExportFormat): Promise<string> {
  const extension = format.startsWith('pptx') ? 'pptx' : format
  for (const candidate of [path, `${path}.${extension}`]) {
    if (
      await stat(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate
  }
  throw new CliError(
    `Slidev reported success but wrote no ${extension.toUpperCase()} at ${path}`,
    EXIT.crashed,
  )
}
