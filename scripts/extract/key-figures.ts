import type { Grammar } from '../lang/grammar.js'
import type { KeyFigure, Sentence, SourceRef } from '../model.js'
import { refAt } from '../positions.js'
import { quotedParts } from './attribution.js'
import { condense, ELLIPSIS, trimSentence } from './condense.js'
import { findMoney } from './money.js'
import { numberValue } from './numbers.js'

/** How many key figures the deck shows at most. */
export const MAX_KEY_FIGURES = 9

/**
 * A figure inside a quotation is the speaker's wording, at times a reference to something else: it
 * comes after every figure the report states itself.
 */
const QUOTED_RANK = 10

/** Below this, a count of points, steps or proposals announces a list rather than a figure. */
const MIN_COUNTED_FIGURE = 20

/**
 * The key figures of the story: amounts that are not pledges, percentages and counts, those of the
 * lead and of what the main speaker says first (`rank`: lower comes first). Counts of participants
 * and pledges have their own places (`exclude`).
 */
export function extractKeyFigures(
  grammar: Grammar,
  sentences: Sentence[],
  rank: (sentence: Sentence) => number,
  exclude: SourceRef[],
  listed: (count: number) => boolean = () => false,
): KeyFigure[] {
  const { percent, count, rate } = grammar.figures
  const quotedBySentence = quotedParts(sentences)
  const candidates: Array<{
    figure: string
    index: number
    sentence: Sentence
    source: SourceRef
    rank: number
    order: number
  }> = []
  // Where the figures kept so far end, by sentence text: one figure inside another ("USD 1 miliar"
  // and "1 miliar") is one.
  const keptUpTo = new Map<string, number>()
  const latest = latestYear(grammar, sentences)
  for (const [order, sentence] of sentences.entries()) {
    const text = sentence.sentence
    // Where the quotations are: a figure inside one ranks after the report's own (QUOTED_RANK).
    const quoted = quotedBySentence.get(sentence) ?? []
    const found: Array<{ index: number; text: string }> = []
    for (const money of findMoney(grammar, text))
      found.push({ index: money.index, text: money.text })
    for (const match of text.matchAll(percent)) found.push({ index: match.index!, text: match[0] })
    for (const match of text.matchAll(count)) {
      const value = numberValue(grammar, match[1]!.replace(/,\d+$/u, ''))
      // A year says nothing on its own, nor "dua negara" (the two sides): a count in words is three
      // or more. "Empat usulan" announces a list the points show (`listed`); "1.250 usulan" is a
      // figure, and so is "5 agenda" when no list of five is shown.
      const noun = /^\S+/u.exec(match[2] ?? '')?.[0].toLowerCase() ?? ''
      if (
        !(value >= 2) ||
        (!/\d/u.test(match[1]!) && value < 3) ||
        /^(?:19|20)\d\d$/u.test(match[1]!) ||
        (grammar.points.pointNouns.has(noun) &&
          value < MIN_COUNTED_FIGURE &&
          (listed(value) ||
            grammar.points.listFollows.test(text.slice(match.index! + match[0].length))))
      )
        continue
      found.push({ index: match.index!, text: match[0] })
    }
    const excluded = exclude.filter(ref => ref.sentence === text)
    // (Read once per sentence, and only when it has a figure: the sentence may be long.)
    let history: ((index: number) => boolean) | undefined
    let quote = 0
    for (const figure of found.sort((a, b) => a.index - b.index)) {
      const source = refAt(sentence, figure.index)
      // An exchange rate or an assumption is no figure of the event: "kurs Rp 15 ribu per USD".
      if (rate.test(text.slice(Math.max(0, figure.index - 15), figure.index))) continue
      while (quote < quoted.length && quoted[quote]!.end <= figure.index) quote++
      const inQuote = quote < quoted.length && figure.index >= quoted[quote]!.start
      // A count or amount shown elsewhere (at its place, or within the 40 characters after it) is
      // not repeated.
      if (excluded.some(ref => ref.column <= source.column && source.column < ref.column + 40))
        continue
      if (source.column < (keptUpTo.get(text) ?? -Infinity)) continue
      // "… ketika ia mulai memimpin pada 2011, belanja pegawai 70 persen": a figure of long ago is the
      // story's history, not its news; so is "Pada Forum pertama hadir 300 orang, …", of an earlier
      // edition.
      history ??= historyOf(grammar, text, latest)
      if (history(figure.index)) continue
      const figureText = figure.text.trim()
      keptUpTo.set(
        text,
        Math.max(keptUpTo.get(text) ?? -Infinity, source.column + figureText.length),
      )
      candidates.push({
        figure: figureText,
        index: figure.index,
        sentence,
        source,
        rank: rank(sentence) + (inQuote ? QUOTED_RANK : 0),
        order,
      })
    }
  }
  // The lead's figures first, then the main speaker's, then the rest; shown in article order. Only
  // those shown get their clause (shortening it is the costly part).
  return candidates
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, MAX_KEY_FIGURES)
    .sort((a, b) => a.order - b.order || a.source.column - b.source.column)
    .map(candidate => ({
      figure: candidate.figure,
      context: contextOf(candidate.sentence.sentence, candidate.index, candidate.figure),
      source: candidate.source,
    }))
}

