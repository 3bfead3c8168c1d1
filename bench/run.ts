// npm run bench: how fast the generator, live regeneration and export are, as ratios
// against a baseline measured in the same run (node -e 0, Marp CLI). Not part of the tests.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Element, ElementContent } from 'hast'
import type { UpdateOptions } from '../scripts/update-deck.js'
import { waitForServer } from '../scripts/commands/dev.js'
import { createWatcher } from '../scripts/commands/watch.js'
import { grammarOf } from '../scripts/lang/grammar.js'
import { findBrowser } from '../scripts/export/browser.js'
import { FULL_BUILD_ENV } from '../scripts/export/static-build.js'
import { slidevBin } from '../scripts/export/slidev.js'
import { startWarmExporter } from '../scripts/export/warm-export.js'
import { briefingSlides, generateDeck } from '../scripts/generate-deck.js'
import { normaliseText } from '../scripts/parse/read-article.js'

const ROOT = join(import.meta.dirname, '..')
const CLI = join(ROOT, 'scripts', 'briefing.mjs')
const quiet = { stdout: () => {}, stderr: () => {}, cwd: ROOT }
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Wall time of a process, in milliseconds; `log` receives its stderr. */
function timed(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  log?: (stderr: string) => void,
): number {
  const started = performance.now()
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  const ended = performance.now()
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`)
  log?.(result.stderr)
  return ended - started
}

/** Peak resident memory of a process in MiB, from GNU time when the machine has it. */
function peakMemory(command: string, args: string[]): number | undefined {
  if (!existsSync('/usr/bin/time')) return undefined
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const kib = Number(result.stderr.trim().split('\n').at(-1))
  return Number.isFinite(kib) ? kib / 1024 : undefined
}

interface Row {
  name: string
  ours: string
  baseline: string
  ratio: string
  target: string
}
const rows: Row[] = []
const ms = (value: number) => `${value.toFixed(0)} ms`
function report(row: Row): void {
  rows.push(row)
  process.stderr.write(
    `  ${row.name}: ${row.ours} vs ${row.baseline} → ${row.ratio} (target ${row.target})\n`,
  )
}

// The deck's slides as Marp markdown: the same slides, the same text, no Slidev.
function marpDeck(article: string): string {
  const leafTexts = (node: Element | ElementContent): string[] => {
    if (node.type === 'text') return [node.value]
    if (node.type !== 'element') return []
    const children = node.children.flatMap(leafTexts)
    return ['p', 'li', 'h1', 'h2', 'span', 'blockquote', 'a', 'footer'].includes(node.tagName)
      ? [children.join('')]
      : children
  }
  const slides = briefingSlides(generateDeck(article).briefing)
  const escapeMarp = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|$]/gu, '\\$&')
  return `---\nmarp: true\ntitle: ${JSON.stringify(slides[0].title)}\n---\n\n${slides
    .map(
      slide =>
        `# ${escapeMarp(slide.title)}\n\n${leafTexts(slide.body)
          .filter(text => text.trim())
          .map(text => `- ${escapeMarp(text)}`)
          .join('\n')}\n`,
    )
    .join('\n---\n\n')}`
}

async function benchGenerate(work: string): Promise<void> {
  timed(process.execPath, [CLI, 'generate', '--out', join(work, 'warm.md'), '-q']) // builds the bundle if needed
  const node: number[] = []
  const ours: number[] = []
  for (let run = 0; run < 7; run++) {
    node.push(timed(process.execPath, ['-e', '0']))
    ours.push(
      timed(process.execPath, [CLI, 'generate', '--out', join(work, `run-${run}.md`), '-q']),
    )
  }
  report({
    name: 'generate (process, bundled article)',
    ours: ms(median(ours)),
    baseline: `${ms(median(node))} (node -e 0)`,
    ratio: `${(median(ours) / median(node)).toFixed(2)}×`,
    target: '≤ 2.5×',
  })
}

async function benchRegenerate(work: string): Promise<void> {
  const article = normaliseText(readFileSync(join(ROOT, 'source', 'article.md'), 'utf8'))
  const options: UpdateOptions = {
    source: join(work, 'article.md'),
    out: join(work, 'live.md'),
    strict: false,
    check: false,
    watch: true,
    maxBytes: 5e6,
    quiet: true,
    labels: 'id',
    language: 'id',
  }
  await writeFile(options.source, article)
  const watcher = createWatcher(options, quiet)
  await watcher.ready
  const times: number[] = []
  for (let save = 0; save < 10; save++) {
    await sleep(200)
    const amount = `$${save + 1},5 juta`
    const started = performance.now()
    await writeFile(options.source, article.replace('$83,5 juta', amount))
    while (!readFileSync(options.out, 'utf8').includes(amount)) await sleep(1)
    times.push(performance.now() - started)
  }
  watcher.close()
  report({
    name: 'regenerate (watch: save → new slides.md on disk)',
    ours: ms(median(times)),
    baseline: '—',
    ratio: '—',
    target: '≤ 100 ms',
  })
}

// Page counts need poppler's pdfinfo; without it the row still prints, with "?".
function pages(file: string): string {
  try {
    return (
      execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/mu)?.[1] ?? '?'
    )
  } catch {
    return '?'
  }
}

/**
 * Two export rows, each against Marp CLI exporting the same slides in the same run:
 * the deck unchanged since the last export (the static build is reused), and the
 * article just edited (a new deck: a Slidev build, then the print). No dev server.
 */
async function benchExport(work: string, browser: string): Promise<number> {
  const original = normaliseText(readFileSync(join(ROOT, 'source', 'article.md'), 'utf8'))
  const deck = join(ROOT, 'slides', '.bench.md')
  await writeFile(deck, generateDeck(original).markdown)
  const marp = join(work, 'marp.md')
  await writeFile(marp, marpDeck(original))
  const marpBin = join(ROOT, 'node_modules', '.bin', 'marp')
  const runMarp = (run: string): number =>
    timed(marpBin, [
      '--pdf',
      '--browser-path',
      browser,
      '--no-stdin',
      marp,
      '-o',
      join(work, `marp-${run}.pdf`),
    ])
  const unchanged: number[] = []
  const edited: number[] = []
  const fallback: number[] = []
  const patchLog = new Set<string>()
  const theirs: number[] = []
  try {
    // The first export builds the deck; the timed ones reuse it.
    timed(process.execPath, [CLI, 'export', '--deck', deck, '--out', join(work, 'warm-up.pdf')])
    for (let run = 0; run < 5; run++) {
      unchanged.push(
        timed(process.execPath, [
          CLI,
          'export',
          '--deck',
          deck,
          '--out',
          join(work, `unchanged-${run}.pdf`),
        ]),
      )
      theirs.push(runMarp(`u${run}`))
    }
    // An edit a user makes: a figure of the article changes, so the deck does. The first edit
    // (not timed) leaves a kept build of the default deck for the timed ones to patch.
    const editedArticle = async (run: number): Promise<string> => {
      const article = join(work, `edited-${run}.md`)
      await writeFile(
        article,
        original.replace(
          /\b(\d+)(,\d+)? juta\b/u,
          (_, whole: string, part = '') => `${Number(whole) + run + 1}${part} juta`,
        ),
      )
      return article
    }
    const exportEdited = async (run: number, env: Record<string, string> = {}) =>
      timed(
        process.execPath,
        [
          CLI,
          'export',
          '--source',
          await editedArticle(run),
          '--out',
          join(work, `edited-${run}.pdf`),
          '--verbose',
        ],
        env,
        log => {
          const line = log
            .split('\n')
            .find(text => /^(?:Patched slides|Building in full)/u.test(text))
          if (line)
            patchLog.add(
              env[FULL_BUILD_ENV]
                ? `fallback: ${line}`
                : line.replace(/ of the kept build \w+/u, ''),
            )
        },
      )
    await exportEdited(100)
    // Five of each: with three, one slow run on this 2-core machine moved the median.
    for (let run = 0; run < 5; run++) {
      edited.push(await exportEdited(run))
      theirs.push(runMarp(`e${run}`))
      // The same kind of edit where the patch does not apply: the full Slidev build.
      fallback.push(await exportEdited(50 + run, { [FULL_BUILD_ENV]: '1' }))
      theirs.push(runMarp(`f${run}`))
    }
  } finally {
    await rm(deck, { force: true })
    // The default deck was regenerated from the edited articles: put the bundled article's back.
    timed(process.execPath, [CLI, 'generate', '-q'])
  }
  const marpMs = median(theirs)
  const row = (name: string, times: number[], target: string): void =>
    report({
      name,
      ours: ms(median(times)),
      baseline: `${ms(marpMs)} (Marp CLI)`,
      ratio: `${(median(times) / marpMs).toFixed(2)}×`,
      target,
    })
  row(
    `export (unchanged deck; ${pages(join(work, 'unchanged-0.pdf'))} pages, Marp ${pages(join(work, 'marp-u0.pdf'))})`,
    unchanged,
    '≤ 1.0×',
  )
  row('export (after an edit)', edited, '≤ 1.0×')
  row('export (after an edit, fallback)', fallback, 'the full build: 2.7–3.8× when patching began')
  for (const line of patchLog) process.stderr.write(`    ${line}\n`)
  return marpMs
}

async function benchWarmExport(work: string, browser: string, marp: number): Promise<void> {
  const deck = join(ROOT, 'slides', '.bench-warm.md')
  const markdown = generateDeck(
    normaliseText(readFileSync(join(ROOT, 'source', 'article.md'), 'utf8')),
  ).markdown
  await writeFile(deck, markdown)
  const port = 3900 + Math.floor(Math.random() * 90)
  const server = spawn(process.execPath, [slidevBin(), deck, '--port', String(port)], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  })
  try {
    const url = `http://localhost:${port}`
    await waitForServer(url)
    const exporter = await startWarmExporter(url, browser)
    const times: number[] = []
    for (let run = 0; run < 6; run++)
      times.push(await exporter.exportPdf(join(work, `warm-${run}.pdf`), markdown))
    await exporter.close()
    const steady = times.slice(1)
    report({
      name: 'warm PDF export (dev server running, browser open)',
      ours: ms(median(steady)),
      baseline: `${ms(marp)} (Marp CLI, cold)`,
      ratio: `${(median(steady) / marp).toFixed(2)}×`,
      target: '≤ 0.5×',
    })
  } finally {
    process.kill(-server.pid!, 'SIGTERM')
    await rm(deck, { force: true })
  }
}

