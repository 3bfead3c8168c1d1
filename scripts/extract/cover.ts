import type { Grammar } from '../lang/grammar.js'
import { mentionAt } from './mentions.js'
import { inQuotation, quotedParts } from './attribution.js'
import type { Article, Cover, Paragraph, Sentence } from '../model.js'
import { refAt } from '../positions.js'
import type { Speaker } from './speakers.js'

/** An event's name without leading words that are not part of it ("Dalam KTT APEC" → "KTT APEC"). */
function eventName(grammar: Grammar, match: string): string {
  const { eventNounWords, notFirst, nameJoiner } = grammar.cover
  const words = match.split(/\s+/u)
  const noun = words.findIndex(word => eventNounWords.has(word))
  let start = 0
  while (start < noun && (notFirst.has(words[start]!) || nameJoiner.test(words[start]!))) start++
  return words.slice(start).join(' ')
}

/**
 * "… Peringatan Dini Dr. Ani": an honorific inside the words makes them a title of office and a
 * name, not an event; so does the same noun joined to itself ("Rapat dan Rapat").
 */
function namesPerson(grammar: Grammar, name: string): boolean {
  const words = name.split(' ')
  if (words.some(word => grammar.text.honorifics.has(word.replace(/\.$/u, '')))) return true
  const joined = words.findIndex(word => grammar.cover.nameJoiner.test(word))
  return joined > 0 && words.slice(0, joined).join(' ') === words.slice(joined + 1).join(' ')
}

/**
 * The date at `match` as written, with the rest of a span of days when one follows: "Senin (3/5)
 * hingga Rabu (5/5)". (One date per pattern keeps the pattern small; the span is read after it.)
 */
function firstDateIn(grammar: Grammar, text: string): string | undefined {
  const match = grammar.cover.firstDate.exec(text)
  return match ? dateSpan(grammar, text, match) : undefined
}

function dateSpan(grammar: Grammar, text: string, match: RegExpExecArray): string {
  const end = match.index + match[0].length
  const tail = grammar.cover.dateRangeTail.exec(text.slice(end))
  if (tail) {
    const next = grammar.cover.firstDate.exec(text.slice(end + tail[0].length))
    if (next?.index === 0)
      return text.slice(match.index, end + tail[0].length + next[0].length).trim()
  }
  return match[0].trim()
}

/** "Ketua Forum X …": a title of office before the event noun makes the name an office holder's, not an event's. */
function headedByOffice(grammar: Grammar, name: string): boolean {
  const words = name.split(' ')
  const noun = words.findIndex(word => grammar.cover.eventNounWords.has(word))
  return words.slice(0, Math.max(0, noun)).some(word => grammar.speakers.officeWords.has(word))
}

// A title of office ends a place: "di Gedung Utama Menteri X …" is a caption run into the text.
function cutAtOffice(grammar: Grammar, place: string): string {
  const words = place.split(/(\s+)/u)
  // "Kantor Gubernur X", "Pendopo Bupati", "Ruang Sidang Rektor X": an office up to three words
  // after a venue's word names the building.
  const at = words.findIndex(
    (word, index) =>
      index > 0 &&
      grammar.speakers.officeWords.has(word) &&
      ![2, 4, 6].some(back => grammar.cover.venue.test(words.slice(index - back, index).join(''))),
  )
  return (at < 0 ? place : words.slice(0, at).join('')).replace(/[\s,.]+$/u, '')
}

/**
 * The cover: the article's headline when it has one, else its most-named event (never a person, never
 * a generic phrase); the event and the main speaker as subtitle; where and when the speaker spoke, the
 * theme, and the event's place and date as written. A dateline's date is the report's, and a date
 * beside "keterangan tertulis" is a statement's: the date of a sentence about the event comes first.
 */
