import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { CliError, EXIT } from '../errors.js'
import type { Io } from '../io.js'
import { removeStale, track, untrack } from '../temporaries.js'
import { RECORD } from './kept-record.js'

const require = createRequire(import.meta.url)

/** The project folder: the one whose node_modules holds @slidev/cli. */
export function projectRoot(): string {
  return dirname(dirname(dirname(dirname(require.resolve('@slidev/cli/package.json')))))
}

/** Where static builds are kept, by key; the newest few stay. A test may keep its own (`BRIEFING_BUILD_CACHE`). */
const CACHE = (): string =>
  process.env.BRIEFING_BUILD_CACHE ||
  join(projectRoot(), 'node_modules', '.cache', 'briefing-build')
const KEEP = 4

/** How the static deck is built: a change here must change every key. */
const RECIPE = 'slidev build <deck> --out <dist>, in process, with /print (v3)'

/** The inputs of a static build, as (name, content) pairs; the key hashes them. */
export interface KeyInputs {
  deck: string
  /** The deck's folder: layouts, components, style, public files. Other decks (`*.md` beside it) are not inputs. */
  design: string
  /** The lock file: Slidev, its theme and every package the build uses. */
  lock: string
}

async function designFiles(folder: string, top = folder): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...(await designFiles(path, top)))
    else if (!(folder === top && entry.name.endsWith('.md'))) files.push(path)
  }
  return files
}

/** The content hash of everything a static build depends on but the deck: its design. */
export async function designKey(inputs: Omit<KeyInputs, 'deck'>): Promise<string> {
  const hash = createHash('sha256').update(RECIPE)
  for (const file of await designFiles(inputs.design)) {
    hash.update(`\0${relative(inputs.design, file)}\0`).update(await readFile(file))
  }
  hash.update('\0lock\0').update(existsSync(inputs.lock) ? await readFile(inputs.lock) : 'none')
  return hash.digest('hex').slice(0, 32)
}

/** The content hash of everything a static build depends on: the deck and its design (`designKey`, when known). */
export async function buildKey(inputs: KeyInputs, design?: string): Promise<string> {
  return createHash('sha256')
    .update(design ?? (await designKey(inputs)))
    .update('\0deck\0')
    .update(await readFile(inputs.deck))
    .digest('hex')
    .slice(0, 32)
}

/** A static deck ready to serve, and whether it came from the cache or a patched kept build. */
export interface StaticBuild {
  dist: string
  cached: boolean
  /** The slides (1-based) rewritten in a kept build of the same design, when it was patched. */
  patched?: number[]
}

/** Builds are patched unless this is set (the comparison test builds in full with it). */
export const FULL_BUILD_ENV = 'BRIEFING_FULL_BUILD'

/**
 * The deck built by Slidev as a static site, reused while nothing it depends on changed
 * (the deck, its folder's layouts, components, style and public files, the lock file).
 */
export async function staticBuild(deck: string, io: Io, verbose = false): Promise<StaticBuild> {
  const inputs = { deck, design: dirname(deck), lock: join(projectRoot(), 'package-lock.json') }
  const design = await designKey(inputs)
  const key = await buildKey(inputs, design)
  const folder = join(CACHE(), key)
  const dist = join(folder, 'dist')
  // What a killed export left half built goes first.
  await removeStale(CACHE(), BUILDING, true)
  if (existsSync(join(folder, 'complete'))) {
    const now = new Date()
    await utimes(folder, now, now).catch(() => {})
    return { dist, cached: true }
  }
  const building = track(
    join(CACHE(), `.building-${process.pid}-${randomBytes(4).toString('hex')}`),
  )
  await mkdir(building, { recursive: true })
  let patched: number[] | undefined
  try {
    const text = await readFile(deck, 'utf8')
    patched = await patch(deck, text, design, join(building, 'dist'), io, verbose)
    if (!patched) await buildWithSlidev(deck, join(building, 'dist'), io, verbose)
    // What a later build needs to patch this one.
    await writeFile(join(building, RECORD.deck), text)
    await writeFile(join(building, RECORD.design), design)
    await writeFile(join(building, RECORD.path), resolve(deck))
    await writeFile(join(building, 'complete'), key)
    await rm(folder, { recursive: true, force: true })
    await rename(building, folder)
  } finally {
    await rm(building, { recursive: true, force: true })
    untrack(building)
  }
  await prune()
  return { dist, cached: false, patched }
}

/**
 * Patch the newest kept build of the same design into `out` (`patch-build.ts`); undefined when
 * it does not apply, with the reason under `--verbose`, and the caller builds in full.
 */
