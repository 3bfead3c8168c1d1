import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

export const ROOT = join(import.meta.dirname, '..')
export const FIXTURES = join(ROOT, 'test', 'fixtures')

/** Names of the fixture folders that hold an article variant. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort()
}

/** A fixture's article as written in its file (the generator normalises it, and reports the file's places). */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8')
}

/** The lines of a file as a reader counts them (a BOM is no column; CRLF is one line break). */
export function fileLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
}

/** The slides of a deck as Slidev's parser reads them. */
export function deckSlides(markdown: string) {
  return parseSync(markdown, 'slides.md').slides
}

/** What the audience sees on each slide: the text of its HTML, notes excluded. */
export function visibleText(markdown: string): string[] {
  return deckSlides(markdown).map(slide => {
    const texts: string[] = []
    visit(fromHtml(slide.content, { fragment: true }), 'text', node => {
      texts.push(node.value)
    })
    // Separate elements' texts, as a browser lays them out in separate boxes.
    return texts.join(' ').replace(/\s+/gu, ' ').trim()
  })
}