export function extractCover(
  grammar: Grammar,
  article: Article,
  main: Speaker | undefined,
  publisher?: string,
): Cover {
  const { sentences } = article
  const speaker = main?.label
  const heading = headlineOf(article)
  const events = namedEvents(grammar, sentences, heading)
  const event = events.mostNamed ?? events.first ?? phraseEvent(grammar, sentences)
  const session = mostFrequent(
    sentences,
    grammar.cover.session,
    grammar.cover.venueBefore,
    (name, before) => !namesPerson(grammar, name) && !grammar.cover.officeBefore.test(before),
  )
  // Nothing to title the deck with: the deck's labels give it a title of their own. A lower-case
  // phrase ("konferensi pers") says nothing of this event.
  // (A phrase such as "Kunjungan resmi" that opens a sentence is capitalised, yet as generic.)
  const named = events.mostNamed ?? events.first ?? events.marked
  const title = heading ?? [named, session].find(name => name && /^\p{Lu}/u.test(name))
  const occasion = occasionOf(grammar, sentences, main)
  const theme = themeOf(grammar, sentences)
  const shown = [title, occasion?.text].filter(Boolean).join(' ')
  const other = [event, events.first, session].find(
    candidate => candidate && candidate !== title && !shown.includes(candidate),
  )
  const subtitleParts = [other, speaker !== title ? speaker : undefined].filter(Boolean)
  const lead = sentences.filter(
    sentence => sentence.paragraph <= (sentences[0]?.paragraph ?? 0) + 3,
  )
  const about = sentences.filter(
    sentence =>
      sentence.sentence.search(grammar.cover.placeAnchor) >= 0 ||
      (event && sentence.sentence.includes(event)),
  )
  // Events the headline already names anchor the place and date too ("KTT X digelar di …").
  const names = [event, events.first, ...events.inTitle].filter((name): name is string =>
    Boolean(name),
  )
  const quoted = quotedParts(sentences)
  // "… saat tiba di Bandara X": where the speaker spoke on arrival is not the event's place.
  const spokenAt = occasion && !grammar.cover.arrival.test(occasion.text) ? occasion : undefined
  const place =
    (spokenAt &&
      placeOf(
        grammar,
        [{ ...spokenAt.sentence, sentence: spokenAt.text }],
        [],
        new Map(),
        true,
        true,
      ).place) ??
    // "… ke Hotel X, tempat rakernas digelar": the article says where it was held.
    namedVenue(grammar, lead, quoted) ??
    // Right after the event's name first ("Sidang Umum X di Markas Besar …"), before any other
    // anchor of the lead ("Pidato … di Kota, …" in a title line).
    placeOf(grammar, lead, names, quoted, true, false, true).place ??
    placeOf(grammar, lead, names, quoted, true).place ??
    placeOf(grammar, about, names, quoted).place
  const date =
    (occasion && firstDateIn(grammar, occasion.text)) ??
    dateAfterEvent(grammar, sentences, names, quoted) ??
    // "… di Istana X, Kamis (…)": the date written right after the event's place.
    (place && dateAfterEvent(grammar, sentences, [place], quoted, 4)) ??
    eventDate(grammar, lead, quoted) ??
    eventDate(grammar, about, quoted) ??
    // "Menteri X mengumumkan pada hari Rabu (25/4), …": the day the main speaker spoke.
    eventDate(grammar, spokenIn(main), quoted) ??
    // A weekday alone is the weakest date: only when no date is written in full.
    dateAfterEvent(grammar, sentences, place ? [...names, place] : names, quoted, 0, true) ??
    weekdayInOpening(grammar, lead.slice(0, OPENING_SENTENCES), quoted) ??
    article.dateline?.date
  const mode = modeOf(grammar, lead, quoted)
  const format = formatOf(grammar, lead, quoted, occasion?.text)
  return {
    ...(title !== undefined ? { title } : {}),
    subtitle: subtitleParts.length > 0 ? subtitleParts.join(' · ') : undefined,
    publisher,
    ...(place ? { place } : {}),
    date,
    ...(mode ? { mode } : {}),
    ...(format ? { format } : {}),
    ...(occasion
      ? { occasion: { text: occasion.text, source: refAt(occasion.sentence, occasion.index) } }
      : {}),
    ...(theme ? { theme } : {}),
  }
}

