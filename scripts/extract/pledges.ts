import { alternation, FIRST_PERSON_SUBJECTS, NON_PLEDGE_NOUNS, PART_MARKERS, PLEDGE_VERBS, PURPOSE_OPENERS, SENTENCE_OPENERS, TIME_WORDS } from '../lang/id.js'
import type { Doubt, Money, Pledge, Sentence } from '../model.js'
import { refAt } from '../positions.js'
import type { Attribution } from './attribution.js'
import { trimSentence } from './condense.js'
import type { Mention } from './mentions.js'
import { mentionAt } from './mentions.js'
import { findMoney } from './money.js'
import type { Speaker } from './speakers.js'

const PLEDGE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(PLEDGE_VERBS)})(?![\p{L}])`, 'giu')
const PURPOSE = new RegExp(String.raw`^[\s,]*(?:${alternation(PURPOSE_OPENERS)})\s+`, 'iu')
const TIME_SPAN = new RegExp(String.raw`^[\s,]*dalam\s+(?:\S+\s+){0,2}(?:${alternation(TIME_WORDS)})\b`, 'iu')
const NOT_PLEDGED = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(NON_PLEDGE_NOUNS)})(?![\p{L}])`, 'iu')
const PART = new RegExp(String.raw`^[\s,]*(?:${alternation(PART_MARKERS)})(?![\p{L}])`, 'iu')
const PART_BEFORE = new RegExp(String.raw`(?:${alternation(PART_MARKERS)})\s+(?:\S+\s+){0,2}$`, 'iu')
const OPENER = new RegExp(String.raw`^(?:(?:${alternation(SENTENCE_OPENERS)})\s*,?\s*)`, 'u')
// "hibah dari pemerintah Jepang", "pinjaman dari Bank Dunia": the giver after the amount.
// "Kami akan memberikan …", "Pemerintah kami berkomitmen …": the speaker pledges.
const FIRST_PERSON = new RegExp(String.raw`^["“]?\s*(?:${alternation(FIRST_PERSON_SUBJECTS)})(?![\p{L}])`, 'iu')
const FROM = /^(?:[^,.;]{0,60}?)\bdari\s+(?:(?:pemerintah|negara|pihak)\s+)?/iu
/** How far before its verb a pledge's subject may start: a mention, an aside between commas and a few words. */
const ACTOR_REACH = 600

/** True when the sentence commits money: a pledging verb before an amount that is not a contract, budget or market figure. */
export function isPledge(text: string): boolean {
  return findMoney(text).some(amount => pledgeVerbBefore(text, amount.index) !== undefined && !notPledged(text, amount.index))
}

/**
 * Where the last `count` words before `index` start (a run of white space ends each): only that much
 * of a sentence is read back from an amount, so that a sentence of many amounts stays linear.
 */
function wordsBefore(text: string, index: number, count: number): number {
  let at = index
  for (let runs = 0; at > 0; at--) {
    if (/\s/u.test(text[at - 1]!) && !/\s/u.test(text[at] ?? '')) runs++
    if (runs > count) return at
  }
  return 0
}

// The pledging verb governs the amount: it stands before it in the same clause, at most ten words away.
function pledgeVerbBefore(text: string, index: number): number | undefined {
  const from = wordsBefore(text, index, 14)
  const before = text.slice(from, index)
  const clause = before.split(/[;.]/u).at(-1)!
  const offset = from + before.length - clause.length
  let found: number | undefined
  for (const match of clause.matchAll(PLEDGE_VERB)) {
    if (clause.slice(match.index!).split(/\s+/u).length <= 12) found = offset + match.index!
  }
  return found
}

// "nilai kontrak Rp3 triliun", "anggaran sebesar …": a figure, not a commitment.
function notPledged(text: string, index: number): boolean {
  const words = text.slice(wordsBefore(text, index, 6), index).split(/\s+/u).slice(-4).join(' ')
  return NOT_PLEDGED.test(words)
}

