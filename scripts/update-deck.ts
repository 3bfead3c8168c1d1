// Regenerating the deck file from the article file: read it, generate, check, write the deck (and
// the model) atomically and report what changed. Every command that regenerates (generate, watch,
// dev, export, build) goes through here.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { LabelLanguage } from './compile/labels.js'
import { CliError, EXIT } from './errors.js'
import type { GeneratedDeck } from './generate-deck.js'
import { coverageSummary, generateDeck, nothingToBrief } from './generate-deck.js'
import type { Io } from './io.js'
import {
  checkOutput,
  displayPath,
  refuseSameFiles,
  terminalText,
  writeAtomic,
  writeAtomicAll,
} from './io.js'
import { DEFAULT_MAX_BYTES, readArticle } from './parse/read-article.js'
import type { SectionChange } from './report/change-report.js'
import { SECTIONS } from './sections/index.js'
import { editableSections } from './edits/apply-edits.js'
import { defaultEditsPath, isEmpty, readEdits } from './edits/read-edits.js'

/** Where the deck comes from and goes to, and how it is made. */
export interface UpdateOptions {
  source: string
  out: string
  json?: string
  strict: boolean
  check: boolean
  watch: boolean
  maxBytes: number
  quiet: boolean
  labels: LabelLanguage
  /** The article's language (lang/index.ts). */
  language: string
  /** The editor's corrections; by default `<article>.edits.yaml` beside the article, when it exists. */
  edits?: string
  /** Print, for each review item and unused sentence, the edit that would show it. */
  explain?: boolean
}

/** Content sections: an article with none of them is not a briefing at all. */
const CONTENT_SECTIONS = SECTIONS.filter(section => section.content).map(section => section.name)

/** Update options with their defaults, paths resolved against `cwd`. */
export function updateOptions(
  cwd: string,
  given: Partial<Omit<UpdateOptions, 'json'>> & { json?: string } = {},
): UpdateOptions {
  return {
    source: resolve(cwd, given.source ?? 'source/article.md'),
    out: resolve(cwd, given.out ?? 'slides/slides.md'),
    json: given.json === undefined ? undefined : resolve(cwd, given.json),
    strict: given.strict ?? false,
    check: given.check ?? false,
    watch: given.watch ?? false,
    maxBytes: given.maxBytes ?? DEFAULT_MAX_BYTES,
    quiet: given.quiet ?? false,
    labels: given.labels ?? 'id',
    language: given.language ?? 'id',
    ...(given.edits !== undefined ? { edits: resolve(cwd, given.edits) } : {}),
    ...(given.explain ? { explain: true } : {}),
  }
}

/** The edits file of the deck: `--edits`, else `<article>.edits.yaml` beside the article. */
export function editsPath(options: UpdateOptions): string {
  return options.edits ?? defaultEditsPath(options.source)
}

/**
 * Read the article (and the editor's corrections) and generate the deck, or throw a CliError that
 * names the problem. `previous` is the deck as it was (an added span that was on it is stale).
 */
export async function buildDeck(options: UpdateOptions, previous?: string): Promise<GeneratedDeck> {
  const source = displayPath(options.source)
  const text = await readArticle(options.source, options.maxBytes, source)
  const edits = await readEdits(editsPath(options), editableSections(), options.edits !== undefined)
  const deck = generateDeck(text, source, {
    labels: options.labels,
    language: options.language,
    ...(isEmpty(edits) ? {} : { edits }),
    ...(previous !== undefined ? { previous } : {}),
  })
  if (nothingToBrief(deck.briefing)) {
    throw new CliError(
      `${source}: found none of the expected sections (${CONTENT_SECTIONS.join(', ')}); is this a news article about the event?`,
    )
  }
  if (options.strict && deck.missing.length > 0) {
    throw new CliError(
      `${source}: missing section${deck.missing.length > 1 ? 's' : ''} ${deck.missing.join(', ')} (--strict)`,
    )
  }
  if (options.strict && deck.edits.stale.length > 0) {
    throw new CliError(
      `${displayPath(edits.file)}: ${deck.edits.stale.length} stale edit${deck.edits.stale.length > 1 ? 's' : ''} (--strict): ${deck.edits.stale[0]!.reason}`,
    )
  }
  return deck
}