/**
 * The headline: a markdown heading, else the first headline of the page's head that is more than a
 * rubric ("Pertemuan Tahunan 2024" over the headline is the site's section), else its first line.
 */
function headlineOf(article: Article): string | undefined {
  const headline = pageHeadlineOf(article)
  // "Judul Berita | Kabar Kota": a page's title carries the site's name after a bar.
  const bar = headline && /\s+\|\s+[^|]{1,40}$/u.exec(headline)
  return bar && headline.slice(0, bar.index).split(/\s+/u).length >= 4
    ? headline.slice(0, bar.index)
    : headline
}

/** A line shares so many times fewer words with the lead than another line above the story does: no headline. */
const WEAK_HEADLINE = 4

function pageHeadlineOf(article: Article): string | undefined {
  const headings = article.paragraphs.filter(paragraph => paragraph.depth === 1)
  const marked = headings.find(paragraph => !paragraph.guessed)
  if (marked) return marked.text
  // A headline is about the story: it shares a word with the lead (a site's section name does not).
  const lead = new Set(
    article.sentences
      .slice(0, 6)
      .flatMap(sentence => sentence.sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .filter(word => word.length >= 4),
  )
  const shared = (paragraph: Paragraph): number =>
    new Set(
      paragraph.text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(word => word.length >= 4 && lead.has(word)),
    ).size
  const sharing = new Map(
    headings
      .filter(paragraph => paragraph.guessed)
      .map(paragraph => [paragraph, shared(paragraph)]),
  )
  const guessed = [...sharing.keys()].filter(paragraph => sharing.get(paragraph)! > 0)
  // An advertisement or a menu line above the headline may share a word with the lead too, but few
  // beside the headline (or a caption) that shares many.
  const most = Math.max(0, ...sharing.values())
  const best = guessed.filter(paragraph => sharing.get(paragraph)! * WEAK_HEADLINE > most)
  return (best.find(paragraph => paragraph.text.split(/\s+/u).length >= 6) ?? best[0])?.text
}

/** At most this many words of where and when someone spoke are shown. */
const OCCASION_WORDS = 28

/**
 * Where and when the main speaker spoke: after one of their mentions, the words that open with
 * "dalam", "saat", "di" …, up to the sentence's end, a quotation, or a comma before a lower-case word
 * (the verb that follows). It must name an event, a format, a venue or a date.
 */
function occasionOf(
  grammar: Grammar,
  sentences: Sentence[],
  main: Speaker | undefined,
): { text: string; index: number; sentence: Sentence } | undefined {
  if (!main) return undefined
  const { occasion, format, eventStart, venue, firstDate } = grammar.cover
  const names = [
    ...new Set(
      [main.label, ...main.mentions.map(mention => mention.text)].filter(name => name.length >= 3),
    ),
  ]
  let dated: { text: string; index: number; sentence: Sentence } | undefined
  const first = sentences.slice(0, 40)
  // "…,” kata dia dalam keterangan pers": also after each mention that attributes their words.
  const attributed = new Map<Sentence, number[]>()
  for (const attribution of main.attributions) {
    if (!first.includes(attribution.sentence)) continue
    const ends = attributed.get(attribution.sentence) ?? []
    attributed.set(attribution.sentence, [...ends, attribution.mention.end])
  }
  for (const sentence of first) {
    const text = sentence.sentence
    const ends = names.flatMap(name => {
      const found: number[] = []
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
        found.push(at + name.length)
      return found
    })
    for (const after of [...new Set([...ends, ...(attributed.get(sentence) ?? [])])]) {
      const opener = occasion.exec(text.slice(after))
      if (!opener) continue
      const start = after + opener[0].length - opener[0].trimStart().replace(/^,\s*/u, '').length
      const span = occasionSpan(grammar, text, start)
      // "dalam keterangan tertulis, Jumat (…)": a written statement's date is not the event's; nor
      // is the date of what is still to come ("…, pada Kamis (…) berencana akan …").
      if (!span || grammar.cover.written.test(span) || datesWhatIsToCome(grammar, span)) continue
      const words = span.split(/\s+/u)
      // An event or a venue, also in lower case ("usai penandatanganan MoU", "di ruang rapat …").
      const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)
      const namesEvent = words.some(
        word => eventStart.test(capital(word)) || venue.test(capital(word)),
      )
      const found = { text: span, index: start, sentence }
      if (namesEvent || format.test(span)) return found
      if (!dated && firstDate.test(span)) dated = found
    }
  }
  return dated
}

