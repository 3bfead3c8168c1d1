import { CliError, EXIT } from '../errors.js'
import type { Io } from '../io.js'
import { LABEL_LANGUAGES } from '../compile/labels.js'
import type { LabelLanguage } from '../compile/labels.js'
import { LANGUAGES } from '../lang/index.js'
import { DEFAULT_MAX_BYTES } from '../parse/read-article.js'
import type { UpdateOptions } from '../update-deck.js'
import { updateDeck, updateOptions } from '../update-deck.js'
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
  --edits FILE       the editor's corrections (default: <article>.edits.yaml beside the
                     article, when it exists; see the README, "Correcting the deck")
  --language LANG    language of the article: ${Object.keys(LANGUAGES).join(', ')} (default: id, Indonesian)
  -q, --quiet        print only warnings and errors
  -h, --help         show this help

Exit codes:
  0   ok
  1   the article or its content: missing, empty, binary, a named pipe, nothing
      to brief, a section missing under --strict, --check finds the deck stale
  2   the command line: an unknown option or value; an output that is the
      article, a link, a device or a folder
  5   an output cannot be written (permissions, a full disk, a loop of links)
  130 stopped by Ctrl-C, 143 by SIGTERM (what was being written is removed)

Examples:
  npm run generate
  npm run generate -- --source my-article.txt --json tmp/model.json --strict
  npm run generate -- --check
`

/** Parse the command line of `generate`; throws a usage CliError on bad options. */
export function parseGenerateArgs(argv: string[], cwd: string): UpdateOptions | 'help' {
  const values = parseOptions(argv, {
    source: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'string' },
    strict: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    'max-bytes': { type: 'string' },
    labels: { type: 'string' },
    language: { type: 'string' },
    edits: { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) return 'help'
  const maxBytes =
    values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes'])
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new CliError(
      `--max-bytes expects a positive whole number of bytes, found "${values['max-bytes']}"`,
      EXIT.usage,
    )
  if (values.check && values.watch)
    throw new CliError('--check and --watch cannot be combined', EXIT.usage)
  const labels = values.labels ?? 'id'
  if (!(labels in LABEL_LANGUAGES))
    throw new CliError(
      `--labels expects one of ${Object.keys(LABEL_LANGUAGES).join(', ')}, found "${labels}"`,
      EXIT.usage,
    )
  const language = values.language ?? 'id'
  if (!(language in LANGUAGES))
    throw new CliError(
      `--language expects one of ${Object.keys(LANGUAGES).join(', ')}, found "${language}"`,
      EXIT.usage,
    )
  return updateOptions(cwd, {
    ...values,
    maxBytes,
    labels: labels as LabelLanguage,
    language,
    explain: !values.quiet,
  })
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
  return (await updateDeck(options, io)).code
}
