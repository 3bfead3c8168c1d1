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
