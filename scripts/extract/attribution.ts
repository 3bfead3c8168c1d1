import type { Grammar } from '../lang/grammar.js'
import type { Sentence } from '../model.js'
import type { Mention } from './mentions.js'
import { mentionAt } from './mentions.js'

/** How the article attributes a statement. */
export type AttributionForm =
  | 'subject'
  | 'trailing'
  | 'according'
  | 'colon'
  | 'continued'
  | 'passive'
  // A transcript: the speech as spoken, its speaker named by the headline.
  | 'transcript'

/** One attributed statement: who (as the article mentions them), what was said, and how it was attributed. */
export interface Attribution {
  sentence: Sentence
  /** Index of the sentence in the article. */
  position: number
  mention: Mention
  /** What was said, as a verbatim slice of the sentence, with its offset. */
  message: { text: string; index: number }
  form: AttributionForm
  /** The direct quote in the message, when there is one of some length. */
  quote?: { text: string; index: number }
  /** The verb that attributes it ("mengatakan", "kata"), as written. */
  verb?: string
  /**
   * What was said is reported in the reporter's words, set off from the speaker ("X menegaskan,
   * …", "X mengatakan bahwa …", "Menurut X, …", "…, kata X"), not carried by another verb ("X
   * membuka rapat …").
   */
  reported?: boolean
  /** A clause fronted before the speaker with its own verb ("Menyoroti X sebagai …, Nama …"). */
  fronted?: boolean
}

/**
 * An epithet that points back to someone: "Perempuan pertama yang menjabat … tersebut", "pria yang
 * akrab disapa Anira itu". It is read like a pronoun (and a name inside it resolves it).
 */
function epithetAt(grammar: Grammar, text: string, index: number): Mention | undefined {
  const match = grammar.speakers.epithet.exec(text.slice(index))
  return match
    ? { text: match[0], index, end: index + match[0].length, kind: 'pronoun' }
    : undefined
}

/**
 * Who a trailing verb names: a speaker, else an epithet; an epithet before one capitalised word read
 * as a name ("…,” ujar Pati berbintang tiga itu": a general) points back like a pronoun.
 */
function bareWordOrEpithet(
  grammar: Grammar,
  text: string,
  index: number,
  aliases: ReadonlySet<string>,
): Mention | undefined {
  const speaker = speakerAt(grammar, text, index, aliases)
  if (speaker && (speaker.office || speaker.kind !== 'person' || /\s/u.test(speaker.name ?? '')))
    return speaker
  return epithetAt(grammar, text, index) ?? speaker
}

/**
 * "…,” ujar perwakilan Bank Sapta": who speaks for a body the article does not name further; the
 * speaker is that representative, as written.
 */
function representativeAt(grammar: Grammar, text: string, index: number): Mention | undefined {
  const match = grammar.speakers.representativeOf.exec(text.slice(index))
  return match
    ? {
        text: match[0],
        index,
        end: index + match[0].length,
        organisation: match[0],
        kind: 'organisation',
      }
    : undefined
}

/** The verb right after a speaker mention (within the allowed gap), if any. */
export function verbAfter(
  grammar: Grammar,
  text: string,
  from: number,
): { index: number; end: number; verb: string } | undefined {
  return verbMatch(grammar.attribution.verbAfter, text, from)
}

// A pattern from `from` whose group 1, the verb, ends the match: where the verb stands.
function verbMatch(
  pattern: RegExp,
  text: string,
  from: number,
): { index: number; end: number; verb: string } | undefined {
  const match = pattern.exec(text.slice(from))
  if (!match) return undefined
  const end = from + match[0].length
  return { index: end - match[1]!.length, end, verb: match[1]! }
}

/**
 * "X membuka KTT …, dengan menyerukan persatuan": the verb of saying by which the sentence's subject
 * did what it first says, when no one else is named before it.
 */
function verbBy(
  grammar: Grammar,
  text: string,
  from: number,
): { index: number; end: number; verb: string } | undefined {
  const verb = verbMatch(grammar.attribution.byVerb, text, from)
  if (verb && text.slice(from, verb.index).search(grammar.speakers.officeAnywhere) >= 0)
    return undefined
  return verb
}

// Blank out quoted passages (same length) so that a speaker named inside a quote is not the
// sentence's speaker.
function blankQuotes(text: string): string {
  return text.replace(/["“][^"“”]*["”]/gu, match => ' '.repeat(match.length))
}

// Emoji and flags between words ("Menlu Jepang 🇯🇵 mengatakan"): spaces for the grammar, same
// length.
const PICTOGRAPHS =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0F|\u200D)+/gu
function blankPictographs(text: string): string {
  return text.replace(PICTOGRAPHS, match => ' '.repeat(match.length))
}

/** The quoted passages of a text, pairing straight quotes in turn and curly ones by direction. */
export function quoteSpans(
  text: string,
  openAtStart = false,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  let open: number | undefined = openAtStart ? -1 : undefined
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '“' || (char === '"' && open === undefined)) open = i
    else if ((char === '”' || char === '"') && open !== undefined) {
      spans.push({ start: open + 1, end: i })
      open = undefined
    }
  }
  // A quotation that is not closed in the text goes on to its end.
  if (open !== undefined) spans.push({ start: open + 1, end: text.length })
  return spans
}

// The longest direct quote of some length: a quoted term ("tulang punggung") is not a quote. A
// quotation the page never closed ends before the verb that attributes it ("“… sejak 2016 jelasnya").
function quoteIn(grammar: Grammar, text: string, offset: number): Attribution['quote'] {
  const longest = quoteSpans(text)
    .map(span =>
      span.end === text.length
        ? {
            ...span,
            end:
              span.start +
              text.slice(span.start).replace(grammar.attribution.unclosedTail, '').length,
          }
        : span,
    )
    .filter(span => span.end - span.start >= 20)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0]
  return longest
    ? { text: text.slice(longest.start, longest.end), index: offset + longest.start }
    : undefined
}

