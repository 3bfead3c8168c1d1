import type { Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Grammar } from '../lang/grammar.js'
import { grammarOf } from '../lang/grammar.js'
import type { Article, Paragraph, Sentence } from '../model.js'
import { readDateline } from './dateline.js'
import { isMarkedResidue, isRelatedHeader, isRelatedLink, isResidue } from './residue.js'

export { isResidue } from './residue.js'

const SENTENCE_END = /[.!?…]["'”’)]*$/u
// A date stamp before the story, with the word that names it: "date 2024-05", "2024-05-17 10:21".
const DATE_STAMP =
  /^\s*(?:\p{L}+\s+)?\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+(?=\p{Lu})/u

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

/** Split one paragraph's text into sentences, keeping each sentence's offset. */
export function splitSentences(
  text: string,
  grammar: Grammar = grammarOf(),
): Array<{ text: string; index: number }> {
  // Each sentence as where it starts and ends; a segment that follows an abbreviation or an initial
  // goes on the sentence before it. Only the last segment's end is looked at, so that a long run of
  // them stays linear.
  const pieces: Array<{ index: number; end: number; last: string }> = []
  for (const { segment, index } of segmenterFor(grammar.language.segmenterLocale).segment(text)) {
    const trimmed = segment.trimEnd()
    const lead = trimmed.length - trimmed.trimStart().length
    if (trimmed.trim() === '') continue
    const previous = pieces.at(-1)
    // "… apa jadinya?" kata dia.": a question or exclamation that a lower-case word goes on from
    // is not a sentence's end (the attribution follows it).
    if (
      previous &&
      (endsWithAbbreviation(grammar, previous.last) ||
        (/[?!]["”’]?$/u.test(previous.last) && /^\p{Ll}/u.test(trimmed.trimStart())))
    ) {
      previous.end = index + trimmed.length
      previous.last = trimmed
      continue
    }
    pieces.push({ index: index + lead, end: index + trimmed.length, last: trimmed })
  }
  return pieces.flatMap(piece => runTogether(grammar, text, piece.index, piece.end))
}

// "… di sela pertemuan itu.Presiden X menyampaikan …": a page that lost the space after a full stop.
// The stop ends a sentence when a word of three lower-case letters (or an acronym) comes before it
// and a capitalised word after it (or an acronym and a name: "….PM Sapta menyatakan"); an
// abbreviation ("Jl.Merdeka") or a domain ("Kompas.com") does not.
const RUN_TOGETHER =
  /(?<=(?:\p{Ll}{3}|\p{Lu}{2,})[)"”]?)[.!?](?=\p{Lu}\p{Ll}|\p{Lu}{2,5}\s+\p{Lu})/gu

function runTogether(
  grammar: Grammar,
  text: string,
  start: number,
  end: number,
): Array<{ text: string; index: number }> {
  const sentences: Array<{ text: string; index: number }> = []
  let from = start
  for (const stop of text.slice(start, end).matchAll(RUN_TOGETHER)) {
    const at = start + stop.index! + 1
    if (endsWithAbbreviation(grammar, text.slice(from, at))) continue
    sentences.push({ text: text.slice(from, at), index: from })
    from = at
  }
  sentences.push({ text: text.slice(from, end), index: from })
  return sentences
}

function endsWithAbbreviation(grammar: Grammar, segment: string): boolean {
  const last = /(?:^|\s)(\S+)\.$/u.exec(segment.slice(-40))?.[1]
  if (!last) return false
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(last)) return true // initials, as in "Ani S. Rahma", "A.B. Rahma"
  return grammar.text.abbreviations.has(last.toLowerCase())
}

// A bullet that is not markdown's: remark leaves it in the paragraph's text.
const BULLET_GLYPH = /^[•●▪◦‣]\s+/u

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
  /** The list marker remark recognised and stripped ("1.", "-"), if any. */
  marker?: string
}

// A line that breaks off mid-sentence (no closing punctuation, not a bare link) continues on the
// next line when that opens in lower case or with a digit, or when it reaches about the width the
// block's lines are wrapped at (a shorter line without a full stop is more likely a title or a label).
function continues(grammar: Grammar, previous: Piece, next: Piece, width: number): boolean {
  if (/[.!?…;"”’)\]]$/u.test(previous.text) || /https?:\/\/\S+$/u.test(previous.text)) return false
  // A line that opens with a dateline starts the story, and a bare link stands alone: neither
  // continues a line. ("Sumber:" then the link on the next line is one line.)
  if (/^https?:\/\/\S+$/u.test(next.text)) return /:$/u.test(previous.text)
  if (readDateline(grammar, next.text)) return false
  // A line that opens with a list marker ("a)", "2.", "(3)") starts an item of its own.
  if (/^(?:\(?[a-j]\)|\(?\d{1,2}[.)])\s/u.test(next.text)) return false
  return (
    /^[\p{Ll}\d]/u.test(next.text) ||
    (previous.text.length >= 40 && previous.text.length >= 0.75 * width)
  )
}

/** At most this many words make a line of a list (an item, not a sentence). */
const LIST_ITEM_WORDS = 12

/**
 * The lines of a list the story introduces, one item per line: two or more after a line that ends
 * with a colon ("… di tiga bidang:"), or three or more that open with the same word ("Bidang
 * pendidikan", "Bidang kesehatan", …). Each is a single short line, capitalised or marked, that
 * ends no sentence and is no marked residue; without them such lines read as the page's labels.
 */
function listLines(
  grammar: Grammar,
  groups: Piece[][],
  before: string | undefined,
  storyStarted: boolean,
): Set<Piece[]> {
  const found = new Set<Piece[]>()
  const item = (group: Piece[]): boolean => {
    if (group.length !== 1) return false
    const text = group[0]!.text
    const words = text.split(/\s+/u).length
    return (
      words <= LIST_ITEM_WORDS &&
      (Boolean(group[0]!.marker) || /^\p{Lu}/u.test(text)) &&
      // ("• Belanja pegawai: realisasi 70 persen.": a bulleted item may end as a sentence.)
      (Boolean(group[0]!.marker) || !SENTENCE_END.test(text)) &&
      !/:$/u.test(text) &&
      !isMarkedResidue(grammar, text)
    )
  }
  for (let start = 0; start < groups.length; start++) {
    if (!item(groups[start]!)) continue
    let end = start
    while (end + 1 < groups.length && item(groups[end + 1]!)) end++
    const run = groups.slice(start, end + 1)
    const intro = start > 0 ? groups[start - 1]!.map(piece => piece.text).join(' ') : before
    const opening = (group: Piece[]): string => group[0]!.text.split(/\s+/u)[0]!.toLowerCase()
    const shared = run.length >= 3 && run.every(group => opening(group) === opening(run[0]!))
    // Only inside the story: a page's head has runs of short lines of its own. (A story pasted
    // without blank lines is one block: a line of it before the run that reads as the story counts.)
    const inStory =
      storyStarted ||
      groups.slice(0, start).some(group => {
        const text = group.map(piece => piece.text).join(' ')
        return readsAsStory(text) && text.split(/\s+/u).length >= 8
      })
    if (inStory && intro !== undefined && ((/:$/u.test(intro) && run.length >= 2) || shared))
      for (const group of run) found.add(group)
    start = end
  }
  return found
}

/**
 * A headline, as a pasted page puts it before the story: a line of a few words that opens with a
 * capital or a digit, with no closing full stop, no web address, no dateline.
 */
function isHeadline(grammar: Grammar, content: string): boolean {
  const words = content.split(/\s+/u).length
  return (
    words >= 4 &&
    words <= 30 &&
    /^["“‘'(]?[\p{Lu}\p{N}]/u.test(content) &&
    !SENTENCE_END.test(content) &&
    !/[:,;]$/u.test(content) &&
    // A web address or a site's name ("kota.example", "Harian.co.xy") is the page's, not a headline.
    !/(?:^|\s)(?:https?:\/\/|www\.)|\p{L}\.\p{Ll}{2,3}(?:\.\p{Ll}{2})?(?:\s|$)/u.test(content) &&
    !readDateline(grammar, content)
  )
}

/** A paragraph that reads as the story: it ends a sentence, or is too long for a title. */
function readsAsStory(content: string): boolean {
  return SENTENCE_END.test(content) || content.split(/\s+/u).length > 30
}

/**
 * Parse the article with remark and return its paragraphs. Lines that remark
 * joins into one paragraph (soft line breaks) stay separate, so that every
 * paragraph keeps its own line number; only a line that breaks off mid-sentence
 * is joined with the line that continues it (hard-wrapped text).
 */
export function parseArticle(text: string, grammar: Grammar = grammarOf()): Article {
  const tree = unified().use(remarkParse).parse(text) as Root
  const lines = text.split('\n')
  const lineOffsets: number[] = []
  let offset = 0
  for (const line of lines) {
    lineOffsets.push(offset)
    offset += line.length + 1
  }

  const article: Article = { paragraphs: [], sentences: [], residue: [] }
  // Until a paragraph reads as the story (or a dateline opens it), lines are the page's head: its
  // headlines, kicker and labels. A paragraph the page repeats (a teaser, a caption, the headline
  // again) is told once.
  let storyStarted = false
  const seen = new Set<string>()
  const leftOut = new Set<string>()
  let residueRead = 0
  // After a "Baca juga" or "Berita terkait" header, link lines are residue until the story resumes.
  let relatedLinks = false
  // Paragraphs of the story (not titles) so far: a dateline is looked for in the first few.
  let storyParagraphs = 0
  // Past the story's closing credit; lines read as the story's sentences so far.
  let closed = false
  let storyLines = 0
  for (const block of tree.children) {
    if (!block.position || block.type === 'thematicBreak') continue
    const first = block.position.start.line
    // A line of "---" or "===" under a paragraph (a divider people paste) makes it a setext heading
    // in markdown: it stays a paragraph of the story here, and the divider is left out.
    const setext = block.type === 'heading' && !/^\s{0,3}#/u.test(lines[first - 1] ?? '')
    const node = setext ? { ...block, type: 'paragraph' as const } : block
    const last = setext ? block.position.end.line - 1 : block.position.end.line
    const groups: Piece[][] = []
    let width = 0
    for (let line = first; line <= last; line++)
      width = Math.max(width, (lines[line - 1] ?? '').trim().length)
    for (let line = first; line <= last; line++) {
      const raw = lines[line - 1] ?? ''
      const marker = MARKERS[node.type]
      const found = marker ? raw.match(marker)?.[0] : undefined
      const stripped = marker ? raw.replace(marker, m => ' '.repeat(m.length)) : raw
      const body = stripped.trimEnd()
      const lead = body.length - body.trimStart().length
      const piece: Piece = { line, column: lead + 1, text: body.slice(lead) }
      if (found && node.type === 'list') piece.marker = found.trim()
      if (piece.text === '') continue
      // After the story's closing credit ("Editor: …"), the page shows other things: teasers of other
      // articles, tags. Only a source line ("Sumber: https://…") is still the story's, and the next
      // page of a story split over pages ("2 dari 3 halaman") opens it again.
      if (closed && grammar.text.pagination.test(piece.text.trim().toLowerCase())) closed = false
      else if (closed && !grammar.text.sourceLine.test(piece.text)) {
        article.residue.push({ line, text: piece.text })
        groups.push([])
        continue
      }
      if (storyLines >= 2 && grammar.text.credit.test(piece.text)) closed = true
      if (readsAsStory(piece.text) && piece.text.split(/\s+/u).length >= 8) storyLines++
      const inLinks: boolean = relatedLinks && isRelatedLink(piece.text)
      relatedLinks = inLinks || isRelatedHeader(grammar, piece.text)
      // Marked residue stands alone: it is never joined to a line of the story, nor a line to it.
      if (inLinks || (node.type !== 'heading' && isMarkedResidue(grammar, piece.text))) {
        article.residue.push({ line, text: piece.text })
        groups.push([])
        continue
      }
      // "• Belanja modal …": a bullet that remark leaves in the text marks an item as a list's does.
      const glyph = found ? null : BULLET_GLYPH.exec(piece.text)
      if (glyph) {
        piece.marker = glyph[0].trim()
        piece.column += glyph[0].length
        piece.text = piece.text.slice(glyph[0].length)
      }
      const group = groups.at(-1)
      if (
        group &&
        group.length > 0 &&
        node.type !== 'heading' &&
        !piece.marker &&
        continues(grammar, group.at(-1)!, piece, width)
      )
        group.push(piece)
      else groups.push([piece])
    }
    const listed = listLines(grammar, groups, article.paragraphs.at(-1)?.text, storyStarted)
    for (const group of groups) {
      if (group.length === 0) continue
      const content = group.map(piece => piece.text).join(' ')
      if (listed.has(group)) {
        article.paragraphs.push({
          ...makeParagraph(grammar, group, lineOffsets, 0, article.paragraphs.length),
          listItem: true,
        })
        storyParagraphs++
        continue
      }
      // "TRIBUNNEWS / NAMA" over a line, then the dateline's paragraph: the line is the photo's
      // caption, which may tell of another day.
      const credit = article.residue.at(-1)
      if (
        node.type !== 'heading' &&
        article.dateline === undefined &&
        credit?.line === group[0].line - 1 &&
        grammar.text.agencyCredit.test(credit.text) &&
        nextLine(lines, group.at(-1)!.line, next => readDateline(grammar, next) !== undefined)
      ) {
        article.residue.push({ line: group[0].line, text: content })
        continue
      }
      const key = content.replace(/\s+/gu, ' ').trim()
      // Before the story, a line that the next one credits ("Foto: Ani Rahma/Kabar") is a photo's
      // caption, printed again (or not) below. Printed again with its credit ("… /Dok. Humas/"), it
      // is a caption even if it reads as a headline.
      const captioned =
        !storyStarted &&
        nextLine(
          lines,
          group.at(-1)!.line,
          next => next.startsWith(`${key} `) && isMarkedResidue(grammar, next),
        )
      // "BerandaDaerahJudul berita yang dipotong...": a copy of the headline below, cut short with
      // an ellipsis (a breadcrumb run into it), is the page's.
      const cutCopy =
        !storyStarted &&
        /(?:\.\.\.|…)$/u.test(key) &&
        nextLine(lines, group.at(-1)!.line, next => {
          const words = key
            .replace(/(?:\.\.\.|…)$/u, '')
            .split(/\s+/u)
            .slice(-5, -1)
            .join(' ')
          return words.split(' ').length >= 3 && next.includes(words)
        })
      const repeated =
        cutCopy ||
        seen.has(key) ||
        (!storyStarted &&
          nextLine(lines, group.at(-1)!.line, next => next === key || isPhotoCredit(grammar, next)))
      seen.add(key)
      if (
        node.type !== 'heading' &&
        (isResidue(grammar, content) ||
          captioned ||
          (repeated && !isHeadline(grammar, content)) ||
          // A bullet before the story that the page prints again is a photo's caption, not a list.
          (repeated && !storyStarted && group[0].marker !== undefined) ||
          // The page's head: a short line that is no headline and no sentence (a site's name, a
          // label); a line that introduces what follows (": ") is the story's.
          (!storyStarted &&
            !group[0].marker &&
            content.split(/\s+/u).length < 8 &&
            !/:$/u.test(content) &&
            !isHeadline(grammar, content) &&
            !readsAsStory(content) &&
            !readDateline(grammar, content)))
      ) {
        article.residue.push({ line: group[0].line, text: content })
        continue
      }
      // (A line printed again after a copy that was left out, a caption's, is left out as well.)
      // (The residue's texts are kept in a set as they come: each line looks once.)
      for (; residueRead < article.residue.length; residueRead++)
        leftOut.add(article.residue[residueRead]!.text)
      if (
        repeated &&
        (article.paragraphs.some(paragraph => paragraph.text === content) ||
          (!storyStarted && leftOut.has(content)))
      ) {
        article.residue.push({ line: group[0].line, text: content })
        continue
      }
      const depth =
        node.type === 'heading'
          ? node.depth
          : group[0].marker
            ? 0
            : !storyStarted && !article.dateline && isHeadline(grammar, content)
              ? 1
              : 0
      // "date 2024-05 TEMPO.CO, …": a date stamp the page put before the story.
      const stamp = DATE_STAMP.exec(group[0].text)
      if (stamp && storyParagraphs < DATELINE_PARAGRAPHS) {
        article.residue.push({ line: group[0].line, text: stamp[0].trim() })
        group[0] = {
          ...group[0],
          text: group[0].text.slice(stamp[0].length),
          column: group[0].column + stamp[0].length,
        }
      }
      if (depth === 0 && article.dateline === undefined && storyParagraphs < DATELINE_PARAGRAPHS) {
        // "jpnn.com - JAKARTA--…": an outlet's tag and a city's may follow each other.
        for (let tags = 0; tags < 2 && group.length > 0; tags++) {
          const dateline = readDateline(grammar, group.map(piece => piece.text).join(' '))
          if (!dateline) break
          const first = article.dateline as Article['dateline']
          article.dateline = {
            text: (first?.text ?? '') + dateline.text,
            place: first?.place ?? dateline.place,
            date: first?.date ?? dateline.date,
            line: first?.line ?? group[0].line,
            column: first?.column ?? group[0].column,
          }
          if (!article.dateline.place) delete article.dateline.place
          if (!article.dateline.date) delete article.dateline.date
          group[0] = {
            ...group[0],
            text: group[0].text.slice(dateline.text.length),
            column: group[0].column + dateline.text.length,
          }
          if (group[0].text.trim() === '') group.shift()
        }
        if (group.length === 0) continue
      }
      if (depth === 0 && !storyStarted && !group[0].marker)
        dropTeasers(article, group.map(piece => piece.text).join(' '))
      article.paragraphs.push({
        ...makeParagraph(grammar, group, lineOffsets, depth, article.paragraphs.length),
        ...(node.type !== 'heading' && depth === 1 ? { guessed: true } : {}),
      })
      if (depth === 0) storyParagraphs++
      if (depth === 0 && !group[0].marker) storyStarted = true
    }
  }
  // Headings title the story; the sentences are the story's own.
  article.sentences = article.paragraphs
    .filter(paragraph => paragraph.depth === 0)
    .flatMap(paragraph => paragraph.sentences)
  // A text that stops in the middle of its last sentence (a page stored or copied cut short): that
  // sentence is kept up to its last whole words, the cut marked ("… menyepakati rencana kerja …"), or
  // left out when too little of it is left.
  const last = article.sentences.at(-1)
  const story = article.paragraphs.filter(paragraph => paragraph.depth === 0)
  if (
    last &&
    story.length > 1 &&
    !story.at(-1)!.marker &&
    // "… Rp3 triliun. (ani/kota)", "… [ab/cd]", "… kata X.[]": the reporter's initials, or an
    // empty end mark, close a whole sentence.
    !SENTENCE_END.test(last.sentence.replace(/\s*[([][^()[\]]{0,20}[)\]]$/u, '')) &&
    !/https?:\/\/\S+$/u.test(last.sentence) &&
    last.sentence.split(/\s+/u).length >= 4
  ) {
    article.cut = last
    article.sentences.pop()
    const paragraph = story.at(-1)!
    const kept = keptOfCut(grammar, last.sentence)
    const shortened = kept === undefined ? undefined : { ...last, sentence: `${kept} ${CUT_MARK}` }
    paragraph.sentences = paragraph.sentences.flatMap(sentence =>
      sentence !== last ? [sentence] : shortened ? [shortened] : [],
    )
    if (shortened) {
      article.sentences.push(shortened)
      article.cutShown = true
    }
  }
  return article
}

/**
 * A line of the page's head that the story's first paragraph opens with ("Nama Kedua menegaskan"
 * over "KOTA - Nama Kedua menegaskan, …"): a teaser cut from the lead, no headline. It goes to the
 * residue, and the paragraphs after it keep their numbers in order.
 */
const TEASER_REACH = 4

function dropTeasers(article: Article, story: string): void {
  const opening = story.replace(/\s+/gu, ' ').trim()
  // (A teaser stands right above the lead: only the last few lines of the page's head are read.)
  for (
    let at = article.paragraphs.length - 1;
    at >= Math.max(0, article.paragraphs.length - TEASER_REACH);
    at--
  ) {
    const paragraph = article.paragraphs[at]!
    const text = paragraph.text.replace(/\s+/gu, ' ').trim()
    if (
      !paragraph.guessed ||
      text.split(' ').length < 3 ||
      opening.length <= text.length ||
      !opening.startsWith(text)
    )
      continue
    article.residue.push({ line: paragraph.line, text: paragraph.text })
    article.paragraphs.splice(at, 1)
    for (const later of article.paragraphs.slice(at))
      for (const sentence of later.sentences) sentence.paragraph--
  }
}

const CUT_MARK = '…'
/** Fewer whole words than this left of a cut sentence say nothing: it stays off the slides. */
const CUT_KEEPS = 6

/**
 * The part of a sentence cut short that is the article's word: its last word may be a part of one
 * ("rencana k"), and a number, an amount or a joining word at the end may have gone on ("Rp 5" of
 * "Rp 500 miliar", "dan"): those go too. Undefined when too little is left.
 */
function keptOfCut(grammar: Grammar, sentence: string): string | undefined {
  const words = [...sentence.matchAll(/\S+/gu)].slice(0, -1)
  const { units } = grammar.numbers
  const currency = new RegExp(`^(?:${grammar.money.anyCurrency.source})$`, 'iu')
  const unsure = (word: string): boolean => {
    const bare = word.replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase()
    return (
      bare === '' ||
      /\p{N}/u.test(bare) ||
      units.includes(bare) ||
      bare in grammar.money.scales ||
      currency.test(bare) ||
      grammar.speakers.functionWords.has(bare.charAt(0).toUpperCase() + bare.slice(1)) ||
      /[,;:(“"]$/u.test(word)
    )
  }
  while (words.length > 0 && unsure(words.at(-1)![0])) words.pop()
  const end = words.at(-1)
  if (words.length < CUT_KEEPS || !end) return undefined
  return sentence.slice(0, end.index! + end[0].length)
}

// A dateline ("KOTA, Outlet.com – …") is looked for in the story's first paragraphs: a page may put
// a plea, a headline printed twice and a caption before it.
const DATELINE_PARAGRAPHS = 5

/** True when the next line with text, after `line`, passes `test`. */
function nextLine(lines: string[], line: number, test: (next: string) => boolean): boolean {
  for (let at = line; at < lines.length && at < line + 3; at++) {
    const next = lines[at]!.replace(/\s+/gu, ' ').trim()
    if (next !== '') return test(next)
  }
  return false
}

/** A photo's credit line alone: "Foto: Ani Rahma/Kabar", "FOTO: ANTARA/Budi Santoso". */
function isPhotoCredit(grammar: Grammar, line: string): boolean {
  return grammar.text.photoCredit.test(line)
}

function makeParagraph(
  grammar: Grammar,
  group: Piece[],
  lineOffsets: number[],
  depth: number,
  index: number,
): Paragraph {
  const marker = group[0].marker
  // Where each line starts in the joined text, to map a sentence back to its line and column.
  const starts: number[] = []
  let length = 0
  for (const piece of group) {
    starts.push(length)
    length += piece.text.length + 1
  }
  const place = (at: number): { line: number; column: number; offset: number } => {
    let which = 0
    while (which + 1 < group.length && starts[which + 1] <= at) which++
    const piece = group[which]
    const column = piece.column + at - starts[which]
    return { line: piece.line, column, offset: lineOffsets[piece.line - 1] + column - 1 }
  }
  const text = group.map(piece => piece.text).join(' ')
  const sentences: Sentence[] = splitSentences(text, grammar).map(piece => {
    const sentence: Sentence = { sentence: piece.text, ...place(piece.index), paragraph: index }
    const breaks = group.flatMap((line, which) =>
      starts[which] > piece.index && starts[which] < piece.index + piece.text.length
        ? [{ at: starts[which] - piece.index, line: line.line, column: line.column }]
        : [],
    )
    if (breaks.length > 0) sentence.breaks = breaks
    return sentence
  })
  // "… di Kota Lama. (abc/kabar.com)": the reporter's initials after the paragraph's last full stop
  // close it; they are no words of the story.
  const last = sentences.at(-1)
  const credit = last && CLOSING_CREDIT.exec(last.sentence)
  if (last && credit) last.sentence = last.sentence.slice(0, credit.index + credit[1]!.length)
  return { ...place(0), text, depth, sentences, ...(marker ? { marker } : {}) }
}

const CLOSING_CREDIT =
  /([.!?…]["'”’]*)\s+\((?:[\p{L}\p{N}*.-]{1,20}\/)*[\p{L}\p{N}*.-]{1,20}\)\s*$/u
