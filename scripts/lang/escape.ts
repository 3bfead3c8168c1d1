// Text made literal inside a regular expression: the one escape the extractors, the grammar and
// the editor's anchors share.

/** The text with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** A phrase as a pattern: its words as written, any run of white space between them. */
export function phrasePattern(phrase: string): string {
  return phrase.split(/\s+/u).map(escapeRegExp).join('\\s+')
}
