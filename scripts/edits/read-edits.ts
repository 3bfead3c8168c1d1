// The editor's corrections, kept beside the article (`<article>.edits.yaml`): free text for the title and
// subtitle, the main speaker, and items to hide, add, pin, and sections to order or omit, each anchored on
// verbatim text of the article (not on line numbers), so that they survive edits elsewhere in it. The
// file is untrusted input like the article: it is read as data, checked against what is allowed, and
// nothing in it runs or changes the deck's structure.
import { constants, type Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Node as YamlNode, Pair } from 'yaml'
import { CliError } from '../errors.js'
import { displayPath } from '../io.js'

/** A value of the edits file with its place in it. */
export interface Placed {
  text: string
  line: number
  column: number
}

/** The editor's corrections, as the edits file gives them. */
export interface Edits {
  /** The edits file, for the places of warnings. */
  file: string
  title?: Placed
  subtitle?: Placed
  speaker?: Placed
  hide: Placed[]
  pin: Placed[]
  add: Array<{ section: string; span: Placed }>
  order: Placed[]
  omit: Placed[]
}

/** No corrections at all. */
export function noEdits(file = ''): Edits {
  return { file, hide: [], pin: [], add: [], order: [], omit: [] }
}

/** True when the edits change nothing. */
export function isEmpty(edits: Edits): boolean {
  return (
    !edits.title &&
    !edits.subtitle &&
    !edits.speaker &&
    [edits.hide, edits.pin, edits.add, edits.order, edits.omit].every(list => list.length === 0)
  )
}

/** The edits file of an article by default: `source/article.md` → `source/article.edits.yaml`. */
export function defaultEditsPath(article: string): string {
  return join(dirname(article), `${basename(article, extname(article))}.edits.yaml`)
}

const KEYS = ['title', 'subtitle', 'speaker', 'hide', 'add', 'order', 'omit', 'pin'] as const
/** The longest piece of text a value may hold. */
const MAX_TEXT = 2000
/** An edits file is small: more than this is no edits file. */
const MAX_BYTES = 1024 * 1024

/** The keys whose text is the editor's own (not a piece of the article). */
const FREE_TEXT_KEYS = ['title', 'subtitle']
// A tag, a Vue or template interpolation, math, a control character: not the plain text of a title.
const MARKUP = /<[a-zA-Z/!?]|\{\{|\}\}|\$[^$\s][^$]*\$|[\u0000-\u001F\u007F]/u

/** What sections the edits may name, and which of them take added spans. */
export interface EditableSections {
  names: string[]
  addable: string[]
}

