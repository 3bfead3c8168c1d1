import type { Drive, Drives, Sentence } from '../model.js'
import { ELLIPSIS, trimSentence, wordCount } from './condense.js'
import { NUMBER_WORDS, ORDINALS } from './conventions.js'
import { refAt } from './speaker.js'

/** Longest drive headline, in words. */
export const MAX_HEADLINE_WORDS = 10

// An ordinal opens a point when it starts the sentence, follows a colon or semicolon (", dan"/"; dan"
// included) or "yaitu"/"yakni", and a comma or colon follows it.
const MARKER = new RegExp(`(?<=^|[:;]\\s*|[,;]\\s*(?:dan|serta)\\s+|\\b(?:yaitu|yakni)\\s+)(${ORDINALS.join('|')})\\s*[,:]\\s*`, 'giu')
// A count announced in quotes before the points: semangat "5 dorongan".
const LABEL = new RegExp(`["“]\\s*(\\d+|${NUMBER_WORDS.join('|')})\\s+([^"“”]{2,40}?)\\s*["”]`, 'iu')

interface Marker { sentence: Sentence, number: number, ordinal: string, index: number, end: number }

// Words before which a long clause can be cut without leaving it hanging.
const JOINS = new Set(['dan', 'serta', 'untuk', 'dengan', 'melalui', 'guna', 'agar', 'yang'])

/**
 * The headline of a drive: its first clause, at most MAX_HEADLINE_WORDS words. A longer
 * clause is cut before a joining word ("dan", "untuk" …), else at the limit with an ellipsis.
 */
export function driveHeadline(text: string): string {
  const clause = trimSentence(text.split(/[,;:]/u)[0])
  const words = clause.split(/\s+/)
  if (words.length <= MAX_HEADLINE_WORDS) return clause
  for (let cut = 3; cut <= MAX_HEADLINE_WORDS; cut++) {
    if (JOINS.has(words[cut].toLowerCase())) return words.slice(0, cut).join(' ')
  }
  return `${words.slice(0, MAX_HEADLINE_WORDS - 1).join(' ')} ${ELLIPSIS}`
}

// "5" or "lima".
function countOf(word: string): number {
  return /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word.toLowerCase()) + 1
}

/** Find the enumerated drives (Pertama … Kelima), in one paragraph or one per line. */
export function extractDrives(sentences: Sentence[]): Drives | undefined {
  const markers: Marker[] = []
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(MARKER)) {
      const number = ORDINALS.findIndex(ordinal => ordinal.toLowerCase() === match[1].toLowerCase()) + 1
      markers.push({ sentence, number, ordinal: match[1], index: match.index!, end: match.index! + match[0].length })
    }
  }
  // The longest run Pertama, Kedua, … in order of appearance.
  let best: Marker[] = []
  for (let start = 0; start < markers.length; start++) {
    if (markers[start].number !== 1) continue
    const run = [markers[start]]
    for (let next = start + 1; next < markers.length && markers[next].number === run.length + 1; next++) run.push(markers[next])
    if (run.length > best.length) best = run
  }
  if (best.length < 2) return undefined

  const items: Drive[] = best.map((marker, position) => {
    const following = best[position + 1]
    const stop = following && following.sentence === marker.sentence ? following.index : marker.sentence.sentence.length
    const text = trimSentence(marker.sentence.sentence.slice(marker.end, stop).replace(/[;,]?\s*(?:dan|serta)?\s*$/u, ''))
    return { ordinal: marker.ordinal, number: marker.number, headline: driveHeadline(text), text, source: refAt(marker.sentence, marker.index) }
  }).filter(drive => wordCount(drive.text) > 0)

  const first = best[0].sentence
  const lead = sentences.filter(sentence => sentence.offset <= first.offset).slice(-2)
  const label = lead.map(sentence => LABEL.exec(sentence.sentence)).findLast(Boolean)
  return {
    label: label ? `${label[1]} ${label[2]}` : undefined,
    announced: label ? countOf(label[1]) : undefined,
    items,
  }
}