/** A year this many years or more before the latest the article names is long past. */
const PAST_YEARS = 3

/** The latest year the article names. */
function latestYear(grammar: Grammar, sentences: Sentence[]): number {
  let latest = 0
  for (const sentence of sentences)
    for (const match of sentence.sentence.matchAll(grammar.figures.years))
      latest = Math.max(latest, Number(match[1]))
  return latest
}

/**
 * Which places of a sentence stand in its history: after a year long past that is no end of a span
 * or a change (not "sejak 2010" in the clause before it, not "2010–2020", not "pada 2010 … menjadi 8
 * persen" before the place), or in a clause about an earlier edition ("Pada Forum 1 …"). Each mark
 * is found once, and each place is told by the last mark before it: the time stays linear in the
 * sentence's length however many figures it holds.
 */
function historyOf(grammar: Grammar, text: string, latest: number): (index: number) => boolean {
  const { years, spanWords, spanAfter, earlierEditions } = grammar.figures
  const starts = (pattern: RegExp): number[] =>
    [...text.matchAll(pattern)].map(match => match.index!)
  const breaks = starts(CLAUSE_BREAK)
  const spans = starts(spanWords)
  const editions = [...text.matchAll(earlierEditions)]
  const editionStarts = editions.map(match => match.index!)
  const editionEnds = editions.map(match => match.index! + match[0].length)
  const pastEnds: number[] = []
  for (const match of text.matchAll(years)) {
    if (Number(match[1]) > latest - PAST_YEARS) continue
    const end = match.index! + match[0].length
    // (A span word in the clause before the year, or a dash or "hingga" right after it.)
    if (lastBefore(spans, match.index!) > lastBefore(breaks, match.index!)) continue
    if (spanAfter.test(text.slice(end, end + 12))) continue
    pastEnds.push(end)
  }
  return index => {
    const year = lastBefore(pastEnds, index + 1)
    if (year >= 0 && lastBefore(spans, index) < year) return true
    // (The last edition that ends by the place, and starts after the clause's break.)
    const edition = countBefore(editionEnds, index + 1) - 1
    return edition >= 0 && editionStarts[edition]! > lastBefore(breaks, index)
  }
}

// Where a clause breaks: a semicolon, a colon, a comma before a space (not a decimal comma).
const CLAUSE_BREAK = /[;:]|,\s/gu

/** How many of the sorted positions are before `index`. */
function countBefore(positions: number[], index: number): number {
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (positions[middle]! < index) low = middle + 1
    else high = middle
  }
  return low
}

/** The last of the sorted positions before `index`, or -1. */
function lastBefore(positions: number[], index: number): number {
  const count = countBefore(positions, index)
  return count > 0 ? positions[count - 1]! : -1
}

/** Words of a figure's context: the clause it stands in, else a window of words around it. */
const CONTEXT_WORDS = 14

/**
 * What the figure is: its clause, shortened to whole clauses that keep the figure; when the clause
 * alone is too long, the words around the figure (most of them before it, where Indonesian says
 * what is counted), the cut ends marked. Never a shortening that leaves the figure out.
 */
function contextOf(text: string, index: number, figure: string): string {
  const clause = clauseAround(text, index)
  const short = condense(clause, CONTEXT_WORDS)
  if (short.includes(figure)) return short
  const words = [...text.matchAll(/\S+/gu)]
  const at = words.findIndex(word => word.index! + word[0].length > index)
  const from = Math.max(0, at - (CONTEXT_WORDS - 5))
  const to = Math.min(words.length, from + CONTEXT_WORDS)
  const piece = text.slice(words[from]!.index!, words[to - 1]!.index! + words[to - 1]![0].length)
  return `${from > 0 ? `${ELLIPSIS} ` : ''}${trimSentence(piece)}${to < words.length ? ` ${ELLIPSIS}` : ''}`
}

// The clause a figure stands in: from the comma or semicolon before it to the one after it (not a
// decimal comma).
function clauseAround(text: string, index: number): string {
  const isBreak = (at: number): boolean =>
    (text[at] === ',' || text[at] === ';') && !/\d/u.test(text[at + 1] ?? '')
  let start = index - 1
  while (start >= 0 && !isBreak(start)) start--
  let end = index + 1
  while (end < text.length && !isBreak(end)) end++
  return text.slice(start + 1, end).trim()
}
