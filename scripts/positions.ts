import type { Sentence, SourceRef } from './model.js'

/** The place a sentence came from. */
export function ref(sentence: Sentence): SourceRef {
  return { line: sentence.line, column: sentence.column, sentence: sentence.sentence }
}

/** The place of a piece inside a sentence, found at `index` characters in (on a later line if the sentence is wrapped). */
export function refAt(sentence: Sentence, index: number): SourceRef {
  const at = Math.max(0, index)
  const wrapped = sentence.breaks?.findLast(lineBreak => lineBreak.at <= at)
  return wrapped
    ? { line: wrapped.line, column: wrapped.column + at - wrapped.at, sentence: sentence.sentence }
    : { line: sentence.line, column: sentence.column + at, sentence: sentence.sentence }
}

/**
 * Turn every place in `value` (any object with a numeric `line` and `column`, however deep) from
 * the normalised text's columns into the file's (`ColumnMap` of parse/read-article.ts). Each object
 * is mapped once, however often it is referred to.
 */
export function toFileColumns<T>(value: T, columns: Map<number, number[]>): T {
  if (columns.size === 0) return value
  const seen = new WeakSet<object>()
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    if (Array.isArray(node)) {
      for (const item of node) visit(item)
      return
    }
    const place = node as { line?: unknown; column?: unknown }
    if (typeof place.line === 'number' && typeof place.column === 'number') {
      const map = columns.get(place.line)
      if (map) place.column = map[place.column] ?? map.at(-1)! + place.column - (map.length - 1)
    }
    for (const child of Object.values(node)) visit(child)
  }
  visit(value)
  return value
}