async function patch(
  deck: string,
  text: string,
  design: string,
  out: string,
  io: Io,
  verbose: boolean,
): Promise<number[] | undefined> {
  if (process.env[FULL_BUILD_ENV]) return undefined
  // Loaded only here: Vue's template parser and UnoCSS cost every other command nothing.
  const { NoPatch, patchBuild } = await import('./patch-build.js')
  try {
    const done = await patchBuild({
      cache: CACHE(),
      design,
      deckPath: resolve(deck),
      deckText: text,
      out,
    })
    if (verbose)
      io.stderr(
        `Patched slides ${done.slides.join(', ') || '(none)'} of the kept build ${basename(done.from)}\n`,
      )
    return done.slides
  } catch (error) {
    await rm(out, { recursive: true, force: true })
    // Fail closed: whatever stops the patch, the full build still gives the right deck.
    const reason =
      error instanceof NoPatch ? error.message : `the patch failed (${(error as Error).message})`
    if (verbose) io.stderr(`Building in full: ${reason}\n`)
    return undefined
  }
}

const SLIDEV_VERSION = (): string =>
  String((require('@slidev/cli/package.json') as { version: string }).version)

/** Slidev's build function: in an internal chunk of the pinned @slidev/cli, as its CLI loads it. */
function buildChunk(): string | undefined {
  const dist = join(dirname(require.resolve('@slidev/cli/package.json')), 'dist')
  const name = readdirSync(dist).find(file => /^build-[\w-]+\.mjs$/u.test(file))
  return name && join(dist, name)
}

/** Slidev's build of one deck into `outDir`, with Vite's log at `logLevel`. */
export type SlidevBuild = (
  deck: string,
  outDir: string,
  logLevel: 'info' | 'silent',
) => Promise<void>

/**
 * Load Slidev's build into this process: the same resolveOptions and build its CLI
 * runs, without starting a second Node and loading the CLI's other commands (about
 * 0.7 s). The build keeps Slidev's print view (`/print`, which `slidev build --download`
 * would include before printing with its own Chromium): the export prints from it.
 */
export async function loadSlidevBuild(): Promise<SlidevBuild> {
  const chunk = buildChunk()
  if (!chunk)
    throw new Error(
      `its build module is not in @slidev/cli ${SLIDEV_VERSION()} (the project pins 53.0.0; run npm ci)`,
    )
  const { resolveOptions } = await import('@slidev/cli')
  const { build } = (await import(pathToFileURL(chunk).href)) as {
    build: (options: unknown, vite: unknown, args: unknown) => Promise<void>
  }
  return async (deck, outDir, logLevel) => {
    const options = await resolveOptions({ entry: deck }, 'build')
    checkRoots(options.userRoot, deck)
    await build(
      options,
      { define: { __SLIDEV_FEATURE_PRINT__: 'true' }, build: { outDir }, logLevel },
      { entry: deck },
    )
  }
}

/**
 * Slidev resolves the deck's folder once per process and keeps it: a second deck from
 * another folder would be built with the first one's layouts, components and style.
 * Refuse that, rather than build the wrong deck.
 */
export function checkRoots(userRoot: string, deck: string): void {
  if (resolve(userRoot) !== dirname(resolve(deck))) {
    throw new Error(
      `Slidev has already built a deck from ${userRoot} in this process and would use that folder's layouts for ${deck}: build it in a process of its own`,
    )
  }
}

/**
 * What a build error says is wrong, in one line: its first line, or when that only
 * counts the errors (Rolldown's "Build failed with 1 error:"), the first error's place
 * and reason.
 */
export function buildProblem(message: string): string {
  const lines = stripVTControlCharacters(message)
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('at '))
  if (!/^Build failed with \d+ errors?:$/u.test(lines[0] ?? '')) return lines[0] ?? message
  const [place, reason] = lines.slice(1)
  return [place, reason?.replace(/^\w*Error: /u, '')].filter(Boolean).join(': ')
}

/** Build the deck with Slidev in this process; Vite's output is silent unless `verbose`. */
async function buildWithSlidev(
  deck: string,
  outDir: string,
  io: Io,
  verbose: boolean,
): Promise<void> {
  try {
    await (await loadSlidevBuild())(deck, outDir, verbose ? 'info' : 'silent')
  } catch (error) {
    throw new CliError(
      `Building ${relative(io.cwd, deck) || deck} with Slidev failed: ${buildProblem((error as Error).message)}`,
      EXIT.crashed,
    )
  }
}

/** A build folder being made: `.building-<pid>-<hex>`. */
const BUILDING = /^\.building-(\d+)-[0-9a-f]{8}$/u

// Keep the newest builds only.
async function prune(): Promise<void> {
  const entries = (await readdir(CACHE(), { withFileTypes: true })).filter(
    entry => entry.isDirectory() && !entry.name.startsWith('.'),
  )
  const dated = await Promise.all(
    entries.map(async entry => ({
      path: join(CACHE(), entry.name),
      time: (await stat(join(CACHE(), entry.name))).mtimeMs,
    })),
  )
  for (const old of dated.sort((a, b) => b.time - a.time).slice(KEEP))
    await rm(old.path, { recursive: true, force: true })
}
