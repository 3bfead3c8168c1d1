import type { Grammar } from './grammar.js'

/**
 * `read` remembered per grammar and text: a text that several readers ask about (a sentence's
 * amounts, a line's residue, an office's key) is read once. At most `size` texts are kept per
 * grammar (then the memory starts afresh), so a long session of articles does not keep every one.
 */
export function perGrammar<T>(
  read: (grammar: Grammar, text: string) => T,
  size = Number.POSITIVE_INFINITY,
): (grammar: Grammar, text: string) => T {
  const memory = new WeakMap<Grammar, Map<string, T>>()
  return (grammar, text) => {
    let known = memory.get(grammar)
    if (!known) {
      known = new Map()
      memory.set(grammar, known)
    }
    if (known.has(text)) return known.get(text)!
    if (known.size >= size) known.clear()
    const value = read(grammar, text)
    known.set(text, value)
    return value
  }
}
