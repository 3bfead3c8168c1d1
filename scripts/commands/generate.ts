import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError, EXIT } from '../errors.js'
import { nothingToBrief } from '../extract/extract-briefing.js'
import { coverageSummary, generateDeck } from '../generate-deck.js'
import type { GeneratedDeck } from '../generate-deck.js'
import type { Io } from '../io.js'
import { checkOutput, displayPath, refuseSameFiles, terminalText, writeAtomic, writeAtomicAll } from '../io.js'
import type { SectionChange } from '../report/change-report.js'
import { SECTIONS } from '../sections.js'
import type { LabelLanguage } from '../compile/labels.js'
import { LABEL_LANGUAGES } from '../compile/labels.js'
import { DEFAULT_MAX_BYTES, readArticle } from '../parse/read-article.js'
import { parseOptions } from './options.js'

export const GENERATE_HELP = `Usage: npm run generate -- [options]

Turn a news article (plain text) into the Slidev briefing deck.

Options:
  --source FILE      article to read (default: source/article.md)
  --out FILE         deck to write (default: slides/slides.md)
  --json FILE        also write the extracted model, with source positions
  --strict           exit 1 when a section of the deck is missing
  --check            write nothing; exit 1 when --out is not what --source produces
  --watch            regenerate on every save of --source (Ctrl-C to stop)
  --max-bytes N      refuse articles larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  --labels LANG      language of the slide labels: id (default, the article's) or en
  -q, --quiet        print only warnings and errors
  -h, --help         show this help

Exit codes: 0 ok, 1 input or content problem, 2 usage error.

Examples:
  npm run generate
  npm run generate -- --source my-article.txt --json tmp/model.json --strict
  npm run generate -- --check
`

/** Options of the generate command, after parsing. */
export interface GenerateOptions {
  source: string
  out: string
  json?: string
  strict: boolean
  check: boolean
  watch: boolean
  maxBytes: number
  quiet: boolean
  labels: LabelLanguage
}

/** Content sections: an article with none of them is not a briefing at all. */
const CONTENT_SECTIONS = SECTIONS.filter(section => section.content).map(section => section.name)

/** Generate options with their defaults, paths resolved against `cwd`. */
export function generateOptions(cwd: string, given: Partial<Omit<GenerateOptions, 'json'>> & { json?: string } = {}): GenerateOptions {
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
  }
}