/** Print content warnings as `file:line:column: warning: …`. */
export function printWarnings(deck: GeneratedDeck, io: Io): void {
  for (const message of deck.file.messages) {
    const place = message.line ? `:${message.line}:${message.column ?? 1}` : ''
    io.stderr(`${terminalText(`${deck.file.path}${place}: warning: ${message.reason}`)}\n`)
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Regenerate once: write the deck (only when it changed), the JSON model if asked,
 * and print what changed. `onWritten` runs as soon as the deck is on disk.
 * Returns the exit code and the deck.
 */
export async function updateDeck(
  options: UpdateOptions,
  io: Io,
  previous?: string,
  onWritten?: () => void,
): Promise<{ code: number; markdown?: string }> {
  if (!options.check) await checkDeckOutputs(options)
  const existing = previous ?? (await readIfExists(options.out))
  const deck = await buildDeck(options, existing)
  printWarnings(deck, io)

  if (options.check) {
    if (existing === deck.markdown) {
      if (!options.quiet)
        io.stderr(`${displayPath(options.out)} is up to date with ${displayPath(options.source)}\n`)
      return { code: EXIT.ok, markdown: deck.markdown }
    }
    const { staleSlides } = await import('./report/change-report.js')
    const stale =
      existing === undefined ? ['(the deck does not exist)'] : staleSlides(existing, deck.markdown)
    io.stderr(
      `${displayPath(options.out)} is stale: regenerate it with npm run generate. Slides that differ: ${stale.join(', ')}\n`,
    )
    return { code: EXIT.content }
  }

  const changed = existing !== deck.markdown
  // The report parses both decks (Slidev's parser, an HTML parser): loaded only when the deck
  // changed.
  const reporter =
    existing === undefined || !changed ? undefined : await import('./report/change-report.js')
  const report = (): SectionChange[] =>
    (existing === undefined ? undefined : reporter?.changeReport(existing, deck.markdown)) ?? []
  let changes: SectionChange[] | undefined
  if (options.json) {
    // The deck and the model are written together: both or neither (a full disk leaves both as they
    // were).
    changes = report()
    await writeAtomicAll([
      ...(changed ? [{ file: options.out, data: deck.markdown }] : []),
      { file: options.json, data: modelJson(deck, changes) },
    ])
  } else if (changed) {
    await writeAtomic(options.out, deck.markdown)
  }
  // The deck is on disk: the dev server picks it up while the report is being made.
  onWritten?.()
  if (!options.quiet) {
    if (!changed) io.stderr(`${displayPath(options.out)}: unchanged\n`)
    else
      io.stderr(
        `${displayPath(options.out)}: ${existing === undefined ? 'written' : 'updated'}\n${reporter ? terminalText(reporter.formatReport(changes ?? report())) : ''}`,
      )
    // The editor's corrections that took effect, when the deck changed.
    if (changed && deck.edits.applied.length > 0)
      io.stderr(
        `  ${terminalText(`edits (${displayPath(editsPath(options))}): ${deck.edits.applied.join(', ')}`)}\n`,
      )
    io.stderr(`  ${coverageSummary(deck.coverage)}\n`)
    if (options.explain && deck.suggestions.length > 0) {
      io.stderr(
        `  to show what the deck leaves out, put one of these in ${displayPath(editsPath(options))}:\n`,
      )
      for (const suggestion of deck.suggestions) {
        io.stderr(
          `    ${terminalText(`${displayPath(options.source)}:${suggestion.line}:${suggestion.column} (${suggestion.about}): ${suggestion.edit}`)}\n`,
        )
      }
    }
  }
  return { code: EXIT.ok, markdown: deck.markdown }
}

/** The extracted model as `--json` writes it. */
function modelJson(deck: GeneratedDeck, changes: SectionChange[]): string {
  return `${JSON.stringify(
    {
      briefing: deck.briefing,
      missing: deck.missing,
      review: deck.review,
      warnings: deck.file.messages.map(message => ({
        reason: message.reason,
        line: message.line,
        column: message.column,
      })),
      coverage: deck.coverage,
      changes,
      edits: deck.edits,
      suggestions: deck.suggestions,
    },
    null,
    2,
  )}\n`
}

/**
 * Refuse, before anything is read or written, outputs that are not files (a link, a device, a
 * folder) and outputs that are the article itself or each other (exit 2, one line).
 */
export async function checkDeckOutputs(options: UpdateOptions): Promise<void> {
  const outputs: Array<[string, string]> = [
    ['--out', options.out],
    ...(options.json ? [['--json', options.json] as [string, string]] : []),
  ]
  for (const [option, path] of outputs) await checkOutput(path, option)
  await refuseSameFiles(outputs, [
    ['--source', options.source],
    ['--edits', editsPath(options)],
  ])
}