/** Whether a date in the occasion is followed right away by a word that puts it still to come. */
function datesWhatIsToCome(grammar: Grammar, span: string): boolean {
  const date = grammar.cover.firstDate.exec(span)
  return Boolean(
    date &&
      grammar.cover.toComeAfter.test(span.slice(date.index + dateSpan(grammar, span, date).length)),
  )
}

/**
 * The occasion from `start`: to a quotation, the sentence's end, or a comma before a lower-case word
 * other than the "di" of a place.
 */
function occasionSpan(grammar: Grammar, text: string, start: number): string | undefined {
  let end = text.length
  const stop = /["“”]|[.;!?](?:\s|$)|,\s+(?=\p{Ll})/gu
  stop.lastIndex = start
  let found = stop.exec(text)
  // (Not the comma before where it was held: "dalam Konferensi Pers X, di Gedung Y, Kamis …".)
  while (
    found?.[0].startsWith(',') &&
    grammar.cover.place.exec(text.slice(found.index + found[0].length))?.index === 0
  )
    found = stop.exec(text)
  if (found) end = found.index
  const verb = grammar.cover.occasionStop.exec(text.slice(start, end))
  if (verb) end = start + verb.index
  // "…, Senin (4/3) seperti dikutip Kabar.com": the newsroom's source ends it, comma or not.
  const tag = grammar.attribution.sourceTagAnywhere.exec(text.slice(start, end))
  if (tag) end = start + tag.index
  let span = text.slice(start, end).replace(/[\s,.;:]+$/u, '')
  const words = span.split(/\s+/u)
  if (words.length > OCCASION_WORDS) {
    const cut = span.lastIndexOf(',', words.slice(0, OCCASION_WORDS).join(' ').length)
    if (cut <= 0) return undefined
    span = span.slice(0, cut)
  }
  return words.length >= 2 ? span : undefined
}

/**
 * The event's theme: the first "bertema …", "dengan tema: "…"", as written; else the title of a
 * format or a speech ("konferensi pers berjudul "…"").
 */
function themeOf(grammar: Grammar, sentences: Sentence[]): Cover['theme'] {
  return (
    themeBy(sentences, grammar.cover.theme) ??
    themeBy(sentences, grammar.cover.titled, grammar.cover.titledAfter)
  )
}

/** The first theme `pattern` reads; with `after`, only where the words before it pass `after`. */
function themeBy(sentences: Sentence[], pattern: RegExp, after?: RegExp): Cover['theme'] {
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.sentence)
    if (!match?.groups) continue
    if (after && !after.test(sentence.sentence.slice(0, match.index))) continue
    const text = (match.groups.quoted ?? match.groups.single ?? match.groups.plain ?? '').trim()
    if (text.split(/\s+/u).length < 2) continue
    return { text, source: refAt(sentence, sentence.sentence.indexOf(text, match.index)) }
  }
  return undefined
}

/**
 * A date written right after the event's name: "KTT ASEAN ke-34 di Bangkok dari 22-23/6"; with
 * `weekdays`, a weekday alone right after it.
 */
