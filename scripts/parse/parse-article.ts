import type { Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Article, Paragraph, Sentence } from '../model.js'

// Indonesian abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'kh', 'st', 'tn', 'ny', 'sdr', 'sdri', 'bpk', 'no', 'jl', 'jln',
  'dll', 'dsb', 'dkk', 'tsb', 'yth', 'kab', 'kec', 'kel', 'prov', 'sen', 'jr', 'sr', 'mr', 'mrs', 'ms', 'vs', 'hlm',
])

// Lines a web page adds around the story: counters, share and follow buttons, related links.
const RESIDUE_PREFIX = /^(?:baca juga|lihat juga|simak juga|tonton juga|bagikan|share|ikuti|follow|komentar|tag|topik|editor|penulis|pewarta|foto|video)\b/i
const SENTENCE_END = /[.!?…]["'”’)]*$/

const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' })

/** Split one paragraph's text into sentences, keeping each sentence's offset. */
export function splitSentences(text: string): Array<{ text: string, index: number }> {
  const pieces: Array<{ text: string, index: number }> = []
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd()
    const lead = trimmed.length - trimmed.trimStart().length
    if (trimmed.trim() === '') continue
    const previous = pieces.at(-1)
    if (previous && endsWithAbbreviation(previous.text)) {
      previous.text = text.slice(previous.index, index + trimmed.length)
      continue
    }
    pieces.push({ text: trimmed.trimStart(), index: index + lead })
  }
  return pieces
}

function endsWithAbbreviation(sentence: string): boolean {
  const last = /(\S+)\.$/.exec(sentence)?.[1]
  if (!last) return false
  if (/^\p{Lu}$/u.test(last)) return true // an initial, as in "Joko S. Widodo"
  return ABBREVIATIONS.has(last.toLowerCase())
}

/** True for lines that belong to the page around the story rather than the story. */
export function isResidue(text: string): boolean {
  const words = text.split(/\s+/).filter(word => /\p{L}/u.test(word))
  if (words.length === 0) return true
  if (/^\S+:\s*https?:\/\/\S+$/i.test(text)) return false // "Sumber: https://…" and the like
  if (RESIDUE_PREFIX.test(text)) return words.length < 8 || /^[^:]{0,20}:/.test(text)
  return words.length < 4 && !SENTENCE_END.test(text)
}

// Markers that remark recognised as structure, not text: heading hashes, quote and list markers.
const MARKERS: Partial<Record<RootContent['type'], RegExp>> = {
  heading: /^\s{0,3}#{1,6}\s+|\s+#+\s*$/g,
  blockquote: /^\s{0,3}(?:>\s?)+/,
  list: /^\s*(?:[-*+]|\d{1,9}[.)])\s+/,
}

/** One line of a block, markers stripped, with its place. */
interface Piece {
  line: number
  column: number
  text: string
}

// A line that breaks off mid-sentence (no closing punctuation, not a bare link) continues on the next
// line when that opens in lower case or with a digit, or when it is long enough to have been wrapped
// at a width (a short line without a full stop is more likely a title or a label).
function continues(previous: Piece, next: Piece): boolean {
  if (/[.!?…;"”’)\]]$/u.test(previous.text) || /https?:\/\/\S+$/u.test(previous.text)) return false
  return /^[\p{Ll}\d]/u.test(next.text) || previous.text.length >= 40
}

/**
 * Parse the article with remark and return its paragraphs. Lines that remark
 * joins into one paragraph (soft line breaks) stay separate, so that every
 * paragraph keeps its own line number; only a line that breaks off mid-sentence
 * is joined with the line that continues it (hard-wrapped text).
 */
export function parseArticle(text: string): Article {
  const tree = unified().use(remarkParse).parse(text) as Root
  const lines = text.split('\n')
  const lineOffsets: number[] = []
  let offset = 0
  for (const line of lines) {
    lineOffsets.push(offset)
    offset += line.length + 1
  }

  const article: Article = { paragraphs: [], sentences: [], residue: [] }
  for (const node of tree.children) {
    if (!node.position || node.type === 'thematicBreak') continue
    const first = node.position.start.line
    // A setext heading's underline is markup, not text.
    const last = node.type === 'heading' && /^\s*[=-]+\s*$/.test(lines[node.position.end.line - 1] ?? '')
      ? node.position.end.line - 1
      : node.position.end.line
    const groups: Piece[][] = []
    for (let line = first; line <= last; line++) {
      const raw = lines[line - 1] ?? ''
      const marker = MARKERS[node.type]
      const stripped = marker ? raw.replace(marker, m => ' '.repeat(m.length)) : raw
      const body = stripped.trimEnd()
      const lead = body.length - body.trimStart().length
      const piece = { line, column: lead + 1, text: body.slice(lead) }
      if (piece.text === '') continue
      const group = groups.at(-1)
      if (group && node.type !== 'heading' && continues(group.at(-1)!, piece)) group.push(piece)
      else groups.push([piece])
    }
    for (const group of groups) {
      const content = group.map(piece => piece.text).join(' ')
      if (isResidue(content) && node.type !== 'heading') {
        article.residue.push({ line: group[0].line, text: content })
        continue
      }
      article.paragraphs.push(makeParagraph(group, lineOffsets, node.type === 'heading' ? node.depth : 0, article.paragraphs.length))
    }
  }
  article.sentences = article.paragraphs.flatMap(paragraph => paragraph.sentences)
  return article
}

function makeParagraph(group: Piece[], lineOffsets: number[], depth: number, index: number): Paragraph {
  // Where each line starts in the joined text, to map a sentence back to its line and column.
  const starts: number[] = []
  let length = 0
  for (const piece of group) {
    starts.push(length)
    length += piece.text.length + 1
  }
  const place = (at: number): { line: number, column: number, offset: number } => {
    let which = 0
    while (which + 1 < group.length && starts[which + 1] <= at) which++
    const piece = group[which]
    const column = piece.column + at - starts[which]
    return { line: piece.line, column, offset: lineOffsets[piece.line - 1] + column - 1 }
  }
  const text = group.map(piece => piece.text).join(' ')
  const sentences: Sentence[] = splitSentences(text).map((piece) => {
    const sentence: Sentence = { sentence: piece.text, ...place(piece.index), paragraph: index }
    const breaks = group.flatMap((line, which) => starts[which] > piece.index && starts[which] < piece.index + piece.text.length
      ? [{ at: starts[which] - piece.index, line: line.line, column: line.column }]
      : [])
    if (breaks.length > 0) sentence.breaks = breaks
    return sentence
  })
  return { ...place(0), text, depth, sentences }
}
