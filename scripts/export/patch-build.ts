// Patching a kept static build instead of building again: when an edit changes only the text
// of some slides, the new build differs from a kept one of the same design (layouts, style,
// lock file) only in those slides' chunks and their entries in the index chunk. Every step
// first proves it reproduces the kept build byte for byte and fails closed with a reason.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { detectFeatures, parseSync } from '@slidev/parser'
import { findTree, literal, renderTree, slideElement, Unwritable } from './slide-chunk.js'
import { RECORD } from './kept-record.js'
import { newUtilities, OwnConfig, preloadUtilities } from './utilities.js'

type SourceSlideInfo = ReturnType<typeof parseSync>['slides'][number]

/** A patched build: the slides whose chunks were rewritten (1-based) and the build it came from. */
export interface Patched {
  slides: number[]
  from: string
}

/** Why the patch did not apply: the reason, for `--verbose`; the full build runs instead. */
export class NoPatch extends Error {}

async function newestKept(cache: string, design: string, deck: string): Promise<string> {
  const entries = await readdir(cache, { withFileTypes: true }).catch(() => [])
  const candidates: { folder: string; time: number }[] = []
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const folder = join(cache, entry.name)
    const read = (name: string) => readFile(join(folder, name), 'utf8').catch(() => '')
    if (!existsSync(join(folder, 'complete'))) continue
    if ((await read(RECORD.design)) !== design || (await read(RECORD.path)) !== deck) continue
    candidates.push({ folder, time: (await stat(folder)).mtimeMs })
  }
  const newest = candidates.sort((a, b) => b.time - a.time)[0]
  if (!newest)
    throw new NoPatch('no kept build of this deck file with the same design and lock file')
  return newest.folder
}

/** The notes' HTML as Slidev renders the generator's notes: each `<p>` block on a line of its own. */
function noteHtml(note: string | undefined): string {
  if (!note) return ''
  const blocks = note.split(/\n\s*\n/u).map(block => block.trim())
  for (const block of blocks)
    if (!/^<p(?: [^>]*)?>[^\n]*<\/p>$/u.test(block) || /\[click/iu.test(block))
      throw new NoPatch('the notes are not the generator’s HTML')
  return blocks.join('\n')
}

/** A slide's entry in the index chunk, up to its frontmatter's local name, and after it. */
function entry(slide: SourceSlideInfo, index: number): [string, string] {
  if (typeof slide.title !== 'string' || typeof slide.frontmatterRaw !== 'string')
    throw new NoPatch(`slide ${index + 1} has no title or frontmatter of its own`)
  return [
    `slide:{content:\`\`,revision:${literal(slide.revision)},frontmatterRaw:${literal(slide.frontmatterRaw, true)},note:\`\`,title:${literal(slide.title)},index:${index},noteHTML:${literal(noteHtml(slide.note), true)},images:[],raw:\`\`,frontmatter:`,
    `,filepath:\`\`,start:${slide.start},sourceIndex:${index},id:${index},no:${index + 1}}`,
  ]
}

/** Rewrite every slide's entry of the index chunk, each first found exactly as the old deck gives it. */
function patchIndex(index: string, before: SourceSlideInfo[], after: SourceSlideInfo[]): string {
  let patched = index
  for (const [i, slide] of before.entries()) {
    const [head, tail] = entry(slide, i)
    const at = patched.indexOf(head)
    const name = at >= 0 ? /^[\w$]+/u.exec(patched.slice(at + head.length))?.[0] : undefined
    if (
      at < 0 ||
      patched.indexOf(head, at + 1) >= 0 ||
      !name ||
      !patched.startsWith(tail, at + head.length + name.length)
    )
      throw new NoPatch(
        `slide ${i + 1}'s entry in the index chunk is not in the shape the patcher knows`,
      )
    const [newHead, newTail] = entry(after[i], i)
    patched =
      patched.slice(0, at) +
      newHead +
      name +
      newTail +
      patched.slice(at + head.length + name.length + tail.length)
  }
  return patched
}

/** Every file under `folder`, as paths relative to it. */
export async function filesUnder(folder: string, top = folder): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...(await filesUnder(path, top)))
    else files.push(relative(top, path))
  }
  return files
}

const HASHED = /^(.+)-[\w-]{8}\.(js|css)$/u
const TEXT_FILE = /\.(?:js|css|html)$|(?:^|\/)_redirects$/u

/**
 * Give every changed file a fresh name, and every file that names a renamed one the new name
 * (which changes that file, so it is renamed too, until nothing changes): a deployed build never
 * serves new content under an old name. The new names derive from `digest` and the old name.
 */