function dateAfterEvent(
  grammar: Grammar,
  sentences: Sentence[],
  events: string[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
  within = 60,
  weekdays = false,
): string | undefined {
  for (const sentence of sentences) {
    for (const name of events) {
      const at = sentence.sentence.indexOf(name)
      // A speaker who names the event in a quotation may date something else ("… kali ini, pada …").
      if (at < 0 || inQuotation(quotedBySentence, sentence, at)) continue
      // Within 60 characters of the name; the date itself may run on ("Senin (3/5) hingga …").
      const after = sentence.sentence.slice(at + name.length, at + name.length + 140)
      const match = grammar.cover.firstDate.exec(after)
      if (weekdays) {
        // "… di Kota Lama hari Rabu": a weekday alone right after the name or the place.
        const weekday = grammar.cover.weekdayAfter.exec(after)
        if (weekday) return weekday[1]
      } else if (match && match.index < within && !/[.;"“”]/u.test(after.slice(0, match.index)))
        return dateSpan(grammar, after, match)
    }
  }
  return undefined
}

/** The first match of `pattern` in the sentences that stands outside their quotations. */
function firstOutsideQuotes(
  pattern: RegExp,
  sentences: Sentence[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
): RegExpExecArray | undefined {
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.sentence)
    if (match && !inQuotation(quotedBySentence, sentence, match.index)) return match
  }
  return undefined
}

/** How the event was held ("digelar secara virtual"), from the lead, outside quotations. */
function modeOf(
  grammar: Grammar,
  lead: Sentence[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
): string | undefined {
  return firstOutsideQuotes(grammar.cover.mode, lead, quotedBySentence)?.[0]
}

/**
 * What kind of occasion it was ("konferensi pers", "sesi pleno", "pidato pembukaan"): the one where
 * the main speaker spoke, else the first the lead names outside quotations; not one an earlier
 * meeting held ("pada konferensi pers sebelumnya"), nor a release the newsroom received ("dalam
 * rilis yang diterima"). A word that also names a document ("hasil rilis lembaga statistik") is the last resort.
 */
function formatOf(
  grammar: Grammar,
  lead: Sentence[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
  occasion?: string,
): string | undefined {
  const { format, formats, earlierAfter, receivedAfter, weakFormat } = grammar.cover
  const held = (text: string, found: RegExpExecArray | RegExpMatchArray): boolean => {
    const after = text.slice(found.index! + found[0].length)
    return !earlierAfter.test(after) && !receivedAfter.test(after)
  }
  const spokenAt = occasion ? format.exec(occasion) : null
  const named = lead.flatMap(sentence =>
    [...sentence.sentence.matchAll(formats)]
      .filter(
        found =>
          !inQuotation(quotedBySentence, sentence, found.index) && held(sentence.sentence, found),
      )
      .map(found => found[0]),
  )
  if (spokenAt && held(occasion!, spokenAt)) {
    // ("dalam pernyataan pers" where the lead writes "pernyataan pers bersama": the fuller one.)
    const said = spokenAt[0].toLowerCase()
    return named.find(name => name.toLowerCase().startsWith(said)) ?? spokenAt[0]
  }
  return named.find(name => !weakFormat.test(name)) ?? named[0]
}

/** How many of the main speaker's first sentences may date the event. */
const SPOKEN_SENTENCES = 3

/** The first sentences in which the main speaker speaks (their own, not quotations that go on). */
function spokenIn(main: Speaker | undefined): Sentence[] {
  return (main?.attributions ?? [])
    .filter(attribution => attribution.form !== 'continued')
    .map(attribution => attribution.sentence)
    .slice(0, SPOKEN_SENTENCES)
}

/** How many of the story's first sentences may date the event with a weekday alone. */
const OPENING_SENTENCES = 2

/** "X pada Senin menandatangani …": a weekday alone in the story's opening, not quoted nor to come. */
function weekdayInOpening(
  grammar: Grammar,
  opening: Sentence[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
): string | undefined {
  for (const sentence of opening) {
    const match = grammar.cover.weekdayAlone.exec(sentence.sentence)
    if (!match) continue
    if (datesOther(grammar, sentence.sentence.slice(0, match.index))) continue
    if (inQuotation(quotedBySentence, sentence, match.index)) continue
    return match[0]
  }
  return undefined
}

/**
 * Whether the words before a date make it another one's than the event's: a written statement's
 * ("tertanggal …"), one that recurs ("setiap …"), one the event looks back on ("sejak …"), or one
 * still to come.
 */
function datesOther(grammar: Grammar, before: string): boolean {
  const { statementDate, recurring, history, future } = grammar.cover
  return (
    statementDate.test(before) ||
    recurring.test(before) ||
    history.test(before) ||
    future.test(clauseBefore(before))
  )
}

/** The first date of the lead that is not a written statement's. */
function eventDate(
  grammar: Grammar,
  lead: Sentence[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
): string | undefined {
  for (const sentence of lead) {
    for (const match of sentence.sentence.matchAll(grammar.cover.date)) {
      if (datesOther(grammar, sentence.sentence.slice(0, match.index!))) continue
      if (inQuotation(quotedBySentence, sentence, match.index!)) continue
      if (
        grammar.cover.relativeClause.test(sentence.sentence.slice(0, match.index!)) &&
        grammar.cover.agoAfter.test(sentence.sentence.slice(match.index! + match[0].length))
      )
        continue
      return dateSpan(grammar, sentence.sentence, match as RegExpExecArray)
    }
  }
  return undefined
}

/** The place right after the event's name or an event phrase ("… di Kota Baru"), else the first in the lead. */
function placeOf(
  grammar: Grammar,
  sentences: Sentence[],
  events: string[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
  lead = false,
  anywhere = false,
  eventsOnly = false,
): { place?: string } {
  const { placeAnchor, at: AT, venue, place, topic, future, eventStart } = grammar.cover
  for (const sentence of sentences) {
    const text = sentence.sentence
    const anchors = [
      ...(anywhere ? [...text.matchAll(AT)].map(match => match.index!) : []),
      ...events.map(name => text.indexOf(name)).filter(at => at >= 0),
      ...(eventsOnly ? [] : [...text.matchAll(placeAnchor)].map(match => match.index!)),
      // "… bertempat di Hotel X", "… diteken oleh A dan B di Kota Lama" (not "X menyampaikan …
      // operasi yang berlangsung di Kota Lama": the place of what was said).
      ...(eventsOnly
        ? []
        : [...text.matchAll(grammar.cover.heldAnchor)]
            .filter(match => !grammar.attribution.reportingWord.test(text.slice(0, match.index!)))
            .map(match => match.index!)),
    ]
    // Any "di <Gedung …>" of the sentence counts as well: a venue needs no anchor; so does a place
    // set off by commas in the lead (", di Jakarta, Ibukota …,").
    for (const match of eventsOnly ? [] : text.matchAll(AT)) {
      const rest = text.slice(match.index! + match[0].length)
      const named = place.exec(text.slice(match.index!))
      if (
        venue.test(rest) ||
        grammar.cover.lowerVenue.test(rest) ||
        (named?.index === 0 &&
          grammar.cover.heldAfter.test(text.slice(match.index! + named[0].length))) ||
        (lead &&
          /,\s*$/u.test(text.slice(0, match.index!)) &&
          /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,/u.test(rest))
      )
        anchors.push(match.index!)
    }
    for (const anchor of anchors.sort((a, b) => a - b)) {
      const match = place.exec(text.slice(anchor))
      if (!match || match.index >= 140) continue
      const between = text.slice(anchor, anchor + match.index)
      const at = anchor + match.index
      // "… akan digelar di Kota Lama": a future event's place is not this one's; nor is a place in
      // a quotation or one that is itself an event ("di Forum …"). "… tentang perkembangan terkini
      // di Kota Lama": the place of a topic is not the event's.
      // "Pertemuan sebelumnya di Kota Lama": an earlier meeting's place. "Rapat X menyampaikan …
      // operasi yang berlangsung di Kota Lama": the place of what was said, not of the event.
      if (
        topic.test(between) ||
        grammar.cover.earlier.test(between) ||
        grammar.cover.pastTimeBefore.test(between) ||
        grammar.attribution.reportingWord.test(between)
      )
        continue
      // "… pesan yang diterima di Kota Lama": where a statement was received.
      if (grammar.cover.received.test(text.slice(0, at))) continue
      const clause = clauseBefore(text.slice(0, at))
      if (
        future.test(clause) ||
        // "… setelah sebelumnya mengikuti KTT X di Kota Lama": where the speaker came from.
        grammar.cover.earlierBefore.test(clause) ||
        grammar.cover.planned.test(clause) ||
        /["“”]/u.test(between) ||
        inQuotation(quotedBySentence, sentence, at) ||
        eventStart.test(match[1]!) ||
        grammar.cover.eventEnd.test(match[1]!)
      )
        continue
      const after = text.slice(at + match[0].length)
      // "… sejak bertemu di Kota Lama pada tahun lalu": where an earlier one was held.
      if (grammar.cover.pastTimeAfter.test(after)) continue
      return { place: cutAtOffice(grammar, withAddress(grammar, after, match[1]!)) }
    }
  }
  return {}
}

/** The place the lead names as where the event is held ("… ke Hotel X, tempat rakernas digelar"), outside quotations. */
function namedVenue(
  grammar: Grammar,
  sentences: Sentence[],
  quotedBySentence: ReadonlyMap<Sentence, ReadonlyArray<{ start: number; end: number }>>,
): string | undefined {
  return firstOutsideQuotes(grammar.cover.venueNamed, sentences, quotedBySentence)?.[1]
}

/**
 * A venue with its address: "Aula X, Kota Lama, Provinsi Y" (the place pattern takes one
 * comma; a venue takes one more part, capitalised, before a date, a verb or the sentence's end).
 */
function withAddress(grammar: Grammar, after: string, place: string): string {
  if (!grammar.cover.venue.test(place) && !grammar.cover.lowerVenue.test(place)) return place
  const more = grammar.cover.addressPart.exec(after) ?? grammar.cover.venueIn.exec(after)
  return more ? place + more[0] : place
}

// The clause that leads up to a place or date: from the last comma, semicolon or quotation mark.
function clauseBefore(text: string): string {
  return text.slice(
    Math.max(
      text.lastIndexOf(','),
      text.lastIndexOf(';'),
      text.lastIndexOf('"'),
      text.lastIndexOf('”'),
    ) + 1,
  )
}

/** Named events: the most named (the first of equals), and the first in the article. */
function namedEvents(
  grammar: Grammar,
  sentences: Sentence[],
  title = '',
): { mostNamed?: string; first?: string; marked?: string; inTitle: string[] } {
  const { event, officeBefore, groupEvent, held, futureEvent } = grammar.cover
  const counts = new Map<string, number>()
  let first: string | undefined
  // The day an event marks ("… memperingati Hari Jadi ke-40 Kota Lama"): it titles a
  // deck that has no headline and no event of its own.
  let marked: string | undefined
  const inTitle: string[] = []
  const quotedBySentence = quotedParts(sentences)
  for (const sentence of sentences) {
    if (!grammar.cover.anyEventNoun.test(sentence.sentence)) continue
    for (const match of sentence.sentence.matchAll(event)) {
      // An event named inside a quotation is the speaker's reference, not this event.
      if (inQuotation(quotedBySentence, sentence, match.index!)) continue
      // "Presiden ke-9 Forum X …": shortly after a title of office, the name is the office's body,
      // not an event held.
      if (officeBefore.test(sentence.sentence.slice(Math.max(0, match.index! - 40), match.index!)))
        continue
      // "di Ruang Rapat Rektorat …": part of a venue's name, not an event.
      if (grammar.cover.venueBefore.test(sentence.sentence.slice(0, match.index!))) continue
      const name = eventName(grammar, match[0].replace(/\s+/gu, ' ').replace(/[\s,.]+$/u, ''))
      if (headedByOffice(grammar, name) || namesPerson(grammar, name)) continue
      // "Jakarta Convention Center": a building named after what it hosts is the venue.
      if (grammar.cover.venueTail.test(name)) continue
      // A lone noun ("Forum", "Rapat") names no event; the headline's words are already on the
      // cover.
      if (!/\s/u.test(name)) continue
      if (title.includes(name)) {
        if (!inTitle.includes(name)) inTitle.push(name)
        continue
      }
      // "surat dari Forum Alumni …": a forum is often a group; it is an event only where something
      // is held.
      if (
        groupEvent.test(name) &&
        !held.test(sentence.sentence.slice(Math.max(0, match.index! - 40), match.index!))
      )
        continue
      // "… bakal hadir dalam perhelatan X pada …", "Akhir Juni mendatang, … diundang dalam X": an
      // event still to come is not this one.
      const before = sentence.sentence.slice(0, match.index!)
      if (futureEvent.test(clauseBefore(before)) || grammar.cover.futureTime.test(before)) continue
      // "… undangan kepada X untuk hadir di KTT Y": the event X is invited to.
      if (grammar.cover.invitedTo.test(before)) continue
      // "… penyelenggaraan Forum X tahun lalu, …": an earlier edition, not this event.
      if (grammar.cover.pastTimeAfter.test(sentence.sentence.slice(match.index! + match[0].length)))
        continue
      // "… pertemuan bilateral di sela KTT X": the summit hosts the meeting; it is not the meeting.
      if (grammar.cover.sidelines.test(before)) continue
      // "… setelah sebelumnya mengikuti KTT X": an event the speaker came from.
      if (grammar.cover.earlierBefore.test(clauseBefore(before))) continue
      // "… bertepatan dengan peringatan Hari X": the day the event marks is not the event.
      if (grammar.cover.markedOccasion.test(before)) {
        marked ??= name
        continue
      }
      first ??= name
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  let best: string | undefined
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name
  // "KTT ASEAN" named most, "KTT ke-42 ASEAN" once: the shortest name that says more is the
  // event's.
  const words = (name: string): string[] => name.split(/\s+/u)
  const specific =
    best &&
    [...counts.keys()]
      .filter(name => name !== best && words(best!).every(word => words(name).includes(word)))
      .sort((a, b) => a.length - b.length)[0]
  return { mostNamed: specific ?? best, first, marked, inTitle }
}

function phraseEvent(grammar: Grammar, sentences: Sentence[]): string | undefined {
  for (const sentence of sentences) {
    const text = sentence.sentence
    const match = grammar.cover.eventPhrase.exec(text)
    if (!match) continue
    // "rapat koordinasi Gubernur Se-Wilayah": the capitalised words after the phrase name it, up to
    // a person named there ("konferensi pers Menteri Ani Rahma").
    const end = match.index + match[0].length
    const more = grammar.cover.eventComplement.exec(text.slice(end))
    let complement = more?.[0] ?? ''
    for (const word of complement.matchAll(/\S+/gu)) {
      const person = mentionAt(grammar, text, end + word.index!)
      if (person?.kind === 'person' && person.name && /\s/u.test(person.name)) {
        complement = complement.slice(0, word.index!)
        break
      }
    }
    return (match[0] + complement).trimEnd()
  }
  return undefined
}

function mostFrequent(
  sentences: Sentence[],
  pattern: RegExp,
  notAfter?: RegExp,
  accept: (name: string, before: string) => boolean = () => true,
): string | undefined {
  const counts = new Map<string, number>()
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(pattern)) {
      const before = sentence.sentence.slice(0, match.index!)
      if (notAfter?.test(before)) continue
      const name = match[0].replace(/\s+/gu, ' ')
      if (!accept(name, before.slice(-60))) continue
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  let best: string | undefined
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name
  return best
}
