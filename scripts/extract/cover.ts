import { alternation, EVENT_NOUNS, EVENT_PHRASES, FUNCTION_WORDS, FUTURE_WORDS, HELD_WORDS, HOLDING_VERBS, MONTHS, OFFICE_HEADS, STATEMENT_DATE_WORDS, TOPIC_WORDS, VENUE_WORDS, WEEKDAYS } from '../lang/id.js'
import { quotedParts } from './attribution.js'
import type { Article, Cover, Sentence } from '../model.js'

const MONTH = alternation(MONTHS)
const WEEKDAY = alternation(WEEKDAYS)
// Dates as the press writes them, kept as written: "25 Oktober 2025", "24-26 Oktober 2022", "17-18 Juni",
// "Senin (4/9/2023)", "(13/6/2025)", "Sabtu (17/11)", "22-23/6".
const DATE = new RegExp(String.raw`(?<![\p{N}/])(?:(?:(?:${WEEKDAY}),?\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:${MONTH})(?:\s+\d{4})?|(?:(?:${WEEKDAY})(?:\s+\p{Ll}+)?\s*)?\(\d{1,2}(?:-\d{1,2})?/\d{1,2}(?:/\d{2,4})?\)|\d{1,2}(?:-\d{1,2})?/\d{1,2}(?:/\d{4})?)(?![\p{N}/])`, 'gu')
// "… akan digelar …", "bakal hadir … pada 7-8 Juli": what is still to come is not this event.
const FUTURE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(FUTURE_WORDS)})(?![\p{L}])[^.;]*$`, 'iu')
const FUTURE_EVENT = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(FUTURE_WORDS.slice(0, 2))})\s+(?:\S+\s+){0,3}(?:${alternation(HOLDING_VERBS)})(?![\p{L}])[^.;]*$`, 'iu')
const TOPIC = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(TOPIC_WORDS)})(?![\p{L}])`, 'iu')
// Words before an event that is held: "dalam Forum …", "menggelar Forum …".
const HELD = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(HELD_WORDS)})\s+(?:\S+\s+){0,2}$`, 'iu')
const EVENT_START = new RegExp(String.raw`^(?:${alternation(EVENT_NOUNS)})(?![\p{L}])`, 'u')
const FIRST_DATE = new RegExp(DATE.source, 'u')
const STATEMENT_DATE = new RegExp(String.raw`(?:${alternation(STATEMENT_DATE_WORDS)})[^.;]{0,40}$`, 'iu')
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.\-]*|ke-\d+|\d{4}|\([\p{Lu}\p{N}][^()]{0,20}\))`
const JOIN = String.raw`(?:\s+(?:dan|and|for|of|on|the|tentang|untuk)(?=\s+\p{Lu}))?`
// A named event: capitalised words (joiners, "ke-46", a year, an acronym in parentheses) around an event noun.
// Parts of a bigger event ("Sesi Tanya Jawab", "Upacara Penutupan", "Sidang ke-9 Majelis") rank after the event itself.
const EVENT_NOUN_WORDS = new Set(EVENT_NOUNS.map(noun => noun.split(' ')[0]))
const SESSION_NOUNS = ['Sesi', 'Upacara', 'Sidang', 'Rapat', 'Dialog', 'Pembukaan', 'Penutupan', 'Peluncuran', 'Peresmian', 'Penandatanganan', 'Peringatan']
const EVENT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${WORD}(?:\s+(?:and|dan|for|of))?\s+){0,4}(?:${alternation(EVENT_NOUNS.filter(noun => !SESSION_NOUNS.includes(noun)))})(?:${JOIN}\s+${WORD})*`, 'gu')
// Words that never open an event's name: another event noun, a session noun, a function word.
const NOT_FIRST = new Set([...SESSION_NOUNS, ...EVENT_NOUNS, ...FUNCTION_WORDS])

/** An event's name without leading words that are not part of it ("Dalam KTT APEC" → "KTT APEC"). */
function eventName(match: string): string {
  const words = match.split(/\s+/u)
  const noun = words.findIndex(word => EVENT_NOUN_WORDS.has(word))
  let start = 0
  while (start < noun && (NOT_FIRST.has(words[start]) || /^(?:and|dan|for|of)$/u.test(words[start]))) start++
  return words.slice(start).join(' ')
}

/** "Ketua Forum X …": a title of office before the event noun makes the name an office holder's, not an event's. */
function headedByOffice(name: string): boolean {
  const words = name.split(' ')
  const noun = words.findIndex(word => EVENT_NOUN_WORDS.has(word))
  return words.slice(0, Math.max(0, noun)).some(word => OFFICE_WORDS.has(word))
}

