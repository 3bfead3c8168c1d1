import type { Element, ElementContent, Properties } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import type { Html } from 'mdast'

export type Child = ElementContent | string | undefined | false | Child[]

/**
 * Article text as hast nodes. White space is folded so that a node never spans
 * lines, and `>` becomes `&gt;`, so no text can close an HTML comment (`-->`).
 */
export function articleText(value: string): ElementContent[] {
  const folded = value.replace(/\s+/gu, ' ')
  const nodes: ElementContent[] = []
  for (const [index, part] of folded.split('>').entries()) {
    if (index > 0) nodes.push({ type: 'raw', value: '&gt;' } as unknown as ElementContent)
    if (part) nodes.push({ type: 'text', value: part })
  }
  return nodes
}

/** An element whose string children are article text. */
export function el(selector: string, properties: Properties, ...children: Child[]): Element {
  return h(selector, properties, ...flatten(children))
}

function flatten(children: Child[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child === undefined || child === false) return []
    if (typeof child === 'string') return articleText(child)
    if (Array.isArray(child)) return flatten(child)
    return [child]
  })
}

/**
 * Serialize a slide body as one line of HTML for the markdown. `v-pre` on the
 * root stops Vue from compiling anything inside (`{{ }}`, directives), and an
 * HTML block keeps markdown-it from reading `$…$`, `*`, `[…](…)` in the text.
 */
export function htmlBlock(root: Element): Html {
  root.properties = { ...root.properties, 'v-pre': true }
  return { type: 'html', value: serialize(root) }
}

/** Serialize hast to HTML on one line (text nodes never hold a newline). */
export function serialize(node: Element): string {
  return toHtml(node, { allowDangerousHtml: true })
}