function message(text: string, start: number, end = text.length): { text: string; index: number } {
  const body = text.slice(start, end)
  const lead = body.length - body.trimStart().length
  return { text: body.trim(), index: start + lead }
}

/** "…," kata X: the statement before a trailing verb; the speaker after it ("-nya": the last speaker). */
function trailing(
  grammar: Grammar,
  sentence: string,
  blank: string,
  aliases: ReadonlySet<string>,
): Omit<Attribution, 'sentence' | 'position'> | undefined {
  let found: Omit<Attribution, 'sentence' | 'position'> | undefined
  // "Dengan MoU ini kata Bupati Sapta, kerja sama …": a verb set inside the sentence without its
  // comma before, only when a comma closes the speaker after it.
  const matches = [
    ...sentence.matchAll(grammar.attribution.trailingVerb),
    ...sentence.matchAll(grammar.attribution.insertedVerb),
  ]
  for (const match of matches) {
    const inserted = match[0].search(/^\s/u) === 0
    const verbAt = match.index! + match[0].indexOf(match[1])
    // A verb inside a quotation is part of what was said.
    if (blank.slice(verbAt, verbAt + match[1].length) !== match[1]) continue
    const after = match.index! + match[0].length
    let mention: Mention | undefined = match[2]
      ? {
          text: `${match[1]}${match[2]}`,
          index: verbAt,
          end: verbAt + match[1]!.length + grammar.attribution.pronounSuffixLength,
          kind: 'pronoun',
        }
      : (bareWordOrEpithet(grammar, sentence, after, aliases) ??
        representativeAt(grammar, sentence, after))
    if (!mention) continue
    // "kata Sestama BNPP ini": a title with a demonstrative points back, like a pronoun.
    // (So does "mantan Bupati Sapta itu": a title held before, its region read as a name.)
    const demonstrative = grammar.speakers.demonstrative.exec(sentence.slice(mention.end))
    const former =
      grammar.speakers.heldBefore.test(mention.text) &&
      mention.name !== undefined &&
      !/\s/u.test(mention.name)
    if (demonstrative && mention.kind === 'person' && (!mention.name || former))
      mention = {
        text: sentence.slice(mention.index, mention.end + demonstrative[0].length),
        index: mention.index,
        end: mention.end + demonstrative[0].length,
        kind: 'pronoun',
      }
    // The statement is before the verb; in "…, kata X, …" the longer side is the statement.
    let start = grammar.attribution.opener.exec(sentence)?.[0].length ?? 0
    let end = match.index!
    const rest = /^\s*,\s*/u.exec(sentence.slice(mention.end))
    if (inserted && (!rest || mention.kind !== 'person' || (!mention.name && !mention.office)))
      continue
    const before = sentence.slice(start, end).trim().split(/\s+/u).length
    // "…, kata X, …": the statement is the longer side, unless a quotation stood before (it is what
    // was said).
    const quotedBefore = /^["“]/u.test(sentence.slice(start, end).trim())
    if (
      rest &&
      (before < 3 ||
        !quotedBefore ||
        /^["“]/u.test(sentence.slice(mention.end + rest[0].length))) &&
      sentence.length - (mention.end + rest[0].length) > end - start
    ) {
      start = mention.end + rest[0].length
      end = sentence.length
    }
    // "“…,” kata X": the attribution took the closing quote, so the opening one goes too.
    if (/^["“]/u.test(sentence.slice(start)) && !/["”]/u.test(sentence.slice(start + 1, end)))
      start++
    const said = message(sentence, start, end)
    // "Sudah,” katanya.": a short tail still names who said the quotation it closes, opened
    // sentences before.
    const closesQuote = end === match.index! && quoteBalance(sentence.slice(0, verbAt)) < 0
    if (said.text.split(/\s+/u).length < 3 && !closesQuote) continue
    const quoteScope =
      end === sentence.length ? sentence.slice(mention.end) : sentence.slice(0, verbAt)
    found = {
      mention,
      message: said,
      form: 'trailing',
      verb: match[1],
      quote: quoteIn(grammar, quoteScope, end === sentence.length ? mention.end : 0),
      reported: true,
    }
    break
  }
  return found
}

/** "Menurut X, …" (according to X): the statement after the speaker and a comma. */
function accordingTo(
  grammar: Grammar,
  sentence: string,
  blank: string,
): Omit<Attribution, 'sentence' | 'position'> | undefined {
  for (const match of blank.matchAll(grammar.attribution.accordingTo)) {
    const at = match.index! + match[0].length
    const mention = mentionAt(grammar, sentence, at)
    if (!mention) continue
    const comma = /^[^,]{0,60}?,\s*/u.exec(sentence.slice(mention.end))
    if (!comma) continue
    const start = mention.end + comma[0].length
    // ", menurut X, …" in the middle: the statement is the longer side.
    const before = match.index!
    const said =
      before > sentence.length - start ? message(sentence, 0, before) : message(sentence, start)
    if (said.text.split(/\s+/u).length < 3) continue
    return {
      mention,
      message: said,
      form: 'according',
      verb: grammar.attribution.accordingToVerb,
      quote: quoteIn(grammar, said.text, said.index),
      reported: true,
    }
  }
  return undefined
}

/** "X mengatakan bahwa …", "Sementara itu, Ia menambahkan …", "X: "…"". */
function subject(
  grammar: Grammar,
  sentence: string,
  blank: string,
  aliases: ReadonlySet<string>,
): Omit<Attribution, 'sentence' | 'position'> | undefined {
  // The sentence's first word, past any leading punctuation, and past an opening adverbial
  // ("Sementara itu, …").
  const lead = /^[^\p{L}"“]*/u.exec(sentence)![0].length
  const opened = lead + (grammar.attribution.opener.exec(sentence.slice(lead))?.[0].length ?? 0)
  // "Pidato Gubernur X menyoroti …": the speech of X says it, X is the speaker.
  const speech = grammar.speakers.speechLead.exec(sentence.slice(opened))
  const starts = [opened + (speech?.[0].length ?? 0)]
  // "Pada akhir sambutannya Nama menegaskan …": the subject after a fronted phrase with no comma (not
  // a clause of saying, "Ketika menjelaskan peran Sapta, …", whose object is capitalised).
  const fronted = grammar.attribution.frontedPhrase.exec(sentence.slice(opened))
  if (
    fronted &&
    !grammar.attribution.reportingWord.test(fronted[0]) &&
    !/^[^\s,]+,/u.test(sentence.slice(opened + fronted[0].length))
  )
    starts.push(opened + fronted[0].length)
  for (const match of blank.matchAll(/[,;]\s+|\s[-–—]+\s*/gu))
    starts.push(match.index! + match[0].length)
  // "Budi Santoso selaku Kepala Dinas …": the office after the introducer, the name before it.
  const introduced = new Map<number, number>()
  const opening = blank.slice(0, 120)
  for (const match of grammar.attribution.anyAppositionWord.test(opening)
    ? opening.matchAll(grammar.attribution.apposition)
    : []) {
    starts.push(match.index! + match[0].length)
    introduced.set(match.index! + match[0].length, match.index!)
  }
  // Who stands at each start, read once: both passes below ask.
  const read = new Map<number, Mention | undefined>()
  const speakerFrom = (start: number): Mention | undefined => {
    if (!read.has(start)) read.set(start, speakerAt(grammar, sentence, start, aliases))
    return read.get(start)
  }
  // "Budi Santoso, Bupati Sapta mengatakan …": a full name that opens the sentence, then a comma and
  // the office, is the office's holder (no comma closes the apposition before the verb).
  const named = speakerFrom(starts[0]!)
  const comma = named && /^\s*,\s+/u.exec(blank.slice(named.end))
  if (
    named?.kind === 'person' &&
    named.name &&
    !named.office &&
    named.name.split(/\s+/u).length >= 2 &&
    comma
  )
    introduced.set(named.end + comma[0].length, named.end)
  // So is a titled full name, anywhere a clause opens, then a second office: "…, Ketua DPR Budi
  // Santoso, Ketua Forum Sapta 41 mengatakan …" (not a second name: "Kadis X, Budi Santoso").
  const titledAt = new Map<number, number>()
  for (const start of starts) {
    const titled = speakerFrom(start)
    const after = titled && /^\s*,\s+/u.exec(blank.slice(titled.end))
    if (!titled?.office || !titled.name || titled.name.split(/\s+/u).length < 2 || !after) continue
    const second = titled.end + after[0].length
    const office = speakerFrom(second)
    if (!office?.office || (office.name && /\s/u.test(office.name)) || introduced.has(second))
      continue
    introduced.set(second, titled.end)
    titledAt.set(second, start)
  }
  for (const start of starts) {
    const found = speakerFrom(start) ?? epithetAt(grammar, sentence, start)
    if (!found) continue
    let mention = withNameBefore(
      grammar,
      sentence,
      withEdition(grammar, sentence, found),
      titledAt.get(start) ?? starts[0]!,
      introduced.get(start),
    )
    // "Menteri Sapta itu menegaskan …", "Gubernur Kota Lama ini berharap …": a title with a
    // demonstrative points back to someone who has spoken, like a pronoun; it keeps its office
    // and country, which must fit whom it stands for. (A one-word "name" after the title is a
    // place or a body.)
    const pointer =
      mention.kind === 'person' &&
      mention.office &&
      start === starts[0] &&
      (!mention.name || !/\s/u.test(mention.name))
        ? grammar.speakers.demonstrative.exec(sentence.slice(mention.end))
        : null
    if (pointer)
      mention = {
        text: sentence.slice(mention.index, mention.end + pointer[0].length),
        index: mention.index,
        end: mention.end + pointer[0].length,
        office: mention.office,
        ...(mention.country ? { country: mention.country } : {}),
        kind: 'pronoun',
      }
    const verbFrom = mention.end
    // "Rahma: "…"": a name and a colon introduce a quote.
    const colon = /^\s*:\s*(?=["“])/u.exec(sentence.slice(mention.end))
    if (colon && start === starts[0]) {
      const said = message(sentence, mention.end + colon[0].length)
      return {
        mention,
        message: said,
        form: 'colon',
        quote: quoteIn(grammar, said.text, said.index),
      }
    }
    const verb =
      verbAfter(grammar, blank, verbFrom) ??
      (start === starts[0] ? verbBy(grammar, blank, verbFrom) : undefined)
    if (!verb) continue
    // "Lamoria membahas rencana dagang …": what a party's meeting was about.
    if (
      mention.kind !== 'person' &&
      mention.kind !== 'pronoun' &&
      grammar.attribution.topic.test(verb.verb)
    )
      continue
    // "menyebut A dan menegaskan bahwa B": after a verb of saying, a "bahwa" that follows a second
    // verb of reporting opens the second thing said, not the first. (After another verb,
    // "mengucapkan selamat …, seraya menegaskan bahwa B", B is what was said.)
    const complement = grammar.attribution.complementizer.exec(sentence.slice(verb.end))
    const that =
      complement &&
      !(
        grammar.attribution.saying.test(verb.verb) &&
        grammar.attribution.reportingWord.test(
          sentence.slice(verb.end, verb.end + complement.index),
        )
      )
        ? complement
        : null
    // "Kapolri menyampaikan konferensi pers usai …": the press conference the verb delivers is no
    // statement.
    if (grammar.attribution.deliversFormat.test(verb.verb + sentence.slice(verb.end))) continue
    const introduces = /^\s*[:,]\s*/u.exec(sentence.slice(verb.end))
    // After a verb of saying, what was said is its object: "mengatakan, …", "menyampaikan …"; other
    // verbs carry the message.
    const saying = grammar.attribution.saying.test(verb.verb)
    // "menegaskan, …" or "menekankan: …": the comma or colon sets off what was said.
    const setOff =
      introduces &&
      (saying ||
        /[:,]/u.test(introduces[0]) ||
        /["“]/u.test(sentence.slice(verb.end, verb.end + introduces[0].length + 1)))
    const begin = that
      ? verb.end + that.index + that[0].length
      : setOff
        ? verb.end + introduces[0].length
        : saying && !grammar.attribution.notSaid.test(sentence.slice(verb.end))
          ? verb.end
          : verb.index
    let said = message(sentence, begin)
    // "…, seperti dilansir dari Kabar, pada Selasa": the reporter's source ends what was said.
    const tag = grammar.attribution.sourceTag.exec(said.text)
    if (tag) said = { text: said.text.slice(0, tag.index), index: said.index }
    if (
      said.text.split(/\s+/u).length < 3 &&
      !/:\s*$/u.test(sentence) &&
      !announcesPoints(grammar, said.text)
    )
      continue
    // "Jubir X mengatakan, Menteri Y dalam pidatonya menekankan, …": X passes on the speech Y gave;
    // the sentence is Y's, read from the next start.
    if (passesOnSpeech(grammar, sentence, blank, said.index, aliases)) continue
    return {
      mention,
      message: said,
      form: 'subject',
      verb: verb.verb,
      quote: quoteIn(grammar, sentence.slice(begin), begin),
      reported: Boolean(that || setOff),
    }
  }
  return undefined
}

/** "Ketua Sidang Umum Sapta 41", "Ketua Forum ke-3": an office's body with its edition. */
function withEdition(grammar: Grammar, sentence: string, mention: Mention): Mention {
  if (!mention.office) return mention
  const edition = grammar.speakers.officeEdition.exec(sentence.slice(mention.end))
  if (!edition) return mention
  const end = mention.end + edition[0].length
  return { ...mention, text: sentence.slice(mention.index, end), end }
}

/**
 * True when what was said opens with someone else, their speech and their own verb of saying
 * ("…, Menteri Y dalam pidatonya menekankan, …", "…, Menteri Y menyampaikan pidatonya …"): the
 * speech is theirs, passed on.
 */
function passesOnSpeech(
  grammar: Grammar,
  sentence: string,
  blank: string,
  at: number,
  aliases: ReadonlySet<string>,
): boolean {
  const other = speakerAt(grammar, sentence, at, aliases)
  if (other?.kind !== 'person' || !other.name) return false
  const verb = verbAfter(grammar, blank, other.end)
  if (!verb) return false
  // ("…, Menteri Y menyampaikan pidatonya di …": the speech itself, right after the verb.)
  const after = /^\s*\p{L}+/u.exec(sentence.slice(verb.end))?.[0].trim() ?? ''
  return (
    grammar.speakers.inTheirSpeech.test(sentence.slice(other.end, verb.index).trimEnd()) ||
    grammar.speakers.inTheirSpeech.test(after)
  )
}

/**
 * "X menyampaikan lima poin.": a count of points is all the sentence says, and the points that
 * follow are what X said; the sentence still names who speaks.
 */
function announcesPoints(grammar: Grammar, said: string): boolean {
  const label = grammar.points.proseLabel
  label.lastIndex = 0
  const match = label.exec(said)
  label.lastIndex = 0
  return (
    match?.index === 0 &&
    grammar.points.pointNouns.has(match[2]!.split(/\s+/u)[0]!.toLowerCase()) &&
    /^[\s.]*$/u.test(said.slice(match[0].length))
  )
}

// A name and its degrees before an apposition's introducer: "Dr. Budi Santoso, M.Si selaku".
const DEGREES = /^(?:[\s,]+\p{L}{1,4}\.(?:\p{L}{1,4}\.?)*)*[\s,]*$/u

/**
 * An office introduced after a name ("Budi Santoso selaku Kepala Dinas …", "…, yang juga menjabat
 * sebagai …") is that person's: the mention runs from the name, which opens the sentence, to the
 * end of the office.
 */
function withNameBefore(
  grammar: Grammar,
  sentence: string,
  office: Mention,
  opened: number,
  introducer: number | undefined,
): Mention {
  if (introducer === undefined || office.kind !== 'person') return office
  const person = mentionAt(grammar, sentence, opened)
  if (person?.kind !== 'person' || !person.name || person.end > introducer) return office
  if (!DEGREES.test(sentence.slice(person.end, introducer))) return office
  // "Ketua DPR Budi Santoso, Ketua Forum Sapta …": a titled name keeps its own title; the second
  // office is one more of theirs.
  if (person.office)
    return { ...person, text: sentence.slice(person.index, office.end), end: office.end }
  // The office's last word read as a name ("… Kota Lama") is the office's: the name came first.
  return {
    ...office,
    text: sentence.slice(person.index, office.end),
    index: person.index,
    office: office.name ? sentence.slice(office.index, office.end) : office.office,
    name: person.name,
  }
}

/** How far before "selaku" a name with its degrees may start. */
const INTRODUCED_REACH = 100

/**
 * "… diwakili oleh Prof. Ir. Budi Santoso, M.Eng., selaku Rektor Universitas Sapta …": the people a
 * sentence introduces anywhere by name, degrees and an office after an introducer, each as one
 * mention (the fullest writing of the name).
 */
export function introducedPeople(grammar: Grammar, sentence: string): Mention[] {
  const found: Mention[] = []
  if (!grammar.attribution.anyAppositionWord.test(sentence)) return found
  for (const match of sentence.matchAll(grammar.attribution.apposition)) {
    const introducer = match.index!
    const office = mentionAt(grammar, sentence, introducer + match[0].length)
    if (office?.kind !== 'person' || !office.office) continue
    const from = Math.max(0, introducer - INTRODUCED_REACH)
    // Word starts only (the reach may end inside a word).
    const starts = [
      ...(from === 0 ? [0] : []),
      ...[...sentence.slice(from, introducer).matchAll(/\s+/gu)].map(
        space => from + space.index! + space[0].length,
      ),
    ]
    const people = starts
      .map(start => mentionAt(grammar, sentence, start))
      .filter(
        (person): person is Mention =>
          person?.kind === 'person' &&
          Boolean(person.name) &&
          !person.office &&
          person.end <= introducer &&
          DEGREES.test(sentence.slice(person.end, introducer)),
      )
    // The fullest writing ("Prof. Ir. Budi Santoso") is the text; the name is the first that opens
    // with no honorific ("Budi Santoso").
    const [fullest] = people
    const name = people.find(
      person => !grammar.text.honorifics.has(person.text.split(/[\s.]+/u)[0] ?? ''),
    )
    if (!fullest || !name) continue
    found.push({
      ...office,
      text: sentence.slice(fullest.index, office.end),
      index: fullest.index,
      office: office.name ? sentence.slice(office.index, office.end) : office.office,
      name: name.name,
    })
  }
  return found
}

/**
 * "Pandangan serupa disampaikan oleh Direktur X Nama.": who said it comes after a passive verb. What was said
 * is before it (or after the name, when the sentence goes on).
 */
function passive(
  grammar: Grammar,
  sentence: string,
  blank: string,
): Omit<Attribution, 'sentence' | 'position'> | undefined {
  for (const match of blank.matchAll(grammar.attribution.passiveBy)) {
    const mention = mentionAt(grammar, sentence, match.index! + match[0].length)
    if (!mention || mention.kind === 'pronoun') continue
    const rest = grammar.attribution.complementizer.exec(sentence.slice(mention.end))
    const after = /^\s*,\s*/u.exec(sentence.slice(mention.end))
    // Before the verb stands what is said of it ("Hal senada", "Pidato pembuka"), not what was said:
    // the sentence names the speaker for the next one ("Ia menambahkan …"), and shows nothing.
    const said =
      rest || after
        ? message(sentence, mention.end + (rest ? rest.index + rest[0].length : after![0].length))
        : { text: '', index: match.index! }
    return {
      mention,
      message: said,
      form: 'passive',
      quote: quoteIn(grammar, said.text, said.index),
    }
  }
  return undefined
}

/** "Lebih lanjut kata X, …", "Ditambahkan Bupati, …", "Menurutnya, …": the speaker before a comma, then what was said. */
function leading(
  grammar: Grammar,
  sentence: string,
): Omit<Attribution, 'sentence' | 'position'> | undefined {
  const self = grammar.attribution.accordingToSelf.exec(sentence)
  if (self) {
    // The mention is the "Menurutnya" itself, past an opener ("Sehingga menurutnya, …").
    const word = /\p{L}+\s*,\s*$/u.exec(self[0])!
    const verbAt = self.index + word.index
    const length = word[0].replace(/\s*,\s*$/u, '').length
    const mention: Mention = {
      text: sentence.slice(verbAt, verbAt + length),
      index: verbAt,
      end: verbAt + length,
      kind: 'pronoun',
    }
    const said =
      self.index > sentence.length - (self.index + self[0].length)
        ? message(sentence, 0, self.index)
        : message(sentence, self.index + self[0].length)
    if (said.text.split(/\s+/u).length >= 3) return reportedAccording(grammar, mention, said)
  }
  const verb = grammar.attribution.leadingVerb.exec(sentence)
  if (!verb) return undefined
  const mention = mentionAt(grammar, sentence, verb[0].length)
  if (!mention) return undefined
  // ("Dikatakan X bahwa …": "bahwa" right after the speaker sets off what was said as a comma does.)
  const after = sentence.slice(mention.end)
  const that = grammar.attribution.complementizer.exec(after)
  const comma =
    /^\s*,\s*/u.exec(after) ??
    (that && /^\s*,?\s*$/u.test(after.slice(0, that.index)) ? that : null)
  if (!comma) return undefined
  const said = message(sentence, mention.end + comma.index + comma[0].length)
  if (said.text.split(/\s+/u).length < 3) return undefined
  return reportedAccording(grammar, mention, said)
}

/** What the speaker before a comma said, in the reporter's words ("Menurutnya, …", "Kata X, …"). */
function reportedAccording(
  grammar: Grammar,
  mention: Mention,
  said: { text: string; index: number },
): Omit<Attribution, 'sentence' | 'position'> {
  return {
    mention,
    message: said,
    form: 'according',
    quote: quoteIn(grammar, said.text, said.index),
    reported: true,
  }
}

/**
 * The short names in capitals the article gives people ("Budi Santoso (BS)"): "BS mengatakan …"
 * later is that person, though a word in capitals alone names no one. Read once per article.
 */
function readAliases(grammar: Grammar, sentences: Sentence[]): Set<string> {
  const found = new Set<string>()
  for (const { sentence } of sentences) {
    if (!sentence.includes('(')) continue
    for (const match of sentence.matchAll(ALIAS_AFTER_NAME)) {
      const person = mentionAt(grammar, sentence, match.index!)
      // (The brackets right after the person's name: after a title's body they are its acronym.)
      const bracket = match.index! + match[0].lastIndexOf('(')
      if (
        person?.kind === 'person' &&
        person.name &&
        !person.organisation &&
        !person.office &&
        person.end <= bracket &&
        /^\s*$/u.test(sentence.slice(person.end, bracket))
      )
        found.add(match[1]!)
    }
  }
  return found
}

// A name of two capitalised words or more (the whole run of capitals: "Badan Pusat Statistik (BPS)"
// is no "Pusat Statistik"), then a short name in capitals in brackets.
const ALIAS_AFTER_NAME =
  /(?<![\p{L}])(?<!\p{Lu}[\p{L}.'’-]*\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\s*\((\p{Lu}{2,6})\)/gu

/** The speaker phrase at `index` (see `mentionAt`), or a short name the article gave a person. */
function speakerAt(
  grammar: Grammar,
  text: string,
  index: number,
  aliases: ReadonlySet<string>,
): Mention | undefined {
  const mention = mentionAt(grammar, text, index)
  if (mention || aliases.size === 0) return mention
  const word = /^\p{Lu}{2,6}(?![\p{L}])/u.exec(text.slice(index))?.[0]
  return word && aliases.has(word)
    ? { text: word, index, end: index + word.length, name: word, kind: 'person' }
    : undefined
}

/** At most this many words stand between a speaker and the colon that introduces their quote. */
const COLON_REACH = 14

/**
 * "Untuk itu, PM Budi Santoso menyampaikan beberapa arahan penting:" then a sentence that opens a
 * quotation: the colon introduces the named person's words, whatever verb (or misspelling) stands
 * before it. Only a person named in full, at the sentence's start or after a fronted clause.
 */
function colonIntroduced(
  grammar: Grammar,
  text: string,
  next: Sentence | undefined,
  aliases: ReadonlySet<string>,
): Omit<Attribution, 'sentence' | 'position'> | undefined {
  if (!/:\s*$/u.test(text) || !next || !/^\s*["“]/u.test(next.sentence)) return undefined
  const lead = /^[^\p{L}]*/u.exec(text)![0].length
  const opened = lead + (grammar.attribution.opener.exec(text.slice(lead))?.[0].length ?? 0)
  const fronted = /^[^,;:"“]{1,80},\s+/u.exec(text.slice(opened))
  for (const start of [opened, ...(fronted ? [opened + fronted[0].length] : [])]) {
    const mention = speakerAt(grammar, text, start, aliases)
    if (mention?.kind !== 'person' || !mention.name || !/\s/u.test(mention.name)) continue
    const said = message(text, mention.end)
    if (said.text.split(/\s+/u).length > COLON_REACH || /["“”]/u.test(said.text)) continue
    return { mention, message: said, form: 'subject' }
  }
  return undefined
}

/** Every attributed statement of the article, in order, with its speaker as mentioned. */
export function findAttributions(grammar: Grammar, sentences: Sentence[]): Attribution[] {
  const aliases = readAliases(grammar, sentences)
  const found: Attribution[] = []
  for (const [position, sentence] of sentences.entries()) {
    const text = sentence.sentence
    const blank = blankPictographs(blankQuotes(text))
    const tail = trailing(grammar, text, blank, aliases)
    // "…, Nama menyatakan bahwa … ‘…,’ katanya": the "-nya" points back to the one the sentence
    // names as its subject, not to the speaker before.
    // "Yang kedua, kata Nama, Budi juga menekankan …": the one who reads out passes on what the
    // subject after them said; it is the subject's.
    const named =
      tail?.mention.kind === 'pronoun' || tail?.mention.kind === 'person'
        ? subject(grammar, text, blank, aliases)
        : undefined
    const passedOn =
      named &&
      tail?.mention.kind === 'person' &&
      named.mention.kind === 'person' &&
      named.mention.index >= tail.mention.end
    const attribution =
      (named && named.mention.kind !== 'pronoun' && (tail?.mention.kind === 'pronoun' || passedOn)
        ? named
        : tail) ??
      leading(grammar, text) ??
      accordingTo(grammar, text, blank) ??
      subject(grammar, text, blank, aliases) ??
      passive(grammar, text, blank) ??
      colonIntroduced(grammar, text, sentences[position + 1], aliases)
    // "“Dulu, Pemuda X menyatakan … (the quotation goes on)": someone the quoted
    // speaker tells of, inside the quotation that opens the sentence, is no speaker of the event.
    const insideQuotation =
      attribution &&
      attribution.form !== 'trailing' &&
      attribution.mention.index > 0 &&
      /^["“]/u.test(text) &&
      quoteBalance(text) > 0
    if (attribution && !insideQuotation) {
      // "Ditegaskan Kapolri, bahwa …": what was said starts after its "bahwa".
      const that = grammar.attribution.leadingThat.exec(attribution.message.text)
      if (that)
        attribution.message = {
          text: attribution.message.text.slice(that[0].length),
          index: attribution.message.index + that[0].length,
        }
      found.push({ ...attribution, sentence, position })
      // "Menekankan bahwa P, X mengatakan bahwa Q": P is X's too, said in the same breath.
      // "Menyoroti X sebagai …, X mengatakan …": the clause with its verb is theirs as well.
      const before = text.slice(0, attribution.mention.index)
      const complement = grammar.attribution.fronted.exec(before)
      const act = complement ? null : grammar.attribution.frontedAct.exec(before)
      const fronted = complement ?? act
      if (fronted && attribution.form === 'subject')
        found.push({
          sentence,
          position,
          mention: attribution.mention,
          message: { text: fronted[1]!, index: fronted[0].indexOf(fronted[1]!) },
          form: 'continued',
          reported: true,
          ...(act ? { fronted: true } : {}),
        })
    }
  }
  return firstPersonGoesOn(grammar, sentences, continuedQuotes(sentences, found))
}

// A quotation and nothing else: it opens the sentence and closes it, and no quotation mark stands
// between.
const WHOLE_QUOTE = /^["“][^"“”]{10,}["”][.!?]?$|^["“][^"“”]{10,}[.!?]["”]$/u

/**
 * A sentence in the first person ("Saya …", "kami akan …"), or one that says what must be done
 * ("Kawasan ini perlu …"), right after one of a speaker's, in the same paragraph and attributed to
 * nobody, goes on with that speaker's words. So does any sentence after words reported in the
 * reporter's own ("X menegaskan, …"), unless it is the reporter's narration (see `goesOnReported`).
 */
function firstPersonGoesOn(
  grammar: Grammar,
  sentences: Sentence[],
  found: Attribution[],
): Attribution[] {
  const { firstPerson, obligation } = grammar.attribution
  const byPosition = new Map(found.map(attribution => [attribution.position, attribution]))
  const result = [...found]
  for (const [position, sentence] of sentences.entries()) {
    if (byPosition.has(position)) continue
    // A sentence that is a quotation and nothing else ("“Kita harus mencoba.”") is the words of the
    // last speaker of its paragraph, whoever stands between.
    if (WHOLE_QUOTE.test(sentence.sentence.trim())) {
      let at = position - 1
      while (at >= 0 && sentences[at]!.paragraph === sentence.paragraph && !byPosition.has(at)) at--
      const owner = at >= 0 && sentences[at]!.paragraph === sentence.paragraph && byPosition.get(at)
      if (owner) {
        const continued = continuation(sentence, position, owner)
        result.push(continued)
        byPosition.set(position, continued)
        continue
      }
    }
    // A paragraph that opens a quotation and names nobody, right after a paragraph whose last
    // sentence reports a speaker, is that speaker's: "Menteri X menyoroti …" then "“…”".
    const opensParagraph = position > 0 && sentences[position - 1]!.paragraph !== sentence.paragraph
    const previous = byPosition.get(position - 1)
    if (opensParagraph && previous && /^["“]/u.test(sentence.sentence.trim())) {
      // The paragraph runs from this sentence to the next paragraph's first.
      let end = position + 1
      while (end < sentences.length && sentences[end]!.paragraph === sentence.paragraph) end++
      const paragraph = sentences.slice(position, end)
      // (A paragraph that says who speaks, "“…,” imbuh salah satu penerima", is theirs, read or not.)
      const namesSpeaker = paragraph.some(other =>
        grammar.attribution.trailingVerbAnywhere.test(other.sentence),
      )
      if (!namesSpeaker && paragraph.every((_, offset) => !byPosition.has(position + offset))) {
        // Up to where the quotation closes.
        let open = 0
        for (let at = position; at < end; at++) {
          const continued = continuation(sentences[at]!, at, previous)
          result.push(continued)
          byPosition.set(at, continued)
          open += quoteBalance(sentences[at]!.sentence)
          if (open <= 0) break
        }
        continue
      }
    }
    // A paragraph of the speaker's words in the reporter's voice, right after a paragraph that ends
    // with theirs: it speaks as "kita"/"kami" somewhere, quotes nothing and names nobody speaking.
    if (opensParagraph && previous && !previous.quote) {
      let end = position + 1
      while (end < sentences.length && sentences[end]!.paragraph === sentence.paragraph) end++
      const paragraph = sentences.slice(position, end)
      if (
        paragraph.every(
          (other, offset) => !byPosition.has(position + offset) && !/["“”]/u.test(other.sentence),
        ) &&
        paragraph.some(other => firstPerson.test(other.sentence)) &&
        paragraph.every(other => goesOnReported(grammar, other.sentence))
      ) {
        for (let at = position; at < end; at++) {
          const continued = { ...continuation(sentences[at]!, at, previous, false), reported: true }
          result.push(continued)
          byPosition.set(at, continued)
        }
        continue
      }
    }
    const before = byPosition.get(position - 1)
    if (!before || sentences[position - 1]!.paragraph !== sentence.paragraph) continue
    const own = firstPerson.test(sentence.sentence) || obligation.test(sentence.sentence)
    if (!own && !(before.reported && !before.quote && goesOnReported(grammar, sentence.sentence)))
      continue
    // Unquoted, it goes on with what the speaker said, but is no quote of theirs.
    const continued = continuation(sentence, position, before, /["“”]/u.test(sentence.sentence))
    result.push(continued)
    byPosition.set(position, continued)
  }
  return result.sort((a, b) => a.position - b.position)
}

/**
 * A quote that runs over several sentences is attributed once; and a speaker whose sentence ends
 * with a colon ("… menekankan:") goes on in the quote that follows. Those sentences are the same
 * speaker's.
 */
function continuedQuotes(sentences: Sentence[], found: Attribution[]): Attribution[] {
  const byPosition = new Map(found.map(attribution => [attribution.position, attribution]))
  const result = [...found]
  // Quote runs: from a sentence that opens a quote it does not close, to the one that closes it.
  let runStart: number | undefined
  for (const [position, sentence] of sentences.entries()) {
    const balance = quoteBalance(sentence.sentence)
    if (runStart === undefined && balance > 0) runStart = position
    else if (
      runStart !== undefined &&
      (balance < 0 || sentence.paragraph !== sentences[runStart].paragraph)
    ) {
      const end =
        balance < 0 && sentence.paragraph === sentences[runStart].paragraph
          ? position
          : position - 1
      const owner = [...Array(end - runStart + 1).keys()]
        .map(offset => byPosition.get(runStart! + offset))
        .find(Boolean)
      for (let at = runStart; owner && at <= end; at++) {
        if (!byPosition.has(at)) {
          const continued = continuation(sentences[at], at, owner)
          result.push(continued)
          byPosition.set(at, continued)
        }
      }
      runStart = balance > 0 && end !== position ? position : undefined
    }
  }
  // "… menekankan:" then "“…”" in the next sentence or paragraph, up to where it closes (a
  // quotation may run over sentences of its paragraph).
  for (const attribution of found) {
    if (!/:\s*$/u.test(attribution.sentence.sentence)) continue
    let open = 0
    for (
      let at = attribution.position + 1;
      at < sentences.length &&
      !byPosition.has(at) &&
      (/^["“]/u.test(sentences[at].sentence) ||
        (open > 0 && sentences[at].paragraph === sentences[at - 1]!.paragraph));
      at++
    ) {
      const continued = continuation(sentences[at], at, attribution)
      result.push(continued)
      byPosition.set(at, continued)
      open += quoteBalance(sentences[at].sentence)
      if (open <= 0 && /["”]\s*$/u.test(sentences[at].sentence.replace(/[.!?]$/u, ''))) break
    }
  }
  return result.sort((a, b) => a.position - b.position)
}

/**
 * Whether a sentence can go on with reported words: no quotation of its own, no person, pronoun or
 * title opening it (the reporter turning to someone), no words of the reporter's narration (what
 * was held, who came, who reported), and not what was said before the event.
 */
function goesOnReported(grammar: Grammar, text: string): boolean {
  const { narration, earlier, opener } = grammar.attribution
  if (/["“”]/u.test(text) && quoteIn(grammar, text, 0)) return false
  if (narration.test(text) || earlier.test(text)) return false
  if (text.split(/\s+/u).length < 4) return false
  const lead = /^[^\p{L}]*/u.exec(text)![0].length
  const opened = lead + (opener.exec(text.slice(lead))?.[0].length ?? 0)
  const mention = mentionAt(grammar, text, opened)
  return !mention || (mention.kind !== 'person' && mention.kind !== 'pronoun')
}

function continuation(
  sentence: Sentence,
  position: number,
  owner: Attribution,
  quoted = true,
): Attribution {
  const text = sentence.sentence
  const start = /^["“]/u.test(text) ? 1 : 0
  const said = message(
    text,
    start,
    text.length - (/["”][.!?]?$/u.test(text) ? (/[.!?]$/u.test(text) ? 2 : 1) : 0),
  )
  return {
    sentence,
    position,
    mention: owner.mention,
    message: said,
    form: 'continued',
    quote: quoted && said.text.length >= 20 ? { text: said.text, index: said.index } : undefined,
    verb: owner.verb,
    ...(owner.reported && !quoted ? { reported: true } : {}),
  }
}

/** The quoted parts of each sentence, counting a quotation opened in an earlier sentence of the paragraph. */
export function quotedParts(
  sentences: readonly Sentence[],
): ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>> {
  // The cover, the outcomes and the key figures each ask for the same article's quotations.
  const cached = quotedCache.get(sentences)
  if (cached && cached.length === sentences.length) return cached.parts
  const parts = readQuotedParts(sentences)
  quotedCache.set(sentences, { length: sentences.length, parts })
  return parts
}

/** Whether the character at `at` of a sentence stands inside one of its quotations. */
export function inQuotation(
  parts: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
  sentence: Sentence,
  at: number,
): boolean {
  return (parts.get(sentence) ?? []).some(span => at >= span.start && at < span.end)
}

const quotedCache = new WeakMap<
  readonly Sentence[],
  { length: number; parts: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>> }
>()

function readQuotedParts(
  sentences: readonly Sentence[],
): Map<Sentence, Array<{ start: number; end: number }>> {
  const parts = new Map<Sentence, Array<{ start: number; end: number }>>()
  let open = false
  let paragraph = -1
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      open = false
      paragraph = sentence.paragraph
    }
    parts.set(sentence, quoteSpans(sentence.sentence, open))
    const balance = quoteBalance(sentence.sentence)
    if (balance > 0) open = true
    else if (balance < 0) open = false
  }
  return parts
}

// Opening minus closing quotation marks (straight quotes alternate).
function quoteBalance(text: string): number {
  const curly = (text.match(/“/gu)?.length ?? 0) - (text.match(/”/gu)?.length ?? 0)
  const straight = (text.match(/"/gu)?.length ?? 0) % 2
  // (“… Sapta" : a curly quotation closed by a straight mark is closed.)
  const lastOpen = text.lastIndexOf('“')
  if (curly > 0 && text.indexOf('"', lastOpen) > lastOpen && text.indexOf('”', lastOpen) < 0)
    return curly - 1
  if (curly !== 0) return curly
  if (straight === 0) return 0
  // An odd straight quote opens when it starts the sentence or follows a space, or ends the
  // sentence right after its full stop (the quotation that follows, with the space lost:
  // "… di kota ini."Kita …"); else it closes.
  const last = text.lastIndexOf('"')
  // (One after a comma and a space, before a lower-case verb, closes: "… hari ini, " ujar X.)
  if (/[,.!?]\s+$/u.test(text.slice(0, last)) && /^"\s*\p{Ll}/u.test(text.slice(last))) return -1
  return last === 0 ||
    /[\s(:]/u.test(text[last - 1] ?? '') ||
    (last === text.length - 1 && /[.!?]/u.test(text[last - 1] ?? ''))
    ? 1
    : -1
}
