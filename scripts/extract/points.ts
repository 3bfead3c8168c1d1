import type { Grammar } from '../lang/grammar.js'
import type { Doubt, Paragraph, Point, Points, Sentence } from '../model.js'
import { refAt } from '../positions.js'
import { verbAfter } from './attribution.js'
import { ELLIPSIS, trimSentence, wordCount } from './condense.js'
import { mentionAt } from './mentions.js'

/** Longest point headline, in words. */
export const MAX_HEADLINE_WORDS = 10

// "(1) …", "1) …": parenthesised numbers inside a sentence.
const NUMBERED = /(?<=^|[\s:;,])\(?(\d{1,2})\)\s+/gu
// A list line: "1.", "2)", "a)", "(b)".
const LIST_LINE = /^(?:\(?([a-j])\)|(\d{1,2})[.)])(?:\s+|(?=["“]))/u

interface Marker {
  sentence: Sentence
  number: number
  ordinal: string
  index: number
  end: number
  loose?: boolean
}

/**
 * The headline of a point: its first clause, at most MAX_HEADLINE_WORDS words. A longer
 * clause is cut before a joining word ("dan", "untuk" …), else at the limit with an ellipsis.
 */
export function pointHeadline(grammar: Grammar, text: string): string {
  // (Not at a decimal comma: "Rp120,5 miliar".)
  const clause = trimSentence(text.split(/[;:]|,(?!\d)/u)[0]!)
  const words = clause.split(/\s+/)
  if (words.length <= MAX_HEADLINE_WORDS) return clause
  for (let cut = 3; cut <= MAX_HEADLINE_WORDS; cut++) {
    if (grammar.points.clauseJoins.has(words[cut]!.toLowerCase()))
      return words.slice(0, cut).join(' ')
  }
  return `${words.slice(0, MAX_HEADLINE_WORDS - 1).join(' ')} ${ELLIPSIS}`
}

/** "5", "lima" → 5. */
export function countOf(grammar: Grammar, word: string): number {
  return /^\d+$/u.test(word) ? Number(word) : grammar.points.units.indexOf(word.toLowerCase()) + 1
}

function ordinalNumber(grammar: Grammar, word: string): number {
  const bare = word.toLowerCase().replace('-', '')
  return grammar.points.ordinals.findIndex(ordinal => ordinal.toLowerCase() === bare) + 1
}

/** Every run of markers numbered 1, 2, … in order (two or more); "Terakhir" may close a run. */
function runs(markers: Marker[]): Marker[][] {
  const found: Marker[][] = []
  for (let start = 0; start < markers.length; start++) {
    if (markers[start].number !== 1) continue
    const run = [markers[start]]
    for (let next = start + 1; next < markers.length; next++) {
      if (markers[next].number === run.length + 1) run.push(markers[next])
      else if (markers[next].number === 0 && run.length >= 2) {
        run.push({ ...markers[next], number: run.length + 1 })
        break
      } else if (markers[next].number === 1) break
    }
    if (run.length >= 2) found.push(run)
  }
  return found
}

function items(grammar: Grammar, run: Marker[]): Point[] {
  return run
    .map((marker, position) => {
      const following = run[position + 1]
      const stop =
        following && following.sentence === marker.sentence
          ? following.index
          : marker.sentence.sentence.length
      // "“Yang ketiga …,” ucap dia.": a point quoted whole ends where its quotation does.
      // (A point that opens with its quotation, '1. "…"', ends at the mark that closes it.)
      const opens = /^["“]/u.test(marker.sentence.sentence.slice(marker.end)) ? 1 : 0
      const quoted = /^["“]/u.test(marker.sentence.sentence)
        ? marker.sentence.sentence.slice(marker.end + opens, stop).search(/["”]/u)
        : -1
      const end = quoted >= 0 ? marker.end + opens + quoted : stop
      // "Kedua, kata Hartono, …": an attribution set inside the point is not part of it.
      const raw = marker.sentence.sentence
        .slice(marker.end, end)
        .replace(grammar.points.trailingJoin, '')
      const inner = grammar.points.attributionInside.exec(raw)?.[0].length ?? 0
      const text = trimSentence(
        trimSentence(withoutSpeaker(grammar, raw.slice(inner))).replace(/^["“]|["”]$/gu, ''),
      )
      return {
        ordinal: marker.ordinal,
        number: marker.number,
        headline: pointHeadline(grammar, text),
        text,
        source: refAt(marker.sentence, marker.index),
      }
    })
    .filter(point => wordCount(point.text) > 0)
}

/**
 * "Yang kedua, Budi juga menekankan para bupati harus …": the point is what the named speaker said,
 * after their name and verb of saying (and its "bahwa").
 */
function withoutSpeaker(grammar: Grammar, text: string): string {
  const start = text.length - text.trimStart().length
  const mention = mentionAt(grammar, text, start)
  if (mention?.kind !== 'person' || !mention.name) return text
  const verb = verbAfter(grammar, text, mention.end)
  // (Only a verb of saying: "Budi meminta …" asks, and the point is the asking.)
  if (!verb || !grammar.points.pointSaying.test(verb.verb)) return text
  const after = text.slice(verb.end)
  const gap = after.length - after.trimStart().length
  const that = grammar.attribution.complementizer.exec(after.slice(gap))
  const rest = after.slice(that && that.index === 0 ? gap + that[0].length : 0)
  return wordCount(rest) >= 3 ? rest.trimStart() : text
}

/** Points opened by ordinal words ("Pertama, …", "Yang kedua ialah …"), in one paragraph or one per line. */
function ordinalPoints(grammar: Grammar, sentences: Sentence[]): Marker[][] {
  const { marker, looseMarker, isLast } = grammar.points
  const markers: Marker[] = []
  for (const sentence of sentences) {
    if (!grammar.points.anyOrdinal.test(sentence.sentence)) continue
    const strict = [...sentence.sentence.matchAll(marker)]
    for (const match of strict) {
      const number = isLast.test(match[1]!) ? 0 : ordinalNumber(grammar, match[1]!)
      markers.push({
        sentence,
        number,
        ordinal: match[0].slice(0, match[0].indexOf(match[1]!) + match[1]!.length).trim(),
        index: match.index!,
        end: match.index! + match[0].length,
      })
    }
    for (const match of sentence.sentence.matchAll(looseMarker)) {
      if (strict.some(other => other.index === match.index)) continue
      const word = match[1] ?? match[2]!
      const number = isLast.test(word) ? 0 : ordinalNumber(grammar, word)
      if (number !== 1)
        markers.push({
          sentence,
          number,
          ordinal: match[0].slice(0, match[0].indexOf(word) + word.length).trim(),
          index: match.index!,
          end: match.index! + match[0].length,
          loose: true,
        })
    }
  }
  return runs(markers.sort((a, b) => a.sentence.offset - b.sentence.offset || a.index - b.index))
}

/**
 * Points made as parallel paragraphs: three or more in a row that open with the same subject and a
 * word of obligation ("Kita harus …", "Kita hendaknya …", "Kita perlu …").
 */
function parallelPoints(grammar: Grammar, paragraphs: Paragraph[]): Marker[][] {
  const found: Marker[][] = []
  let run: Marker[] = []
  let subject = ''
  const close = (): void => {
    if (run.length >= 3) found.push(run)
    run = []
    subject = ''
  }
  for (const paragraph of paragraphs) {
    const sentence = paragraph.sentences[0]
    const opener =
      sentence && !paragraph.depth && grammar.points.parallelOpener.exec(sentence.sentence)
    if (!sentence || !opener) {
      close()
      continue
    }
    if (opener[1]!.toLowerCase() !== subject) close()
    subject = opener[1]!.toLowerCase()
    const number = run.length + 1
    run.push({ sentence, number, ordinal: String(number), index: 0, end: opener[0].length })
  }
  close()
  return found
}

/** Points numbered "(1) … (2) …" inside sentences. */
function numberedPoints(sentences: Sentence[]): Marker[][] {
  const markers: Marker[] = []
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(NUMBERED)) {
      markers.push({
        sentence,
        number: Number(match[1]),
        ordinal: match[0].trim(),
        index: match.index!,
        end: match.index! + match[0].length,
      })
    }
  }
  return runs(markers)
}

/** A line of a list that another line follows: it ends with a comma or a semicolon. */
const LIST_LINE_GOES_ON = /[,;]\s*$/u

/** A list of paragraphs after a colon has at most this many. */
const MAX_INTRODUCED = 8

/**
 * "Berikut capaian yang diraih:" and then paragraphs, each opening with a capital, up to a heading:
 * each paragraph is a point. The run must end where the story turns, at a heading or a line that
 * reads as one (a few words, no full stop), or where its lines' own punctuation closes it: up to the
 * end of the text, the rest of the article (a speech "berikut pidatonya:") would be read as the list.
 */
function introducedParagraphs(paragraphs: Paragraph[]): Marker[][] {
  const found: Marker[][] = []
  for (const [at, intro] of paragraphs.entries()) {
    if (intro.depth > 0 || intro.listItem || !/:\s*$/u.test(intro.text)) continue
    const run: Marker[] = []
    // "… antara lain:" and lines that each end with a comma or a semicolon, the last with a full
    // stop: a list copied line by line, closed by its own punctuation.
    let closed = false
    let everyGoesOn = true
    let next = at + 1
    for (; next < paragraphs.length && run.length <= MAX_INTRODUCED; next++) {
      const paragraph = paragraphs[next]!
      const sentence = paragraph.sentences[0]
      // (Lines with markers, "1." or "-", are a list of their own.)
      if (
        paragraph.depth > 0 ||
        paragraph.listItem ||
        paragraph.marker ||
        !sentence ||
        isSubheading(paragraph)
      )
        break
      if (!/^\p{Lu}/u.test(paragraph.text)) break
      run.push({ sentence, number: run.length + 1, ordinal: '', index: 0, end: 0 })
      if (LIST_LINE_GOES_ON.test(paragraph.text)) continue
      closed =
        run.length >= 2 &&
        everyGoesOn &&
        paragraph.sentences.length === 1 &&
        /\.\s*$/u.test(paragraph.text)
      everyGoesOn = false
      if (closed) {
        next++
        break
      }
    }
    const after = paragraphs[next]
    const turns = closed || (after !== undefined && (after.depth > 0 || isSubheading(after)))
    if (run.length >= 2 && run.length <= MAX_INTRODUCED && turns) found.push(run)
  }
  return found
}

/** A line that reads as a subheading: a few words opening with a capital, no closing mark. */
function isSubheading(paragraph: Paragraph): boolean {
  return (
    paragraph.text.split(/\s+/u).length <= SUBHEADING_WORDS &&
    /^\p{Lu}/u.test(paragraph.text) &&
    !/[.!?:;,"”’)]\s*$/u.test(paragraph.text)
  )
}

/** A subheading has at most this many words. */
const SUBHEADING_WORDS = 8

/** Points on lines of their own: "1." (a markdown list), "a)", "(b)". */
function listPoints(paragraphs: Paragraph[]): Marker[][] {
  const markers: Marker[] = []
  const lines: Marker[][] = []
  for (const [at, paragraph] of paragraphs.entries()) {
    const sentence = paragraph.sentences[0]
    if (!sentence || paragraph.depth > 0) continue
    const numbered = paragraph.marker && /^(\d{1,2})[.)]$/u.exec(paragraph.marker)
    // A list the story introduces, one item per line, counts its items in order.
    if (paragraph.listItem && !numbered) {
      const run = paragraphs[at - 1]?.listItem ? lines.at(-1) : undefined
      const item = {
        sentence,
        number: (run?.length ?? 0) + 1,
        ordinal: paragraph.marker ?? '',
        index: 0,
        end: 0,
      }
      if (run) run.push(item)
      else lines.push([item])
      continue
    }
    if (numbered) {
      markers.push({
        sentence,
        number: Number(numbered[1]),
        ordinal: paragraph.marker!,
        index: 0,
        end: 0,
      })
      continue
    }
    const line = LIST_LINE.exec(sentence.sentence)
    if (line) {
      const number = line[1] ? line[1].charCodeAt(0) - 96 : Number(line[2])
      markers.push({ sentence, number, ordinal: line[0].trim(), index: 0, end: line[0].length })
    }
  }
  // A list item's text is its whole paragraph: later sentences of the same line belong to it.
  return [...runs(markers), ...lines.filter(run => run.length >= 2)]
}

/** "tiga langkah, yaitu A, B, dan C": the items of a counted prose list, only when they match the count. */
function countedList(grammar: Grammar, sentences: Sentence[], doubts: Doubt[]): Points | undefined {
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(grammar.points.countedList)) {
      const announced = countOf(grammar, match[1]!)
      if (announced < 2) continue
      const start = match.index! + match[0].length
      const text = sentence.sentence
      // A list quoted whole ends where its quotation does; so does a list inside a quotation
      // ("“… empat hal, yaitu A; B; serta C,” katanya").
      const quotedWhole = /^["“]/u.test(text.slice(start))
      const close = quotedWhole
        ? start + 1 + text.slice(start + 1).search(/["”]/u) + 1
        : insideQuote(text, start) || closesQuote(text, start)
          ? start + text.slice(start).search(/["”]/u)
          : -1
      const listed = close > start ? text.slice(0, close).replace(/[\s,;]+$/u, '') : text
      const found = splitItems(grammar, listed, start)
      // "A, B, dan C, memperdalam …": the item the count ends on opens with "dan"; what follows
      // is the sentence going on. But one word after its comma is a list inside the item: "A,
      // serta B dari, oleh, dan untuk desa" ends at the sentence's end.
      const last = found[announced - 1]
      const inner = found.length > announced && wordCount(found[announced]!.text) === 1
      const parts =
        found.length > announced && last!.last
          ? inner
            ? [
                ...found.slice(0, announced - 1),
                { ...last!, text: trimSentence(listed.slice(last!.index)) },
              ]
            : found.slice(0, announced)
          : found
      // "‘penggerak empat roda’ A-B yaitu …": the label is the count and its noun, up to a closing quote.
      // A collective count keeps its prefix: the label is what the article says ("Ketiga hal").
      const count = match[0].slice(0, match[0].indexOf(match[1]!) + match[1]!.length)
      const label = `${count} ${match[2]!.split(/[’”]/u)[0]}`.replace(/\s+/gu, ' ')
      if (parts.length !== announced) {
        doubts.push({
          reason: `"${label}" announces ${announced} items but the list after it reads as ${parts.length}; left for review`,
          source: refAt(sentence, match.index!),
        })
        continue
      }
      return {
        label,
        announced,
        items: parts.map((part, index) => ({
          ordinal: String(index + 1),
          number: index + 1,
          headline: pointHeadline(grammar, part.text),
          text: part.text,
          source: refAt(sentence, part.index),
        })),
      }
    }
  }
  return undefined
}

/**
 * Whether the next quotation mark after `at` closes a quotation opened in an earlier sentence: a
 * closing curly mark, or a straight one followed by the attribution ("…,\" katanya").
 */
function closesQuote(text: string, at: number): boolean {
  const next = /["“”]/u.exec(text.slice(at))
  if (!next) return false
  return (
    next[0] === '”' || (next[0] === '"' && /^"\s*,?\s*\p{Ll}/u.test(text.slice(at + next.index)))
  )
}

/** Whether `at` lies inside a quotation opened earlier in the text and not yet closed. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at)
  const curly = (before.match(/“/gu)?.length ?? 0) - (before.match(/”/gu)?.length ?? 0)
  const straight = (before.match(/"/gu)?.length ?? 0) % 2
  return curly > 0 || straight === 1
}

// Split "A, B, dan C" at commas and semicolons outside parentheses and quotes; "dan"/"serta" opens
// the last item.
function splitItems(
  grammar: Grammar,
  text: string,
  start: number,
): Array<{ text: string; index: number; last: boolean }> {
  const found: Array<{ text: string; index: number; last: boolean }> = []
  let depth = 0
  let quoted = false
  let from = start
  const push = (end: number): void => {
    const raw = text.slice(from, end)
    const leadText = grammar.points.itemLead.exec(raw)![0]
    const lead = leadText.length
    // A list quoted whole ("“A, B, dan C,”"): the quotation marks are not part of the items.
    const quote = /^["“]/u.test(raw.slice(lead)) ? 1 : 0
    const body = trimSentence(raw.slice(lead + quote).replace(/["”]\s*$/u, ''))
    if (body)
      found.push({
        text: body,
        index: from + lead + quote,
        last: grammar.points.lastItemInside.test(` ${leadText.replace(/^[\s,;]*/u, '')}`),
      })
  }
  // A list whose items are set off by semicolons may hold commas inside an item ("A; B, C, dan D;
  // serta E"): then only the semicolons divide it.
  const separators = text.slice(start).includes(';') ? ';' : ',;'
  for (let i = start; i < text.length; i++) {
    const char = text[i]!
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === '"') quoted = !quoted
    // (Not the decimal comma of a figure: "0,14 persen".)
    else if (
      separators.includes(char) &&
      depth === 0 &&
      !quoted &&
      !(char === ',' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? ''))
    ) {
      // ", dan C" and "B dan C" both end a list: split the last part at its "dan".
      push(i)
      from = i + 1
    }
  }
  const tail = text.slice(from)
  const and = grammar.points.lastItemInside.exec(tail)
  if (found.length > 0 && and && !grammar.points.lastItemFirst.test(tail) && found.length >= 1) {
    push(from + and.index)
    from += and.index
  }
  push(text.length)
  return found
}

/** The count announced before the first point: quoted ("4 langkah") or in prose ("tiga usulan"). */
function announcedCount(
  grammar: Grammar,
  sentences: Sentence[],
  first: Sentence,
  firstIndex: number,
): { label: string; announced: number; quoted: boolean } | undefined {
  const lead = sentences.filter(sentence => sentence.offset <= first.offset).slice(-2)
  const quoted = lead
    .map(sentence => grammar.points.quotedLabel.exec(sentence.sentence))
    .findLast(Boolean)
  if (quoted)
    return {
      label: `${quoted[1]} ${quoted[2]}`,
      announced: countOf(grammar, quoted[1]!),
      quoted: true,
    }
  for (const sentence of [...lead].reverse()) {
    const text = sentence === first ? sentence.sentence.slice(0, firstIndex) : sentence.sentence
    const prose = [...text.matchAll(grammar.points.proseLabel)]
      .filter(match => countOf(grammar, match[1]!) >= 2 && countOf(grammar, match[1]!) <= 10)
      .at(-1)
    if (prose)
      return {
        label: prose[0].replace(/\s+/gu, ' '),
        announced: countOf(grammar, prose[1]!),
        quoted: false,
      }
  }
  return undefined
}

/**
 * Find the enumerated points, in every common form: ordinal words, "(1) … (2)", list lines
 * ("1." / "a)"), and counted prose lists ("tiga langkah, yaitu A, B, dan C"). The longest wins.
 */
export function extractPoints(
  grammar: Grammar,
  sentences: Sentence[],
  paragraphs: Paragraph[] = [],
  doubts: Doubt[] = [],
  owner: (sentence: Sentence) => boolean = () => false,
): Points | undefined {
  // A list a crowd puts forward (the sentence before it, or the one before that, has a crowd as its
  // subject saying something) is theirs: no points of the speaker's, and left for review.
  const crowds = (run: Marker[]): boolean => {
    const at = sentences.indexOf(run[0]!.sentence)
    return [sentences[at - 1], sentences[at - 2]].some(
      sentence => sentence !== undefined && grammar.points.crowdSubject.test(sentence.sentence),
    )
  }
  const enumerations = [
    ...ordinalPoints(grammar, sentences),
    ...numberedPoints(sentences),
    ...listPoints(paragraphs),
    ...parallelPoints(grammar, paragraphs),
    ...introducedParagraphs(paragraphs),
  ]
  const candidates = enumerations.filter(run => !crowds(run))
  for (const run of enumerations.filter(crowds))
    doubts.push({
      reason: `a list of ${run.length} put forward by a crowd, not by the speaker; left for review`,
      source: refAt(run[0]!.sentence, run[0]!.index),
    })
  // The main speaker's enumeration comes first (it opens in, or right after, a sentence of theirs),
  // then the longest.
  const score = (run: Marker[]): number => {
    const at = sentences.indexOf(run[0].sentence)
    return run.length + (owner(run[0].sentence) || (at > 0 && owner(sentences[at - 1])) ? 10 : 0)
  }
  const best = candidates.reduce<Marker[] | undefined>(
    (chosen, run) => (!chosen || score(run) > score(chosen) ? run : chosen),
    undefined,
  )
  if (!best) return countedList(grammar, sentences, doubts)
  const found = items(grammar, best)
  if (found.length < 2) return countedList(grammar, sentences, doubts)
  const count = announcedCount(grammar, sentences, best[0]!.sentence, best[0]!.index)
  if (count && !count.quoted && count.announced !== found.length) {
    // A count in prose that the points do not match may count something else: it does not title the
    // slide.
    doubts.push({
      reason: `"${count.label}" before the points announces ${count.announced} but ${found.length} were found; the slide is not titled with it`,
      source: found[0].source,
    })
    return { items: found }
  }
  return { label: count?.label, announced: count?.announced, items: found }
}
