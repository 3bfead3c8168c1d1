import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CliError, EXIT } from '../errors.js'
import { findBrowser } from '../export/browser.js'
import { exportDeck } from '../export/export-deck.js'
import { slidevBin } from '../export/slidev.js'
import type { Io } from '../io.js'
import { generateOnce, parseGenerateArgs } from './generate.js'
import { createWatcher } from './watch.js'

export const DEV_HELP = `Usage: npm run dev -- [options]

Present the deck with the Slidev dev server (presenter mode with notes at
/presenter). The article is watched: every save regenerates slides/slides.md
within moments, and the open browser shows the new content without a reload.

Options:
  --source FILE      article to watch (default: source/article.md)
  --out FILE         deck to write and serve (default: slides/slides.md)
  --port N           dev server port (default: 3030)
  --export           re-export exports/briefing.pdf after each change of the deck
  -h, --help         show this help

Examples:
  npm run dev
  npm run dev -- --export
`

/** The dev command: watch the article and run the Slidev dev server until Ctrl-C. */
export async function devCommand(argv: string[], io: Io): Promise<number> {
  let values
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        source: { type: 'string' },
        out: { type: 'string' },
        port: { type: 'string', default: '3030' },
        export: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  }
  catch (error) {
    throw new CliError(`${(error as Error).message}\nRun with --help for usage.`, EXIT.usage)
  }
  if (values.help) {
    io.stdout(DEV_HELP)
    return EXIT.ok
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new CliError(`--port expects a port number, found "${values.port}"`, EXIT.usage)
  const options = parseGenerateArgs([
    ...(values.source ? ['--source', values.source] : []),
    ...(values.out ? ['--out', values.out] : []),
  ], io.cwd) as Exclude<ReturnType<typeof parseGenerateArgs>, 'help'>

  // The first generation must work: there is nothing to present otherwise.
  await generateOnce(options, io)
  const browser = values.export ? await findBrowser(io) : undefined
  const pdf = resolve(io.cwd, 'exports/briefing.pdf')
  let exporting: Promise<void> = Promise.resolve()
  const watcher = createWatcher(options, io, (result) => {
    if (!result.ok || !result.changed) return
    io.stderr(`  regenerated in ${result.ms} ms; the browser updates by itself\n`)
    if (browser) {
      exporting = exporting.then(() => exportDeck({ deck: options.out, out: pdf, format: 'pdf', browser }, io))
        .then(() => io.stderr(`  exported ${pdf}\n`), (error: Error) => io.stderr(`  export failed: ${error.message}\n`))
    }
  })
  await watcher.ready

  const server = spawn(process.execPath, [slidevBin(), options.out, '--port', String(port)], { cwd: io.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  server.stdout.on('data', (chunk: Buffer) => io.stderr(chunk.toString()))
  server.stderr.on('data', (chunk: Buffer) => io.stderr(chunk.toString()))
  io.stderr(`Watching ${options.source}; presenting at http://localhost:${port}/ (presenter: /presenter). Ctrl-C to stop.\n`)

  const code = await new Promise<number>((resolve) => {
    const stop = (): void => {
      server.kill('SIGTERM')
      resolve(EXIT.ok)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    server.on('close', code => resolve(code === 0 || code === null ? EXIT.ok : EXIT.content))
  })
  watcher.close()
  await exporting
  return code
}
