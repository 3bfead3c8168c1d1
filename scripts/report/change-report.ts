import { parseSync } from '@slidev/parser'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toString as textOf } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import { sectionOfAlias } from '../sections/index.js'

/** One fact shown on a slide: its kind, the key that identifies it, and its text. */
export interface Fact {
  section: string
  kind: string
  key: string
  value: string
  /**
   * The longest text of one piece of it (its message, its figure, a name): a piece of the article by
   * which the editor's `hide` finds the item.
   */
  anchor: string
}

/** What changed in one section of the deck. */
export interface SectionChange {
  section: string
  changed: Array<{ key: string; from: string; to: string }>
  added: string[]
  removed: string[]
}

/** The slides of a deck, by route alias, from Slidev's own parser. */
export function slidesByAlias(markdown: string): Map<string, { content: string; raw: string }> {
  const slides = new Map<string, { content: string; raw: string }>()
  for (const [index, slide] of parseSync(markdown, 'slides.md').slides.entries()) {
    const alias =
      typeof slide.frontmatter.routeAlias === 'string'
        ? slide.frontmatter.routeAlias
        : String(index + 1)
    slides.set(alias, { content: slide.content, raw: slide.raw })
  }
  return slides
}

/** The facts of a generated deck: every element marked `data-fact`, grouped by the section its slide belongs to. */
export function deckFacts(markdown: string): Fact[] {
  const facts: Fact[] = []
  for (const [alias, slide] of slidesByAlias(markdown)) {
    const tree = fromHtml(slide.content, { fragment: true })
    for (const element of selectAll('[data-fact]', tree) as Element[]) {
      const value = textOf(element).replace(/\s+/gu, ' ').trim()
      facts.push({
        section: sectionOfAlias(alias)?.name ?? alias.replace(/-\d+$/u, ''),
        kind: String(element.properties.dataFact),
        key: String(element.properties.dataKey ?? value),
        value,
        anchor: anchorOf(element),
      })
    }
  }
  return facts
}

function anchorOf(element: Element): string {
  const texts: string[] = []
  visit(element, 'text', node => {
    texts.push(node.value.replace(/\s+/gu, ' ').replace(/\s*…$/u, '').trim())
  })
  return texts.reduce((longest, text) => (text.length > longest.length ? text : longest), '')
}

/** The aliases of slides that differ between two decks (added and removed slides included). */
export function staleSlides(before: string, after: string): string[] {
  const old = slidesByAlias(before)
  const current = slidesByAlias(after)
  const names = new Set([...old.keys(), ...current.keys()])
  return [...names].filter(name => old.get(name)?.raw.trim() !== current.get(name)?.raw.trim())
}

/** Compare the facts of two decks, section by section. */
export function changeReport(before: string, after: string): SectionChange[] {
  const old = deckFacts(before)
  const current = deckFacts(after)
  const sections = [...new Set([...old, ...current].map(fact => fact.section))]
  const changes: SectionChange[] = []
  for (const section of sections) {
    const was = new Map(
      old.filter(fact => fact.section === section).map(fact => [`${fact.kind}:${fact.key}`, fact]),
    )
    const now = new Map(
      current
        .filter(fact => fact.section === section)
        .map(fact => [`${fact.kind}:${fact.key}`, fact]),
    )
    const change: SectionChange = { section, changed: [], added: [], removed: [] }
    for (const [id, fact] of now) {
      const previous = was.get(id)
      if (!previous) change.added.push(fact.key)
      else if (previous.value !== fact.value)
        change.changed.push({ key: fact.key, from: previous.value, to: fact.value })
    }
    for (const [id, fact] of was) if (!now.has(id)) change.removed.push(fact.key)
    if (change.changed.length + change.added.length + change.removed.length > 0)
      changes.push(change)
  }
  return changes
}

function short(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** A human summary, one line per section: `pledge: $12,5 juta → $15 juta`, `statements: + Jepang, − Kamboja`. */
export function formatReport(changes: SectionChange[]): string {
  if (changes.length === 0) return '  no change in the facts shown\n'
  return changes
    .map(change => {
      const parts = [
        ...change.changed.map(item => `${short(item.from)} → ${short(item.to)}`),
        ...change.added.map(key => `+ ${short(key)}`),
        ...change.removed.map(key => `− ${short(key)}`),
      ]
      return `  ${change.section}: ${parts.join(', ')}\n`
    })
    .join('')
}