/**
 * The actor of the clause in which the verb stands: the subject right before it, or, when the speaker
 * says "kami"/"kita", the sentence's attributed speaker. A verb inside a relative clause ("… yang akan
 * membuat X menggelontorkan …") is not the actor's commitment.
 */
function actorOf(text: string, verbAt: number, attribution: Attribution | undefined, speakers: Speaker[]): Mention | undefined {
  // The subject stands a few words before the verb: clause starts further back cannot hold it.
  const from = Math.max(0, verbAt - ACTOR_REACH)
  const before = text.slice(from, verbAt)
  const opener = OPENER.exec(text)?.[0].length ?? 0
  const starts = [...(opener >= from ? [opener] : []), ...[...before.matchAll(/[,;]\s+/gu)].map(match => from + match.index! + match[0].length)]
  if (starts.length === 0) starts.push(from)
  const clauseStart = starts.at(-1)!
  if (/\byang\b/iu.test(text.slice(clauseStart, verbAt))) return undefined
  for (const start of starts.reverse()) {
    const mention = mentionAt(text, start)
    // The subject, then a few words ("akan", "juga berencana") or a clause between commas ("Cina, yang diwakili …, berencana").
    if (mention && mention.kind !== 'pronoun' && /^(?:\s*,[^.;]{0,90},)?[\s,]*(?:[^,.;]{0,60}\s)?$/u.test(text.slice(mention.end, verbAt))) return jointActor(text, mention)
  }
  const inMessage = attribution && verbAt >= attribution.message.index && verbAt < attribution.message.index + attribution.message.text.length
  if (attribution && inMessage && FIRST_PERSON.test(text.slice(clauseStart, verbAt))) {
    const speaker = speakers.find(candidate => candidate.attributions.includes(attribution))
    if (speaker) return speaker.mentions.find(mention => mention.text === speaker.label) ?? speaker.mentions[0]
  }
  return undefined
}

/**
 * "Jepang dan Korea Selatan masing-masing akan memberikan …": two actors pledge together, or
 * each the amount; the pledger is the whole phrase as written, "masing-masing" included.
 */
function jointActor(text: string, mention: Mention): Mention {
  const joiner = /^\s+(?:dan|serta)\s+/u.exec(text.slice(mention.end))
  if (!joiner || (mention.kind !== 'country' && mention.kind !== 'organisation')) return mention
  const other = mentionAt(text, mention.end + joiner[0].length)
  if (!other || (other.kind !== 'country' && other.kind !== 'organisation')) return mention
  const each = /^\s+masing-masing(?![\p{L}])/u.exec(text.slice(other.end))
  const end = other.end + (each?.[0].length ?? 0)
  const phrase = text.slice(mention.index, end)
  return { text: phrase, index: mention.index, end, organisation: phrase, kind: 'organisation' }
}

/** Who pledges: a country or organisation as written; a person stands for their country or organisation. */
function pledgerOf(mention: Mention, speakers: Speaker[]): { pledger: string, code?: string, by?: string } | undefined {
  const speaker = speakers.find(candidate => candidate.mentions.includes(mention))
    ?? (mention.name ? speakers.find(candidate => candidate.name && candidate.name.split(/\s+/u).some(token => mention.name!.includes(token))) : undefined)
  // "Pemerintah Australia" pledges for Australia; another organisation pledges in its own name.
  if (mention.kind === 'organisation' && mention.country && /^Pemerintah\s/u.test(mention.text)) return { pledger: mention.country.name, code: mention.country.code }
  if (mention.kind === 'organisation') return { pledger: mention.text, code: mention.country?.code }
  if (mention.kind === 'country') return { pledger: mention.text, code: mention.country!.code }
  const country = mention.country ?? speaker?.country
  const organisation = mention.organisation ?? speaker?.organisation
  const by = speaker?.label ?? mention.text
  if (country) return { pledger: country.name, code: country.code, ...(by !== country.name ? { by } : {}) }
  if (organisation) return { pledger: organisation, ...(by !== organisation ? { by } : {}) }
  // A named person without country or organisation pledges in their own name; a bare capitalised word does not.
  if (speaker && mention.kind === 'person') return { pledger: speaker.label }
  return undefined
}

