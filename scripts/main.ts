import { CliError, EXIT, fileSystemError, isFileSystemError } from './errors.js'
import type { Io } from './io.js'
import { processIo, terminalText } from './io.js'
import { installSignals } from './signals.js'

export const HELP = `Usage: briefing <command> [options]

Commands:
  generate   turn the article into slides/slides.md (npm run generate)
  export     export the deck to PDF, a handout, PPTX (pictures or editable) or PNG (npm run export)
  build      generate, build the static deck into dist/, export the PDF and the handout (npm run build)
  dev        present with the Slidev dev server, regenerating on every save (npm run dev)
  browser    find (or install) the Chromium used for export and print its path
  docs       refresh the README's pictures in docs/ (npm run docs)

Run "briefing <command> --help" for the options of a command.
`

type Command = (argv: string[], io: Io) => Promise<number>

// Each command is loaded only when it runs, so that generate never loads the browser tooling.
const COMMANDS: Record<string, () => Promise<Command>> = {
  generate: async () => (await import('./commands/generate.js')).generateCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  dev: async () => (await import('./commands/dev.js')).devCommand,
  browser: async () => (await import('./commands/browser.js')).browserCommand,
  docs: async () => (await import('./commands/docs.js')).docsCommand,
}

/** Run one command line; returns the exit code instead of exiting. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    io.stdout(HELP)
    return name ? EXIT.ok : EXIT.usage
  }
  const load = COMMANDS[name]
  if (!load) {
    io.stderr(`Unknown command "${name}": expected one of ${Object.keys(COMMANDS).join(', ')}\n`)
    return EXIT.usage
  }
  try {
    return await (await load())(rest, io)
  } catch (caught) {
    const error = isFileSystemError(caught) ? fileSystemError(caught) : caught
    if (!(error instanceof CliError)) throw error
    // Ctrl-C reaches Chromium too, which then fails the print: give the signal a moment to be the
    // one reported.
    if (error.code === EXIT.crashed) await new Promise(resolve => setTimeout(resolve, 200))
    io.stderr(`error: ${terminalText(error.message)}\n`)
    return error.code
  }
}

/** The command line's entry: stop signals are handled (temporary files removed) before anything runs. */
export async function cli(argv: string[]): Promise<number> {
  installSignals()
  return main(argv)
}