/** Read and check the edits file; a missing file at the default place is no edits. */
export async function readEdits(
  path: string,
  sections: EditableSections,
  required: boolean,
): Promise<Edits> {
  const shown = displayPath(path)
  let info: Stats
  try {
    info = await stat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return noEdits(path)
    throw new CliError(
      `${shown}: cannot read the edits file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
  }
  if (!info.isFile())
    throw new CliError(
      `${shown}: expected an edits file (YAML), found something that is not a file`,
    )
  if (info.size > MAX_BYTES)
    throw new CliError(`${shown}: the edits file is larger than ${MAX_BYTES} bytes`)
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  let text: string
  try {
    const bytes = await handle.readFile()
    if (bytes.length > MAX_BYTES)
      throw new CliError(`${shown}: the edits file is larger than ${MAX_BYTES} bytes`)
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new CliError(
        `${shown}: expected UTF-8 text in the edits file, found invalid byte sequences`,
      )
    }
  } finally {
    await handle.close()
  }
  return parseEdits(text, path, sections)
}

/** Parse and check the text of an edits file; every problem is a one-line error with its place. */
export function parseEdits(text: string, path: string, sections: EditableSections): Edits {
  const shown = displayPath(path)
  const lines = new LineCounter()
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: true,
    merge: false,
    strict: true,
  })
  const placeOf = (node: YamlNode | null | undefined): { line: number; column: number } => {
    const offset = node?.range?.[0] ?? 0
    const { line, col } = lines.linePos(offset)
    return { line, column: col }
  }
  const fail = (node: YamlNode | null | undefined, problem: string): never => {
    const { line, column } = placeOf(node)
    throw new CliError(`${shown}:${line}:${column}: ${problem}`)
  }
  const [error] = document.errors
  if (error) {
    const [position] = error.linePos ?? []
    const where = position ? `:${position.line}:${position.col}` : ''
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')
    throw new CliError(`${shown}${where}: the edits file is not valid YAML: ${reason}`)
  }
  const edits = noEdits(path)
  const root = document.contents
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return edits
  if (!isMap(root))
    return fail(
      root,
      `expected the keys of an edits file (${KEYS.join(', ')}), found ${kind(root)}`,
    )

  const textOf = (node: unknown, key: string): Placed => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      return fail(node as YamlNode, `"${key}" expects a piece of text, found ${kind(node)}`)
    }
    if (node.value.length > MAX_TEXT)
      return fail(node, `"${key}" holds more than ${MAX_TEXT} characters`)
    // The editor's own words go on the cover as they are written: plain text, never markup or a template.
    const markup = FREE_TEXT_KEYS.includes(key) ? MARKUP.exec(node.value) : null
    if (markup)
      return fail(
        node,
        `"${key}" holds markup or template syntax (${JSON.stringify(markup[0])}): write it as plain text`,
      )
    return { text: node.value, ...placeOf(node) }
  }
  const textsOf = (node: unknown, key: string): Placed[] => {
    if (isScalar(node) && node.value === null) return []
    if (!isSeq(node))
      return fail(
        node as YamlNode,
        `"${key}" expects a list of pieces of text (- …), found ${kind(node)}`,
      )
    return node.items.map(item => textOf(item, key))
  }
  const sectionsOf = (node: unknown, key: string): Placed[] =>
    textsOf(node, key).map(item => {
      if (!sections.names.includes(item.text))
        fail(
          node as YamlNode,
          `"${key}" names a section "${item.text}": expected one of ${sections.names.join(', ')}`,
        )
      return item
    })

  for (const pair of root.items as Array<Pair<unknown, unknown>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!(KEYS as readonly string[]).includes(key))
      fail(pair.key as YamlNode, `unknown key "${key}": expected one of ${KEYS.join(', ')}`)
    switch (key as (typeof KEYS)[number]) {
      case 'title':
      case 'subtitle':
      case 'speaker':
        edits[key as 'title' | 'subtitle' | 'speaker'] = textOf(pair.value, key)
        break
      case 'hide':
      case 'pin':
        edits[key as 'hide' | 'pin'] = textsOf(pair.value, key)
        break
      case 'order':
      case 'omit':
        edits[key as 'order' | 'omit'] = sectionsOf(pair.value, key)
        break
      case 'add': {
        if (isScalar(pair.value) && pair.value.value === null) break
        if (!isMap(pair.value))
          fail(
            pair.value as YamlNode,
            `"add" expects sections, each with a list of spans of the article (speech: [- …]), found ${kind(pair.value)}`,
          )
        for (const entry of (pair.value as { items: Array<Pair<unknown, unknown>> }).items) {
          const section = isScalar(entry.key) ? String(entry.key.value) : ''
          if (!sections.addable.includes(section))
            fail(
              entry.key as YamlNode,
              `"add" names a section "${section}" that takes no added text: expected one of ${sections.addable.join(', ')}`,
            )
          for (const span of textsOf(entry.value, `add: ${section}`))
            edits.add.push({ section, span })
        }
        break
      }
    }
  }
  return edits
}

function kind(node: unknown): string {
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isScalar(node))
    return node.value === null
      ? 'nothing'
      : typeof node.value === 'string'
        ? `the text "${String(node.value).slice(0, 40)}"`
        : `${typeof node.value} ${String(node.value)}`
  return 'something else'
}
