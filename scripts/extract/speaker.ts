import type { Sentence, SourceRef } from '../model.js'
import { countryAt } from './countries.js'
import { alternation, OFFICES, REPORTING_VERBS, TRAILING_ATTRIBUTION } from './conventions.js'

// Offices that host an event and give its keynote.
const HOST_OFFICES = ['Perdana Menteri', 'Presiden', 'Kanselir', 'Raja', 'Sultan']
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}`
const REPORTING = alternation(REPORTING_VERBS)
const TRAILING = alternation(TRAILING_ATTRIBUTION)

/** The person who gives the main speech: office, and name when the article gives one. */
export interface Host {
  office: string
  name?: string
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

/** A host office mentioned in a sentence: not a deputy's, and not followed by a country (a foreign leader). */
const HOST_PATTERNS = new Map<string, RegExp>()

export function hostMentions(text: string, office: string): Array<{ index: number, end: number }> {
  let pattern = HOST_PATTERNS.get(office)
  if (!pattern) {
    pattern = new RegExp(String.raw`(?<!Wakil\s)(?<![\p{L}])${alternation([office])}(?:\s+(${NAME}))?`, 'gu')
    HOST_PATTERNS.set(office, pattern)
  }
  const found: Array<{ index: number, end: number }> = []
  for (const match of text.matchAll(pattern)) {
    if (countryAt(text, match.index! + match[0].length - (match[1]?.length ?? 0))) continue
    found.push({ index: match.index!, end: match.index! + match[0].length })
  }
  return found
}

/** Find the host: the head-of-government office mentioned most often without a country. */
export function findHost(sentences: Sentence[]): Host | undefined {
  let best: Host | undefined
  let bestCount = 0
  for (const office of HOST_OFFICES) {
    let count = 0
    let name: string | undefined
    for (const sentence of sentences) {
      for (const mention of hostMentions(sentence.sentence, office)) {
        count++
        const rest = sentence.sentence.slice(mention.index + office.length, mention.end).trim()
        const cleaned = rest.split(/\s+/).filter(word => !/^(?:dengan|dan|yang)$/.test(word)).join(' ')
        if (!name && cleaned && !REPORTING_WORD.test(cleaned)) name = cleaned
      }
    }
    if (count > bestCount) {
      bestCount = count
      best = { office, name }
    }
  }
  return best
}

const REPORTING_WORD = new RegExp(`^(?:${alternation(REPORTING_VERBS)})$`, 'i')

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

// Between speaker and verb: adverbs ("dengan tegas", "juga") or one parenthetical clause (", dalam pesannya, ").
// Case-sensitive on purpose: these verbs follow their subject, so they are written in lower case
// (and a case-insensitive Unicode alternation costs milliseconds to compile at every start).
const VERB_AFTER = new RegExp(String.raw`^\s*(?:,[^,.;"“”]{1,60},\s*)?(?:(?:dengan\s+\p{L}+|juga|pun|kembali|sekali\s+lagi|secara\s+\p{L}+|telah|sudah|turut)\s+){0,3}(${REPORTING})\b`, 'u')
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
    const opener = /^(?:(?:Khususnya|Sementara itu|Selain itu|Di sisi lain|Adapun|Lebih lanjut)\s*,\s*)?/iu.exec(text)![0].length
    return { text: text.slice(opener, trailing), index: opener }
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