function rename(
  files: Map<string, string>,
  changed: Set<string>,
  digest: string,
): Map<string, string> {
  const renamed = new Map<string, string>()
  let grew = true
  while (grew) {
    grew = false
    for (const file of changed) {
      const parts = HASHED.exec(basename(file))
      if (!parts || renamed.has(file)) continue
      const hash = createHash('sha256').update(`${digest}\0${file}`).digest('base64url').slice(0, 8)
      renamed.set(file, join(file, '..', `${parts[1]}-${hash}.${parts[2]}`))
      grew = true
    }
    for (const [file, text] of files)
      if (!changed.has(file) && [...renamed.keys()].some(old => text.includes(basename(old)))) {
        changed.add(file)
        grew = true
      }
  }
  const names = [...renamed].map(([old, fresh]) => [basename(old), basename(fresh)])
  const pattern = new RegExp(names.map(([old]) => old.replace(/[.$]/gu, '\\$&')).join('|'), 'gu')
  const lookup = new Map(names.map(([old, fresh]) => [old, fresh]))
  for (const file of changed)
    if (names.length)
      files.set(
        file,
        (files.get(file) ?? '').replace(pattern, old => lookup.get(old) ?? old),
      )
  return renamed
}

/**
 * Build `deckText` (at `deckPath`) into `out` by patching the newest kept build of the same
 * design in `cache`. Throws `NoPatch` with the reason when any check fails: `out` is then
 * removed, and the caller builds in full.
 */
export async function patchBuild(options: {
  cache: string
  design: string
  deckPath: string
  deckText: string
  out: string
}): Promise<Patched> {
  const kept = await newestKept(options.cache, options.design, options.deckPath)
  // UnoCSS loads while the decks are compared and the chunks read.
  preloadUtilities()
  const oldText = await readFile(join(kept, RECORD.deck), 'utf8')
  const file = basename(options.deckPath)
  const before = parseSync(oldText, options.deckPath).slides
  const after = parseSync(options.deckText, options.deckPath).slides
  if (before.length !== after.length)
    throw new NoPatch(`the slide count changed (${before.length} → ${after.length})`)
  if (JSON.stringify(detectFeatures(oldText)) !== JSON.stringify(detectFeatures(options.deckText)))
    throw new NoPatch('the deck now needs another Slidev feature (KaTeX, Mermaid, Monaco …)')
  for (const [i, slide] of after.entries()) {
    const old = before[i]
    if (slide.frontmatterRaw !== old.frontmatterRaw)
      throw new NoPatch(`slide ${i + 1}'s frontmatter changed`)
    if (slide.title !== old.title || slide.level !== old.level)
      throw new NoPatch(`slide ${i + 1}'s title changed`)
    if (slide.images?.length || old.images?.length) throw new NoPatch(`slide ${i + 1} has images`)
  }
  const changed = after.flatMap((slide, i) => (slide.content !== before[i].content ? [i] : []))
  const utilities = await newUtilities(
    changed.map(i => before[i].content),
    changed.map(i => after[i].content),
    options.deckPath,
  ).catch((error: unknown) => {
    if (error instanceof OwnConfig) throw new NoPatch(error.message)
    throw error
  })
  if (utilities.length)
    throw new NoPatch(
      `the edit brings words UnoCSS makes classes of (${utilities.slice(0, 3).join(', ')})`,
    )

  const dist = join(kept, 'dist')
  const names = await filesUnder(dist)
  const files = new Map<string, string>()
  for (const name of names)
    if (TEXT_FILE.test(name)) files.set(name, await readFile(join(dist, name), 'utf8'))
  const edited = new Set<string>()
  for (const i of changed) {
    const marker = `__name:${literal(`${file}__slidev_${i + 1}`)}`
    const chunk = [...files].filter(
      ([name, text]) => /^assets\/md-/u.test(name) && text.includes(marker),
    )
    if (chunk.length !== 1) throw new NoPatch(`slide ${i + 1} has no chunk of its own`)
    const [name, text] = chunk[0]
    try {
      const old = findTree(text, slideElement(before[i].content))
      const fresh = renderTree(slideElement(after[i].content), old.helpers)
      if ([...fresh.used].sort().join() !== [...old.used].sort().join())
        throw new Unwritable('the slide now needs another of Vue’s helpers')
      files.set(name, text.slice(0, old.start) + fresh.code + text.slice(old.end))
      edited.add(name)
    } catch (error) {
      if (error instanceof Unwritable) throw new NoPatch(`slide ${i + 1}: ${error.message}`)
      throw error
    }
  }
  const indexes = [...files].filter(([, text]) => text.includes('slide:{content:``,revision:'))
  if (indexes.length !== 1)
    throw new NoPatch('the index chunk is not in the shape the patcher knows')
  const [indexName, indexText] = indexes[0]
  let patchedIndex: string
  try {
    patchedIndex = patchIndex(indexText, before, after)
  } catch (error) {
    if (error instanceof Unwritable) throw new NoPatch(`the index chunk: ${error.message}`)
    throw error
  }
  if (patchedIndex !== indexText) {
    files.set(indexName, patchedIndex)
    edited.add(indexName)
  }

  const digest = createHash('sha256')
    .update(options.deckText)
    .update('\0')
    .update(kept)
    .digest('hex')
  const renamed = rename(files, edited, digest)
  await cp(dist, options.out, { recursive: true })
  try {
    for (const name of edited) {
      const target = renamed.get(name) ?? name
      await writeFile(join(options.out, target), files.get(name) ?? '')
      if (target !== name) await rm(join(options.out, name))
    }
  } catch (error) {
    await rm(options.out, { recursive: true, force: true })
    throw error
  }
  return { slides: changed.map(i => i + 1), from: kept }
}
