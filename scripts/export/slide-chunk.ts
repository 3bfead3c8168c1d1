// The render tree of one slide as it sits in Slidev's built chunk (`assets/md-*.js`): the
// slide's `v-pre` HTML, parsed the way Vue's compiler parses it, written the way Rolldown
// prints Vue's cached vnodes. Used only where it first reproduces the old chunk byte for byte.
import type { ElementNode, TemplateChildNode } from '@vue/compiler-dom'
import { NodeTypes, parse } from '@vue/compiler-dom'

/** The chunk's local names of Vue's helpers: createElementVNode and createTextVNode. */
export interface Helpers {
  element: string
  text?: string
}

/** Why a slide's HTML cannot be written here: the patcher then takes the full build. */
export class Unwritable extends Error {}

/** Characters Rolldown would escape, or that make it choose another quote: not written here. */
const UNSAFE = /[`\\\p{Cc}\u2028\u2029\uFEFF]|\$\{/u

/** A string as Rolldown prints it: a template literal; `newlines` lets line breaks through as they are. */
export function literal(value: string, newlines = false): string {
  if (UNSAFE.test(newlines ? value.replaceAll('\n', '') : value))
    throw new Unwritable('a character the patcher does not write (` \\ ${ or a control)')
  return `\`${value}\``
}

/** An opening tag that carries `v-pre` (Vue's parser drops the attribute and compiles the rest as plain HTML). */
const V_PRE = /^<[a-z]+(?:\s+[a-z-]+="[^"]*")*\s+v-pre(?:\s+[a-z-]+="[^"]*")*\s*>/u

/** Attributes Vue compiles as plain static props. */
const PLAIN_ATTRIBUTE = /^(?!on|style$|key$|ref$|is$|v-)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u

function props(element: ElementNode): string {
  const written: string[] = []
  for (const prop of element.props) {
    if (prop.type !== NodeTypes.ATTRIBUTE) throw new Unwritable(`a directive on <${element.tag}>`)
    if (!PLAIN_ATTRIBUTE.test(prop.name)) throw new Unwritable(`the attribute ${prop.name}`)
    const key = /^[a-z]+$/u.test(prop.name) ? prop.name : `"${prop.name}"`
    written.push(`${key}:${literal(prop.value?.content ?? '')}`)
  }
  return written.length ? `{${written.join(',')}}` : 'null'
}

function child(node: TemplateChildNode, helpers: Helpers, used: Set<string>): string {
  if (node.type === NodeTypes.ELEMENT) return element(node, helpers, used, false)
  if (node.type === NodeTypes.TEXT) {
    if (!helpers.text) throw new Unwritable('text beside an element, which the old chunk never had')
    used.add('text')
    // Vue leaves the argument off a text of one space: createTextVNode's default.
    return `${helpers.text}(${node.content === ' ' ? '' : literal(node.content)})`
  }
  throw new Unwritable(node.type === NodeTypes.COMMENT ? 'an HTML comment' : 'a Vue expression')
}

function element(node: ElementNode, helpers: Helpers, used: Set<string>, top: boolean): string {
  if (node.tagType !== 0) throw new Unwritable(`<${node.tag}> is not a plain element`)
  used.add('element')
  const args = [literal(node.tag), props(node)]
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type === NodeTypes.TEXT) args.push(literal(only.content))
  else if (node.children.length)
    args.push(`[${node.children.map(item => child(item, helpers, used)).join(',')}]`)
  else args.push('null')
  // Vue marks the cached root -1 and leaves the arguments nobody needs off the others.
  if (top) args.push('-1')
  while (args.at(-1) === 'null') args.pop()
  return `${helpers.element}(${args.join(',')})`
}

/** A slide's content as written in its chunk, and which helpers it needs. */
export interface RenderTree {
  code: string
  used: Set<string>
}

/** A slide whose content is one `v-pre` element, parsed as Vue parses it. Throws `Unwritable` for anything else. */
export function slideElement(content: string): ElementNode {
  if (!V_PRE.test(content.trim())) throw new Unwritable('the slide is not a v-pre block')
  const nodes = parse(content.trim(), { whitespace: 'condense' }).children
  const only = nodes[0]
  if (nodes.length !== 1 || only.type !== NodeTypes.ELEMENT)
    throw new Unwritable('the slide is not one HTML element')
  return only
}

/** The cached render tree of a slide, as Rolldown prints it in the slide's chunk. */
export function renderTree(root: ElementNode, helpers: Helpers): RenderTree {
  const used = new Set<string>()
  return { code: element(root, helpers, used, true), used }
}

const ELEMENT = '\u0000element\u0000'
const TEXT = '\u0000text\u0000'

/**
 * Find the old slide's render tree in its chunk, whatever local names Rolldown gave Vue's
 * helpers there: the tree is written with placeholders, which must match one name each,
 * the same name every time. Returns the names and where the tree sits, or why not.
 */
export function findTree(
  chunk: string,
  root: ElementNode,
): { helpers: Helpers; used: Set<string>; start: number; end: number } {
  const { code, used } = renderTree(root, { element: ELEMENT, text: TEXT })
  const seen = new Set<string>()
  const pattern = code
    .split(/(\u0000(?:element|text)\u0000)/u)
    .map(part => {
      if (part !== ELEMENT && part !== TEXT) return part.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
      const name = part === ELEMENT ? 'element' : 'text'
      if (seen.has(name)) return `\\k<${name}>`
      seen.add(name)
      return `(?<${name}>[\\w$]+)`
    })
    .join('')
  const found = [...chunk.matchAll(new RegExp(`(?<![\\w$])${pattern}`, 'gu'))]
  if (found.length !== 1)
    throw new Unwritable(
      found.length
        ? 'its render tree is in the chunk twice'
        : 'its chunk is not in the shape the patcher knows',
    )
  const match = found[0]
  const groups = match.groups ?? {}
  return {
    helpers: { element: groups.element, text: groups.text },
    used,
    start: match.index,
    end: match.index + match[0].length,
  }
}