// Articles of n× the default size: the default one, plus statements by varied countries.
function scaledArticle(factor: number): string {
  const article = normaliseText(readFileSync(join(ROOT, 'source', 'article.md'), 'utf8'))
  if (factor === 1) return article
  const countries = [...grammarOf().speakers.countries.names.keys()].filter(name =>
    /^\p{Lu}[\p{L}]+$/u.test(name),
  )
  const offices = [
    'Presiden',
    'Wakil Presiden',
    'Menteri Luar Negeri',
    'Wakil Perdana Menteri',
    'Duta Besar',
  ]
  const lines = article.split('\n')
  const at = lines.findIndex(line => line.startsWith('Sumber:'))
  const extra: string[] = []
  for (let index = 0; extra.join('\n').length < article.length * (factor - 1); index++) {
    extra.push(
      `${offices[index % offices.length]} ${countries[index % countries.length]} mengatakan bahwa kerja sama lintas batas dalam memerangi kejahatan siber ke-${index + 1} harus diperkuat bersama mitra kawasan.`,
    )
  }
  return [...lines.slice(0, at), ...extra, ...lines.slice(at)].join('\n')
}

async function benchScale(work: string): Promise<void> {
  const results: Array<{
    factor: number
    bytes: number
    ms: number
    slides: number
    mib?: number
  }> = []
  for (const factor of [1, 10, 100]) {
    const source = join(work, `scale-${factor}.md`)
    const text = scaledArticle(factor)
    await writeFile(source, text)
    const args = [
      CLI,
      'generate',
      '--source',
      source,
      '--out',
      join(work, `scale-${factor}-deck.md`),
      '-q',
    ]
    const times = [0, 1, 2].map(() => timed(process.execPath, args))
    const slides = (
      readFileSync(join(work, `scale-${factor}-deck.md`), 'utf8').match(/^routeAlias: /gmu) ?? []
    ).length
    results.push({
      factor,
      bytes: Buffer.byteLength(text),
      ms: median(times),
      slides,
      mib: peakMemory(process.execPath, args),
    })
  }
  for (const result of results) {
    report({
      name: `scale ${result.factor}× (${(result.bytes / 1024).toFixed(0)} KiB, ${result.slides} slides, peak ${result.mib?.toFixed(0) ?? '?'} MiB)`,
      ours: ms(result.ms),
      baseline: result.factor === 1 ? '—' : `${ms(results[0].ms)} (1×)`,
      ratio:
        result.factor === 1
          ? '—'
          : `${(result.ms / results[0].ms).toFixed(1)}× time for ${(result.bytes / results[0].bytes).toFixed(0)}× size`,
      target: result.factor === 100 ? '≤ 2000 ms' : '—',
    })
  }
  // Linear: the cost per extra KiB from 10× to 100× is no more than twice the cost from 1× to 10×.
  const [one, ten, hundred] = results
  const perKibLow = (ten.ms - one.ms) / ((ten.bytes - one.bytes) / 1024)
  const perKibHigh = (hundred.ms - ten.ms) / ((hundred.bytes - ten.bytes) / 1024)
  report({
    name: 'scale: growth',
    ours: `${perKibHigh.toFixed(2)} ms/KiB (10×→100×)`,
    baseline: `${perKibLow.toFixed(2)} ms/KiB (1×→10×)`,
    ratio: `${(perKibHigh / perKibLow).toFixed(2)}×`,
    target: '≈ 1× (linear)',
  })
}

const work = await mkdtemp(join(tmpdir(), 'briefing-bench-'))
const only = process.argv.slice(2)
const wants = (name: string) => only.length === 0 || only.includes(name)
try {
  process.stderr.write(
    `Machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}. Each row: median of its runs.\n`,
  )
  const browser = await findBrowser(quiet)
  if (wants('generate')) await benchGenerate(work)
  if (wants('regenerate')) await benchRegenerate(work)
  let marp = 0
  if (wants('export') || wants('warm')) marp = await benchExport(work, browser)
  if (wants('warm')) await benchWarmExport(work, browser, marp)
  if (wants('scale')) await benchScale(work)
  const widths = (['name', 'ours', 'baseline', 'ratio', 'target'] as const).map(key =>
    Math.max(key.length, ...rows.map(row => row[key].length)),
  )
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`
  console.log(line(['name', 'ours', 'baseline', 'ratio', 'target']))
  console.log(line(widths.map(width => '-'.repeat(width))))
  for (const row of rows)
    console.log(line([row.name, row.ours, row.baseline, row.ratio, row.target]))
} finally {
  await rm(work, { recursive: true, force: true })
}