/** Parse the command line of `generate`; throws a usage CliError on bad options. */
export function parseGenerateArgs(argv: string[], cwd: string): GenerateOptions | 'help' {
  const values = parseOptions(argv, {
    'source': { type: 'string' },
    'out': { type: 'string' },
    'json': { type: 'string' },
    'strict': { type: 'boolean', default: false },
    'check': { type: 'boolean', default: false },
    'watch': { type: 'boolean', default: false },
    'max-bytes': { type: 'string' },
    'labels': { type: 'string' },
    'quiet': { type: 'boolean', short: 'q', default: false },
    'help': { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) return 'help'
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes'])
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new CliError(`--max-bytes expects a positive whole number of bytes, found "${values['max-bytes']}"`, EXIT.usage)
  if (values.check && values.watch) throw new CliError('--check and --watch cannot be combined', EXIT.usage)
  const labels = values.labels ?? 'id'
  if (!(labels in LABEL_LANGUAGES)) throw new CliError(`--labels expects one of ${Object.keys(LABEL_LANGUAGES).join(', ')}, found "${labels}"`, EXIT.usage)
  return generateOptions(cwd, { ...values, maxBytes, labels: labels as LabelLanguage })
}

/** Read the article and generate the deck, or throw a CliError that names the problem. */
export async function buildDeck(options: GenerateOptions): Promise<GeneratedDeck> {
  const source = displayPath(options.source)
  const text = await readArticle(options.source, options.maxBytes, source)
  const deck = generateDeck(text, source, { labels: options.labels })
  if (nothingToBrief(deck.briefing)) {
    throw new CliError(`${source}: found none of the expected sections (${CONTENT_SECTIONS.join(', ')}); is this a news article about the event?`)
  }
  if (options.strict && deck.missing.length > 0) {
    throw new CliError(`${source}: missing section${deck.missing.length > 1 ? 's' : ''} ${deck.missing.join(', ')} (--strict)`)
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
  }
  catch {
    return undefined
  }
}

/**
 * Generate once: write the deck (only when it changed), the JSON model if asked,
 * and print what changed. `onWritten` runs as soon as the deck is on disk.
 * Returns the exit code and the deck.
 */
export async function generateOnce(options: GenerateOptions, io: Io, previous?: string, onWritten?: () => void): Promise<{ code: number, markdown?: string }> {
  if (!options.check) await checkGenerateOutputs(options)
  const deck = await buildDeck(options)
  printWarnings(deck, io)
  const existing = previous ?? await readIfExists(options.out)

  if (options.check) {
    if (existing === deck.markdown) {
      if (!options.quiet) io.stderr(`${displayPath(options.out)} is up to date with ${displayPath(options.source)}\n`)
      return { code: EXIT.ok, markdown: deck.markdown }
    }
    const { staleSlides } = await import('../report/change-report.js')
    const stale = existing === undefined ? ['(the deck does not exist)'] : staleSlides(existing, deck.markdown)
    io.stderr(`${displayPath(options.out)} is stale: regenerate it with npm run generate. Slides that differ: ${stale.join(', ')}\n`)
    return { code: EXIT.content }
  }

  const changed = existing !== deck.markdown
  // The report parses both decks (Slidev's parser, an HTML parser): loaded only when the deck changed.
  const reporter = existing === undefined || !changed ? undefined : await import('../report/change-report.js')
  const report = (): SectionChange[] => (existing === undefined ? undefined : reporter?.changeReport(existing, deck.markdown)) ?? []
  let changes: SectionChange[] | undefined
  if (options.json) {
    // The deck and the model are written together: both or neither (a full disk leaves both as they were).
    changes = report()
    await writeAtomicAll([...(changed ? [{ file: options.out, data: deck.markdown }] : []), { file: options.json, data: modelJson(deck, changes) }])
  }
  else if (changed) {
    await writeAtomic(options.out, deck.markdown)
  }
  // The deck is on disk: the dev server picks it up while the report is being made.
  onWritten?.()
  if (!options.quiet) {
    if (!changed) io.stderr(`${displayPath(options.out)}: unchanged\n`)
    else io.stderr(`${displayPath(options.out)}: ${existing === undefined ? 'written' : 'updated'}\n${reporter ? terminalText(reporter.formatReport(changes ?? report())) : ''}`)
    io.stderr(`  ${coverageSummary(deck.coverage)}\n`)
  }
  return { code: EXIT.ok, markdown: deck.markdown }
}

/** The extracted model as `--json` writes it. */
function modelJson(deck: GeneratedDeck, changes: SectionChange[]): string {
  return `${JSON.stringify({
    briefing: deck.briefing,
    missing: deck.missing,
    review: deck.review,
    warnings: deck.file.messages.map(message => ({ reason: message.reason, line: message.line, column: message.column })),
    coverage: deck.coverage,
    changes,
  }, null, 2)}\n`
}

/**
 * Refuse, before anything is read or written, outputs that are not files (a link, a device, a folder)
 * and outputs that are the article itself or each other (exit 2, one line).
 */
export async function checkGenerateOutputs(options: GenerateOptions): Promise<void> {
  const outputs: Array<[string, string]> = [['--out', options.out], ...(options.json ? [['--json', options.json] as [string, string]] : [])]
  for (const [option, path] of outputs) await checkOutput(path, option)
  await refuseSameFiles(outputs, [['--source', options.source]])
}

/** The generate command: returns the exit code. */
export async function generateCommand(argv: string[], io: Io): Promise<number> {
  const options = parseGenerateArgs(argv, io.cwd)
  if (options === 'help') {
    io.stdout(GENERATE_HELP)
    return EXIT.ok
  }
  if (options.watch) {
    const { watchArticle } = await import('./watch.js')
    return watchArticle(options, io)
  }
  return (await generateOnce(options, io)).code
}
