import type { Sentence, SourceRef } from '../model.js'
import { countryAt, findCountries } from './countries.js'
import { alternation, OFFICES, REPORTING_VERBS, TRAILING_ATTRIBUTION } from './conventions.js'

// Offices that host an event and give its keynote, with the short forms the press writes.
const HOST_OFFICES: Record<string, string[]> = {
  'Perdana Menteri': ['Perdana Menteri', 'PM'],
  'Presiden': ['Presiden'],
  'Kanselir': ['Kanselir'],
  'Raja': ['Raja'],
  'Sultan': ['Sultan'],
}
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}`
const REPORTING = alternation(REPORTING_VERBS)
const TRAILING = alternation(TRAILING_ATTRIBUTION)

/** The person who gives the main speech: office, and name when the article gives one. */
export interface Host {
  /** The office, in full (the key of HOST_OFFICES). */
  office: string
  /** The office as the article writes it before the name ("Perdana Menteri", "PM"). */
  title: string
  name?: string
  /** ISO code of the host country: "Perdana Menteri Vietnam …" is still the host. */
  country?: string
}

/** The place a sentence came from. */
export function ref(sentence: Sentence): SourceRef {
  return { line: sentence.line, column: sentence.column, sentence: sentence.sentence }
}

/** The place of a piece inside a sentence, found at `index` characters in (on a later line if the sentence is wrapped). */
export function refAt(sentence: Sentence, index: number): SourceRef {
  const at = Math.max(0, index)
  const wrapped = sentence.breaks?.findLast(lineBreak => lineBreak.at <= at)
  return wrapped
    ? { line: wrapped.line, column: wrapped.column + at - wrapped.at, sentence: sentence.sentence }
    : { line: sentence.line, column: sentence.column + at, sentence: sentence.sentence }
}

const HOST_PATTERNS = new Map<string, RegExp>()

/**
 * The host's office mentioned in a sentence: not a deputy's ("Wakil …"), and not
 * followed by a foreign country (a foreign leader). The name after it, if any.
 */
export function hostMentions(text: string, host: Pick<Host, 'office' | 'country'>): Array<{ index: number, end: number, title: string, name?: string }> {
  let pattern = HOST_PATTERNS.get(host.office)
  if (!pattern) {
    pattern = new RegExp(String.raw`(?<!Wakil\s)(?<![\p{L}])(${alternation(HOST_OFFICES[host.office] ?? [host.office])})(?![\p{L}])(?:\s+(${NAME}))?`, 'gu')
    HOST_PATTERNS.set(host.office, pattern)
  }
  const found: Array<{ index: number, end: number, title: string, name?: string }> = []
  for (const match of text.matchAll(pattern)) {
    const nameAt = match.index! + match[0].length - (match[2]?.length ?? 0)
    const country = match[2] ? countryAt(text, nameAt) : undefined
    if (country && country.code !== host.country) continue
    const name = country ? match[2].slice(country.name.length).trim() : match[2]
    found.push({ index: match.index!, end: match.index! + match[0].length, title: match[1], name: name || undefined })
  }
  return found
}

/** The country the article names most often (at least twice, and more than any other): the host's. */
function mostNamedCountry(sentences: Sentence[]): string | undefined {
  const counts = new Map<string, number>()
  for (const sentence of sentences) {
    for (const country of findCountries(sentence.sentence)) counts.set(country.code, (counts.get(country.code) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  return ranked[0] && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : undefined
}

/** Find the host: the head-of-government office mentioned most often, bare or with the host country. */
export function findHost(sentences: Sentence[]): Host | undefined {
  const country = mostNamedCountry(sentences)
  let best: Host | undefined
  let bestCount = 0
  for (const office of Object.keys(HOST_OFFICES)) {
    const mentions = sentences.flatMap(sentence => hostMentions(sentence.sentence, { office, country }))
    if (mentions.length > bestCount) {
      bestCount = mentions.length
      const named = mentions.find(mention => mention.name)
      best = { office, title: (named ?? mentions[0]).title, name: named?.name, country }
    }
  }
  return best
}

/** A speaker named by office and country, such as "Wakil Presiden Ekuador". */
export interface CountrySpeaker {
  office?: string
  country: string
  code: string
  index: number
  end: number
}

const OFFICE_PATTERN = new RegExp(String.raw`(?<![\p{L}])(${alternation(OFFICES)})\s+`, 'gu')

/** Every "office + country" mention in a sentence. */
export function findOfficeSpeakers(text: string): CountrySpeaker[] {
  const speakers: CountrySpeaker[] = []
  for (const match of text.matchAll(OFFICE_PATTERN)) {
    const after = match.index! + match[0].length
    const country = countryAt(text, after)
    if (!country) continue
    speakers.push({ office: match[1].replace(/\s+/g, ' '), country: country.name, code: country.code, index: match.index!, end: after + country.name.length })
  }
  return speakers
}

// Between speaker and verb: a name ("Presiden Rusia Vladimir Putin"), adverbs ("dengan tegas", "juga")
// or one parenthetical clause (", dalam pesannya, ").
// Case-sensitive on purpose: these verbs follow their subject, so they are written in lower case
// (and a case-insensitive Unicode alternation costs milliseconds to compile at every start).
const VERB_AFTER = new RegExp(String.raw`^\s*(?:${NAME}\s*)?(?:,[^,.;"“”]{1,60},\s*)?(?:(?:dengan\s+\p{L}+|juga|pun|kembali|sekali\s+lagi|secara\s+\p{L}+|telah|sudah|turut)\s+){0,3}(${REPORTING})\b`, 'u')
const TRAILING_BEFORE = new RegExp(String.raw`[,\s]*["”’]?[,\s]*(?:${TRAILING})\s+$`, 'u')

/** The reporting verb that follows a speaker within a few words, if any. */
export function verbAfter(text: string, from: number): { index: number, end: number, verb: string } | undefined {
  const match = VERB_AFTER.exec(text.slice(from))
  if (!match) return undefined
  const end = from + match[0].length
  return { index: end - match[1].length, end, verb: match[1] }
}

/** A trailing attribution ("…, ujar X") that ends right before `index`. */
export function trailingAttributionBefore(text: string, index: number): number | undefined {
  const match = TRAILING_BEFORE.exec(text.slice(0, index))
  return match ? match.index : undefined
}

/** What a speaker said in a sentence, as a verbatim slice, with its offset in the sentence. */
export function reportedMessage(text: string, speaker: { index: number, end: number }): { text: string, index: number } | undefined {
  const trailing = trailingAttributionBefore(text, speaker.index)
  if (trailing !== undefined) {
    let start = /^(?:(?:Khususnya|Sementara itu|Selain itu|Di sisi lain|Adapun|Lebih lanjut)\s*,\s*)?/iu.exec(text)![0].length
    // "“…,” kata X": the attribution took the closing quote, so the opening one goes too.
    if (/^["“]/u.test(text.slice(start)) && !/["”]/u.test(text.slice(start + 1, trailing))) start++
    return { text: text.slice(start, trailing), index: start }
  }
  if (/\bMenurut\s*$/iu.test(text.slice(0, speaker.index))) {
    const comma = /^[^,]{0,40},\s*/u.exec(text.slice(speaker.end))
    const start = speaker.end + (comma?.[0].length ?? 0)
    return { text: text.slice(start), index: start }
  }
  const verb = verbAfter(text, speaker.end)
  if (!verb) return undefined
  const that = /\bbahwa\s+/iu.exec(text.slice(verb.end))
  if (that) {
    const start = verb.end + that.index + that[0].length
    return { text: text.slice(start), index: start }
  }
  return { text: text.slice(verb.index), index: verb.index }
}
