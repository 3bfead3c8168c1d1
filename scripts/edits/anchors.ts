// The editor's anchors: pieces of text that find an item on the slides (hide, pin, the speaker) or a span
// of the article (add), matched as people write them again: case and runs of white space aside.
import { escapeRegExp } from '../lang/escape.js'
import type { Article, Sentence, SourceRef } from '../model.js'
import { refAt } from '../positions.js'

/** Text as the editor's anchors compare it: composed, in lower case, each run of white space one space. */
export function looseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase()
}

/** True when the loose form of any of the texts holds the piece. */
export function holds(piece: string, ...texts: Array<string | undefined>): boolean {
  const wanted = looseText(piece)
  return wanted !== '' && texts.some(text => text !== undefined && looseText(text).includes(wanted))
}

/** A span of the article an editor adds to a section: the article's own text, its place and sentence. */
export interface AddedSpan {
  text: string
  source: SourceRef
  sentence: Sentence
}

/** A pattern for the piece: its words as written, any run of white space between them, any case. */
function spanPattern(piece: string): RegExp {
  const words = piece.normalize('NFC').trim().split(/\s+/u).map(escapeRegExp)
  return new RegExp(words.join('\\s+'), 'iu')
}

/** Find the piece in a sentence of the article: the first sentence that holds it. */
export function findSpan(article: Article, piece: string): AddedSpan | undefined {
  if (piece.trim() === '') return undefined
  const pattern = spanPattern(piece)
  for (const sentence of article.sentences) {
    const match = pattern.exec(sentence.sentence)
    if (match) return { text: match[0], source: refAt(sentence, match.index), sentence }
  }
  return undefined
}
