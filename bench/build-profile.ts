// npm run bench:build: where the CPU time of `slidev build` goes for the bundled deck, by
// the Vite plugin (or part of the build) that spent it. Not part of the tests.
//
// The build runs in this process, as the export runs it, under V8's sampling profiler.
// Each sample's time goes to the package of the nearest function on its stack that is
// not Vite's, Rolldown's or Node's own: a plugin's work is charged to the plugin even
// when Vite called it. The packages are then put into the groups below.
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import type { Profiler } from 'node:inspector'
import { tmpdir } from 'node:os'
import { build } from 'esbuild'
import { join } from 'node:path'
import { generateDeck } from '../scripts/generate-deck.js'
import { loadSlidevBuild } from '../scripts/export/static-build.js'
import { normaliseText } from '../scripts/parse/read-article.js'

const ROOT = join(import.meta.dirname, '..')
const RUNS = 3

/** Which part of the build a package belongs to; the first match wins. */
const GROUPS: Array<[RegExp, string]> = [
  [
    /^(?:@unocss\/.*|unocss|@iconify\/.*|@iconify-json\/.*|css-tree)$/u,
    'UnoCSS: utility classes and icon CSS (unocss/vite)',
  ],
  [
    /^(?:@vitejs\/plugin-vue|@vue\/compiler-.*|vue|@babel\/.*|estree-walker|@vue\/shared|typescript)$/u,
    'Vue single-file components (@vitejs/plugin-vue)',
  ],
  [
    /^(?:unplugin-vue-markdown|markdown-exit|markdown-it.*|@mdit\/.*|shiki|@shikijs\/.*|@slidev\/parser|yaml|gray-matter)$/u,
    'Slides: markdown to Vue, code highlighting (unplugin-vue-markdown, shiki)',
  ],
  [/^(?:unplugin-icons|@antfu\/install-pkg|local-pkg)$/u, 'Icon components (unplugin-icons)'],
  [
    /^(?:unplugin-vue-components|unplugin|unplugin-utils)$/u,
    'Component auto-import (unplugin-vue-components)',
  ],
  [
    /^(?:postcss.*|lightningcss|nanoid|picocolors|source-map-js)$/u,
    'CSS files (vite:css, PostCSS)',
  ],
  [/^@slidev\/.*$/u, "Slidev's own plugins (loader, layouts, guards)"],
  [
    /^(?:jiti|mlly|unconfig|vitefu|importx|pkg-types)$/u,
    "Loading Slidev's and the theme's configuration (jiti)",
  ],
  [
    /^(?:vite|rolldown|@rolldown\/.*|magic-string|es-module-lexer|@jridgewell\/.*|tinyglobby|fdir|picomatch)$/u,
    'Vite and Rolldown: resolving, bundling, writing',
  ],
]

type Node = Profiler.ProfileNode

function packageOf(url: string): string | undefined {
  // The last node_modules/<package>/ of the path; not node_modules/.cache/, where this script's
  // bundle runs.
  const match = url.match(/node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\/(?!.*node_modules\/)/u)
  return match?.[1]
}

const BUNDLER = /^(?:vite|rolldown|@rolldown\/.*)$/u

/** CPU milliseconds by group for one profile. */
function attribute(profile: Profiler.Profile): Map<string, number> {
  const byId = new Map<number, Node>(profile.nodes.map(node => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const time = new Map<number, number>()
  for (const [index, id] of profile.samples!.entries())
    time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas![index] ?? 0) / 1000)
  const groups = new Map<string, number>()
  for (const [id, ms] of time) {
    const own = byId.get(id)!.callFrame
    let group: string | undefined
    if (own.functionName === '(garbage collector)') group = 'Garbage collection'
    else if (own.functionName === '(idle)')
      group = "Idle: waiting for Rolldown's threads and the disk"
    else {
      // The nearest package on the stack that is not the bundler's.
      let bundler = false
      for (
        let node: Node | undefined = byId.get(id);
        node;
        node = byId.get(parent.get(node.id) ?? -1)
      ) {
        const name = packageOf(node.callFrame.url)
        if (!name) continue
        if (BUNDLER.test(name)) {
          bundler = true
          continue
        }
        group = GROUPS.find(([pattern]) => pattern.test(name))?.[1] ?? `other: ${name}`
        break
      }
      group ??= bundler ? GROUPS.at(-1)![1] : 'Node: native code, modules, file system'
    }
    groups.set(group, (groups.get(group) ?? 0) + ms)
  }
  return groups
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** One cold build in this process, profiled: what `--child` prints as JSON. */
async function profileOne(
  deck: string,
  outDir: string,
): Promise<{ load: number; wall: number; groups: Record<string, number> }> {
  const loading = performance.now()
  const build = await loadSlidevBuild()
  const load = performance.now() - loading
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 500 })
  await session.post('Profiler.start')
  const started = performance.now()
  await build(deck, outDir, 'silent')
  const wall = performance.now() - started
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  return { load, wall, groups: Object.fromEntries(attribute(profile)) }
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await profileOne(process.argv[3], process.argv[4])))
  process.exit(0)
}

// Each build in a process of its own, as an export runs it: cold, not warmed by the build before.
const work = await mkdtemp(join(tmpdir(), 'briefing-build-profile-'))
const deck = join(ROOT, 'slides', '.bench-profile.md')
try {
  await writeFile(
    deck,
    generateDeck(normaliseText(await readFile(join(ROOT, 'source', 'article.md'), 'utf8')))
      .markdown,
  )
  // The child runs as the CLI does, from an esbuild bundle on plain Node: tsx's module hooks would
  // be charged to the build.
  const script = join(ROOT, 'node_modules', '.cache', 'briefing-bench', 'build-profile.mjs')
  await build({
    entryPoints: [import.meta.filename],
    outfile: script,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node22',
    logLevel: 'warning',
  })
  const runs: Array<{ load: number; wall: number; groups: Record<string, number> }> = []
  for (let run = 0; run < RUNS; run++) {
    const child = spawnSync(
      process.execPath,
      [script, '--child', deck, join(work, `dist-${run}`)],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    )
    if (child.status !== 0) throw new Error(`the profiled build failed:\n${child.stderr}`)
    runs.push(JSON.parse(child.stdout))
    process.stderr.write(`  build ${run + 1}/${RUNS}: ${(runs.at(-1)!.wall / 1000).toFixed(2)} s\n`)
  }
  const names = [...new Set(runs.flatMap(run => Object.keys(run.groups)))]
  const rows = names
    .map(name => ({ name, ms: median(runs.map(run => run.groups[name] ?? 0)) }))
    .sort((a, b) => b.ms - a.ms)
  const total = rows.reduce((sum, row) => sum + row.ms, 0)
  console.log(
    `Loading Slidev and Vite into the process: ${median(runs.map(run => run.load)).toFixed(0)} ms.`,
  )
  console.log(
    `slidev build of the bundled deck: ${(median(runs.map(run => run.wall)) / 1000).toFixed(2)} s wall; the main thread's time by part (median of ${RUNS} cold builds):\n`,
  )
  console.log('| part of the build | CPU ms | share |')
  console.log('| --- | ---: | ---: |')
  for (const row of rows.filter(row => row.ms >= 10))
    console.log(`| ${row.name} | ${row.ms.toFixed(0)} | ${((100 * row.ms) / total).toFixed(0)} % |`)
} finally {
  await rm(deck, { force: true })
  await rm(work, { recursive: true, force: true })
}
