import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError, EXIT } from '../errors.js'
import { findBrowser } from '../export/browser.js'
import type { WarmExporter } from '../export/warm-export.js'
import { slidevBin } from '../export/slidev.js'
import type { Io } from '../io.js'
import { checkOutput, displayPath, refuseSameFiles } from '../io.js'
import { startReviewServer } from '../review/server.js'
import { onStop } from '../signals.js'
import { editsPath, updateDeck, updateOptions } from '../update-deck.js'
import { parseOptions } from './options.js'
import { createWatcher } from './watch.js'

export const DEV_HELP = `Usage: npm run dev -- [options]

Present the deck with the Slidev dev server (presenter mode with notes at
/presenter). The article and its edits file are watched: every save
regenerates slides/slides.md within moments, and the open browser shows the
new content without a reload.

The review page (http://127.0.0.1:3031/) shows the article coloured by where
each sentence ended up, the review list and the deck: select a piece of the
article to add it to a section, or hide an item; it writes the edits file.

Options:
  --source FILE      article to watch (default: source/article.md)
  --edits FILE       the editor's corrections (default: <article>.edits.yaml beside the
                     article; see README "Correcting the deck")
  --out FILE         deck to write and serve (default: slides/slides.md)
  --port N           dev server port (default: 3030)
  --review-port N    review page port on 127.0.0.1 (default: 3031; another free
                     port when it is taken)
  --export           re-export exports/briefing.pdf through the running server after
                     each change of the deck (one Chromium kept open)
  --pdf FILE         where --export writes (default: exports/briefing.pdf)
  -h, --help         show this help

Examples:
  npm run dev
  npm run dev -- --export
`

/** The dev command: watch the article and run the Slidev dev server until Ctrl-C. */
export async function devCommand(argv: string[], io: Io): Promise<number> {
  const values = parseOptions(argv, {
    source: { type: 'string' },
    edits: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string', default: '3030' },
    'review-port': { type: 'string', default: '3031' },
    export: { type: 'boolean', default: false },
    pdf: { type: 'string', default: 'exports/briefing.pdf' },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) {
    io.stdout(DEV_HELP)
    return EXIT.ok
  }
  const port = portNumber('--port', values.port)
  const reviewPort = portNumber('--review-port', values['review-port'])
  const options = updateOptions(io.cwd, {
    source: values.source,
    edits: values.edits,
    out: values.out,
  })
  const pdf = resolve(io.cwd, values.pdf)
  if (values.export) {
    await checkOutput(pdf, '--pdf')
    await refuseSameFiles(
      [
        ['--pdf', pdf],
        ['--out', options.out],
      ],
      [
        ['--source', options.source],
        ['--edits', editsPath(options)],
      ],
    )
  }

  // Ctrl-C from now on stops the watch and the server cleanly.
  let release = onStop(() => process.exit(EXIT.ok))
  // The first generation must work: there is nothing to present otherwise.
  await updateDeck(options, io)
  let exporter: WarmExporter | undefined
  let exporting: Promise<void> = Promise.resolve()
  // Exports run one after the other, each through the running server, so the PDF follows the
  // article.
  const exportNow = (): void => {
    if (!exporter) return
    const warm = exporter
    exporting = exporting
      .then(async () =>
        io.stderr(
          `  exported ${pdf} in ${await warm.exportPdf(pdf, await readFile(options.out, 'utf8'))} ms\n`,
        ),
      )
      .catch((error: Error) => io.stderr(`  export failed: ${error.message}\n`))
  }
  const watcher = createWatcher(options, io, result => {
    if (!result.ok || !result.changed) return
    io.stderr(`  regenerated in ${result.ms} ms; the browser updates by itself\n`)
    exportNow()
  })
  await watcher.ready

  const server = spawn(process.execPath, [slidevBin(), options.out, '--port', String(port)], {
    cwd: io.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout.on('data', (chunk: Buffer) => io.stderr(chunk.toString()))
  server.stderr.on('data', (chunk: Buffer) => io.stderr(chunk.toString()))
  let stopping = false
  const done = new Promise<number>(resolve => {
    release()
    release = onStop(() => {
      stopping = true
      server.kill('SIGTERM')
      resolve(EXIT.ok)
    })
    server.on('close', (code, signal) => {
      if (stopping || code === 0) return resolve(EXIT.ok)
      io.stderr(
        `error: the Slidev dev server stopped (${code === null ? `killed by ${signal}` : `exit code ${code}`}); its output is above\n`,
      )
      resolve(EXIT.crashed)
    })
  })
  // The review page beside the deck; the watch regenerates the deck when it writes the edits file.
  const review = await startReviewServer(options, {
    port: reviewPort,
    deckUrl: `http://localhost:${port}/`,
  }).catch(() => startReviewServer(options, { deckUrl: `http://localhost:${port}/` }))
  io.stderr(
    `Watching ${displayPath(options.source)} and ${displayPath(editsPath(options))}; presenting at http://localhost:${port}/ (presenter: /presenter); review page at ${review.url}/. Ctrl-C to stop.\n`,
  )
  if (values.export) {
    const url = `http://localhost:${port}`
    await waitForServer(url)
    const { startWarmExporter } = await import('../export/warm-export.js')
    exporter = await startWarmExporter(url, await findBrowser(io))
    exportNow()
  }

  const code = await done
  release()
  watcher.close()
  await review.close()
  await exporting
  await exporter?.close()
  return code
}

function portNumber(option: string, value: string | undefined): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new CliError(`${option} expects a port number, found "${value}"`, EXIT.usage)
  return port
}

/** Wait until the dev server answers (its first start optimises dependencies: up to a minute). */
export async function waitForServer(url: string): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 250) {
    if (
      await fetch(url).then(
        response => response.ok,
        () => false,
      )
    )
      return
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new CliError(`the Slidev dev server did not answer at ${url}`)
}