// "Presiden ke-9 Forum X …": shortly after a title of office, the name is the office's body, not an event held.
const OFFICE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(OFFICE_HEADS)})(?:\s+\S+){0,2}\s+$`, 'u')

const SESSION = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(SESSION_NOUNS)})(?:${JOIN}\s+${WORD})+`, 'gu')
const EVENT_PHRASE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(EVENT_PHRASES)})(?![\p{L}])`, 'iu')
// Words after which "di …" is where the event took place: "pidato … di Hotel Nusantara".
const PLACE_ANCHOR = new RegExp(String.raw`(?<![\p{L}])(?:${alternation([...EVENT_PHRASES, 'pidato', 'pidatonya', 'sambutan', 'sambutannya', 'acara', 'kegiatan', 'pertemuan', 'forum', 'kongres', 'sidang', 'rapat', 'upacara', 'konferensi', 'keterangan pers', 'kepada wartawan', 'bertemu', 'menandatangani', 'membuka', 'menyaksikan', 'menghadiri', 'berbicara'])})(?![\p{L}])`, 'giu')
// A venue is a place on its own: "di Gedung Serbaguna", "di Kompleks Olahraga, Kota Baru".
const VENUE = new RegExp(String.raw`^(?:${alternation(VENUE_WORDS)})(?![\p{L}])`, 'u')
// "di Gedung Sate, Bandung", "di Hotel Nusantara, Jakarta": a place after "di", up to one comma.
const PLACE = new RegExp(String.raw`(?<![\p{L}])di\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|\d+))*(?:,\s+(?!(?:${WEEKDAY})\b)\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*)?)`, 'u')
// A title of office ends a place: "di Gedung Utama Menteri X …" is a caption run into the text.
const OFFICE_WORDS = new Set(OFFICE_HEADS.map(head => head.split(' ')[0]))

function cutAtOffice(place: string): string {
  const words = place.split(/(\s+)/u)
  const at = words.findIndex((word, index) => index > 0 && OFFICE_WORDS.has(word))
  return (at < 0 ? place : words.slice(0, at).join('')).replace(/[\s,.]+$/u, '')
}

/**
 * The cover: the article's headline when it has one, else its most-named event; the event and the main
 * speaker as subtitle; the event's place and date as written. A dateline's date is the report's, and a
 * date beside "keterangan tertulis" is a statement's: the date of a sentence about the event comes first.
 */
export function extractCover(article: Article, speaker: string | undefined, publisher?: string): Cover {
  const { paragraphs, sentences } = article
  // Only a top-level heading titles the deck: a line underlined with --- is a setext h2, often a stray rule.
  const heading = paragraphs.find(paragraph => paragraph.depth === 1)
  const events = namedEvents(sentences, heading?.text)
  const event = events.mostNamed ?? events.first ?? phraseEvent(sentences)
  const session = mostFrequent(sentences, SESSION)
  const title = heading?.text ?? event ?? session ?? speaker ?? publisher ?? 'Ringkasan berita'
  const named = [event, events.first, session].find(candidate => candidate && candidate !== title && !title.includes(candidate))
  const subtitleParts = [named, speaker !== title ? speaker : undefined].filter(Boolean)
  const lead = sentences.filter(sentence => sentence.paragraph <= (sentences[0]?.paragraph ?? 0) + 3)
  const about = sentences.filter(sentence => sentence.sentence.search(PLACE_ANCHOR) >= 0 || (event && sentence.sentence.includes(event)))
  const names = [event, events.first].filter((name): name is string => Boolean(name))
  const quoted = quotedParts(sentences)
  const place = placeOf(lead, names, quoted, true).place ?? placeOf(about, names, quoted).place
  const date = dateAfterEvent(sentences, names) ?? eventDate(lead, quoted) ?? eventDate(about, quoted) ?? article.dateline?.date
  return {
    title,
    subtitle: subtitleParts.length > 0 ? subtitleParts.join(' · ') : undefined,
    publisher,
    ...(place ? { place } : {}),
    date,
  }
}

/** A date written right after the event's name: "KTT ASEAN ke-34 di Bangkok dari 22-23/6". */
function dateAfterEvent(sentences: Sentence[], events: string[]): string | undefined {
  for (const sentence of sentences) {
    for (const name of events) {
      const at = sentence.sentence.indexOf(name)
      if (at < 0) continue
      const after = sentence.sentence.slice(at + name.length, at + name.length + 60)
      const match = FIRST_DATE.exec(after)
      if (match && !/[.;"“”]/u.test(after.slice(0, match.index))) return match[0].trim()
    }
  }
  return undefined
}

/** The first date of the lead that is not a written statement's. */
function eventDate(lead: Sentence[], quotedBySentence: Map<Sentence, Array<{ start: number, end: number }>>): string | undefined {
  for (const sentence of lead) {
    const quoted = quotedBySentence.get(sentence) ?? []
    for (const match of sentence.sentence.matchAll(DATE)) {
      const before = sentence.sentence.slice(0, match.index!)
      if (STATEMENT_DATE.test(before) || FUTURE.test(clauseBefore(before)) || quoted.some(span => match.index! >= span.start && match.index! < span.end)) continue
      return match[0].trim()
    }
  }
  return undefined
}

/** The place right after the event's name or an event phrase ("… di Kota Baru"), else the first in the lead. */
function placeOf(sentences: Sentence[], events: string[], quotedBySentence: Map<Sentence, Array<{ start: number, end: number }>>, lead = false): { place?: string } {
  for (const sentence of sentences) {
    const text = sentence.sentence
    const quoted = quotedBySentence.get(sentence) ?? []
    const anchors = [...events.map(name => text.indexOf(name)).filter(at => at >= 0), ...[...text.matchAll(PLACE_ANCHOR)].map(match => match.index!)]
    // Any "di <Gedung …>" of the sentence counts as well: a venue needs no anchor; so does a place set off by
    // commas in the lead (", di Jakarta, Ibukota …,").
    for (const match of text.matchAll(/(?<![\p{L}])di\s+/gu)) {
      const rest = text.slice(match.index! + match[0].length)
      if (VENUE.test(rest) || (lead && /,\s*$/u.test(text.slice(0, match.index!)) && /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,/u.test(rest))) anchors.push(match.index!)
    }
    for (const anchor of anchors.sort((a, b) => a - b)) {
      const match = PLACE.exec(text.slice(anchor))
      if (!match || match.index >= 140) continue
      const between = text.slice(anchor, anchor + match.index)
      const at = anchor + match.index
      // "… akan digelar di Kota Lama": a future event's place is not this one's; nor is a place in a quotation
      // or one that is itself an event ("di Forum …").
      // "… tentang perkembangan terkini di Kota Lama": the place of a topic is not the event's.
      if (TOPIC.test(between)) continue
      if (FUTURE.test(clauseBefore(text.slice(0, at))) || /["“”]/u.test(between) || quoted.some(span => at >= span.start && at < span.end) || EVENT_START.test(match[1])) continue
      return { place: cutAtOffice(match[1]) }
    }
  }
  return {}
}

// The clause that leads up to a place or date: from the last comma, semicolon or quotation mark.
function clauseBefore(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf('"'), text.lastIndexOf('”')) + 1)
}

/** Named events: the most named (the first of equals), and the first in the article. */
function namedEvents(sentences: Sentence[], title = ''): { mostNamed?: string, first?: string } {
  const counts = new Map<string, number>()
  let first: string | undefined
  const quotedBySentence = quotedParts(sentences)
  for (const sentence of sentences) {
    const quoted = quotedBySentence.get(sentence) ?? []
    for (const match of sentence.sentence.matchAll(EVENT)) {
      // An event named inside a quotation is the speaker's reference, not this event.
      if (quoted.some(span => match.index! >= span.start && match.index! < span.end)) continue
      if (OFFICE_BEFORE.test(sentence.sentence.slice(Math.max(0, match.index! - 40), match.index!))) continue
      const name = eventName(match[0].replace(/\s+/gu, ' ').replace(/[\s,.]+$/u, ''))
      if (headedByOffice(name)) continue
      // A lone noun ("Forum", "Rapat") names no event; the headline's words are already on the cover.
      if (!/\s/u.test(name) || title.includes(name)) continue
      // "surat dari Forum Purnawirawan …": a forum is often a group; it is an event only where something is held.
      if (/^Forum\s/u.test(name) && !HELD.test(sentence.sentence.slice(Math.max(0, match.index! - 40), match.index!))) continue
      // "… bakal hadir dalam perhelatan X pada …": an event still to come is not this one.
      if (FUTURE_EVENT.test(clauseBefore(sentence.sentence.slice(0, match.index!)))) continue
      first ??= name
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  let best: string | undefined
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name
  // "KTT ASEAN" named most, "KTT ke-42 ASEAN" once: the shortest name that says more is the event's.
  const words = (name: string): string[] => name.split(/\s+/u)
  const specific = best && [...counts.keys()]
    .filter(name => name !== best && words(best!).every(word => words(name).includes(word)))
    .sort((a, b) => a.length - b.length)[0]
  return { mostNamed: specific ?? best, first }
}

function phraseEvent(sentences: Sentence[]): string | undefined {
  for (const sentence of sentences) {
    const match = EVENT_PHRASE.exec(sentence.sentence)
    if (match) return match[0]
  }
  return undefined
}

function mostFrequent(sentences: Sentence[], pattern: RegExp): string | undefined {
  const counts = new Map<string, number>()
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(pattern)) {
      const name = match[0].replace(/\s+/gu, ' ')
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  let best: string | undefined
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name
  return best
}