/**
 * Find pledges: money someone commits, with who pledges (the actor), the amount as written and as a
 * number, a conversion written beside it, its parts, and what for. An amount without a certain actor
 * goes to `doubts`, not to a slide.
 */
export function extractPledges(sentences: Sentence[], attributions: Attribution[] = [], speakers: Speaker[] = [], doubts: Doubt[] = []): Pledge[] {
  const pledges: Pledge[] = []
  const seen = new Set<string>()
  const attributed = new Map<Sentence, Attribution>()
  for (const attribution of attributions) if (!attributed.has(attribution.sentence)) attributed.set(attribution.sentence, attribution)
  for (const sentence of sentences) {
    const text = sentence.sentence
    const amounts = findMoney(text)
    for (let at = 0; at < amounts.length; at++) {
      const amount = amounts[at]
      const verbAt = pledgeVerbBefore(text, amount.index)
      if (verbAt === undefined || notPledged(text, amount.index)) continue
      let end = amount.index + amount.text.length
      // "USD75 juta (Rp1,1 triliun)": the second is the same amount, converted.
      const next = amounts[at + 1]
      let conversion: Money | undefined
      if (next && /^\s*\(\s*(?:sekitar|setara(?:\s+dengan)?|atau)?\s*$/u.test(text.slice(end, next.index))) {
        const close = /^\s*\)/u.exec(text.slice(next.index + next.text.length))
        if (close) {
          const { index: _index, ...rest } = next
          conversion = rest
          end = next.index + next.text.length + close[0].length
          at++
        }
      }
      const { index, ...money } = amount
      const after = text.slice(end)
      // "USD20 juta di antaranya untuk …": a part of the pledge before it.
      const previous = pledges.at(-1)
      if (previous && previous.source.sentence === text && (PART.test(after) || PART_BEFORE.test(text.slice(0, index)))) {
        previous.parts = [...(previous.parts ?? []), { amount: money, purpose: purposeOf(after.replace(PART, '')), source: refAt(sentence, index) }]
        continue
      }
      const attribution = attributed.get(sentence)
      const mention = actorOf(text, verbAt, attribution, speakers) ?? giverAfter(text, end)
      if (!mention) {
        doubts.push({ reason: `${amount.text} is pledged, but the sentence does not say by whom; left for review`, source: refAt(sentence, index) })
        continue
      }
      const resolved = pledgerOf(mention, speakers)
      if (!resolved) {
        doubts.push({ reason: `${amount.text} is pledged by "${mention.text}", which names no country, organisation or known person; left for review`, source: refAt(sentence, index) })
        continue
      }
      const { pledger, code, by } = resolved
      // The same pledge mentioned twice is one pledge.
      const key = `${money.value}\0${money.currency}\0${pledger}`
      if (seen.has(key)) continue
      seen.add(key)
      pledges.push({
        pledger,
        ...(code ? { code } : {}),
        ...(by ? { by } : {}),
        amount: money,
        ...(conversion ? { conversion } : {}),
        purpose: purposeOf(after),
        source: refAt(sentence, index),
      })
    }
  }
  return pledges
}

function giverAfter(text: string, end: number): Mention | undefined {
  const from = FROM.exec(text.slice(end))
  if (!from) return undefined
  const mention = mentionAt(text, end + from[0].length)
  return mention && mention.kind !== 'pronoun' && mention.kind !== 'person' ? mention : mention?.country ? mention : undefined
}

/** What the money is for: the phrase after "untuk", "bagi", "dalam" … ("dalam dua tahun" is a time, not a purpose). */
function purposeOf(after: string): string | undefined {
  if (TIME_SPAN.test(after)) return undefined
  const opener = PURPOSE.exec(after)
  if (!opener) return undefined
  const purpose = trimSentence(after.slice(opener[0].length - opener[0].trimStart().length)).replace(/^[\s,]+/u, '')
  return purpose || undefined
}
