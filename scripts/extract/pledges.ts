import type { Grammar } from '../lang/grammar.js'
import type { Doubt, Money, Pledge, Sentence } from '../model.js'
import { refAt } from '../positions.js'
import type { Attribution } from './attribution.js'
import { trimSentence } from './condense.js'
import { findCountries } from './countries.js'
import type { Mention } from './mentions.js'
import { mentionAt } from './mentions.js'
import { findMoney } from './money.js'
import type { Speaker } from './speakers.js'

/** How far before its verb a pledge's subject may start: a mention, an aside between commas and a few words. */
const ACTOR_REACH = 600

/** True when the sentence commits money: a pledging verb before an amount that is not a contract, budget or market figure. */
export function isPledge(grammar: Grammar, text: string): boolean {
  return findMoney(grammar, text).some(
    amount =>
      pledgeVerbBefore(grammar, text, amount.index) !== undefined &&
      !notPledged(grammar, text, amount.index),
  )
}

/**
 * Where the last `count` words before `index` start (a run of white space ends each): only that
 * much of a sentence is read back from an amount, so that a sentence of many amounts stays linear.
 */
function wordsBefore(text: string, index: number, count: number): number {
  let at = index
  for (let runs = 0; at > 0; at--) {
    if (/\s/u.test(text[at - 1]!) && !/\s/u.test(text[at] ?? '')) runs++
    if (runs > count) return at
  }
  return 0
}

// The pledging verb governs the amount: it stands before it in the same clause, at most ten words
// away.
function pledgeVerbBefore(grammar: Grammar, text: string, index: number): number | undefined {
  const from = wordsBefore(text, index, 14)
  const before = text.slice(from, index)
  const clause = before.split(/[;.]/u).at(-1)!
  const offset = from + before.length - clause.length
  let found: number | undefined
  for (const match of clause.matchAll(grammar.pledges.verb)) {
    if (clause.slice(match.index!).split(/\s+/u).length <= 12) found = offset + match.index!
  }
  return found
}

// "nilai kontrak Rp3 triliun", "anggaran sebesar …": a figure, not a commitment.
function notPledged(grammar: Grammar, text: string, index: number): boolean {
  const words = text
    .slice(wordsBefore(text, index, 6), index)
    .split(/\s+/u)
    .slice(-4)
    .join(' ')
  return (
    grammar.pledges.notPledged.test(words) ||
    grammar.pledges.wholeOf.test(text.slice(Math.max(0, index - WHOLE_REACH), index))
  )
}

/** How far before an amount the words that make it a pool ("dari alokasi yang mencapai") may start. */
const WHOLE_REACH = 80

/**
 * The actor of the clause in which the verb stands: the subject right before it, or, when the
 * speaker says "kami"/"kita", the sentence's attributed speaker. A verb inside a relative clause
 * ("… yang akan membuat X menggelontorkan …") is not the actor's commitment.
 */
function actorOf(
  grammar: Grammar,
  text: string,
  verbAt: number,
  attribution: Attribution | undefined,
  speakers: Speaker[],
): Mention | undefined {
  // The subject stands a few words before the verb: clause starts further back cannot hold it.
  const from = Math.max(0, verbAt - ACTOR_REACH)
  const before = text.slice(from, verbAt)
  const opener = grammar.pledges.opener.exec(text)?.[0].length ?? 0
  const after = (pattern: RegExp): number[] =>
    [...before.matchAll(pattern)].map(match => from + match.index! + match[0].length)
  // A clause starts after a comma, after "sementara"/"sedangkan", and after "dan" that follows an
  // amount ("… 25 juta dolar dan B menyumbang …").
  const starts = [
    ...new Set([
      ...(opener >= from ? [opener] : []),
      ...after(/[,;]\s+/gu),
      ...after(grammar.pledges.contrast),
      ...after(grammar.pledges.afterAmount),
    ]),
  ].sort((a, b) => a - b)
  if (starts.length === 0) starts.push(from)
  const clauseStart = starts.at(-1)!
  // (A group's clause may hold a place between commas: it is tried from each clause start.)
  for (const start of [...starts].reverse()) {
    const described = describedGroup(grammar, text, start, verbAt)
    if (described) return described
  }
  if (grammar.pledges.relative.test(text.slice(clauseStart, verbAt)))
    return relativeActor(grammar, text, from, verbAt)
  for (const start of [...starts].reverse()) {
    const mention = mentionAt(grammar, text, start)
    // "pertemuan di Oslo, Norwegia, sepakat": the country names the place.
    if (mention?.kind === 'country' && grammar.pledges.placeBefore.test(text.slice(0, start)))
      continue
    if (!mention || mention.kind === 'pronoun') continue
    // The subject, then a few words ("akan", "juga berencana") or a clause between commas ("Cina,
    // yang diwakili …, berencana"). "Lembaga X menyatakan bahwa para donor telah menjanjikan …": a
    // reported clause has a subject of its own, which is the pledger (or nobody certain), not the
    // one who reports it.
    const between = text.slice(mention.end, verbAt)
    if (
      /^(?:\s*,[^.;]{0,90},)?[\s,]*(?:[^,.;]{0,60}\s)?$/u.test(between) &&
      !grammar.attribution.hasComplementizer.test(between)
    ) {
      const joined = jointActor(grammar, text, mention)
      return joined === mention ? mention : listActor(grammar, text, joined, starts)
    }
  }
  // "…, sementara tetangganya, Lamoria, menjanjikan …", "… negara tetangga Lamoria menjanjikan …": a
  // country right before the verb, in the verb's clause, is its subject when no mention opens it.
  const adjacent = findCountries(grammar, text.slice(clauseStart, verbAt)).find(country =>
    /^\s*,?\s*$/u.test(text.slice(clauseStart + country.index + country.name.length, verbAt)),
  )
  if (adjacent) {
    const index = clauseStart + adjacent.index
    return {
      text: adjacent.name,
      index,
      end: index + adjacent.name.length,
      country: { name: adjacent.name, code: adjacent.code },
      kind: 'country',
    }
  }
  const inMessage =
    attribution &&
    verbAt >= attribution.message.index &&
    verbAt < attribution.message.index + attribution.message.text.length
  // "X menyatakan bahwa negaranya siap memberi …": the clause after "bahwa" may open with
  // the speaker's own ("kami", "negaranya").
  const thatStart = after(grammar.attribution.complementizers).at(-1)
  if (
    attribution &&
    inMessage &&
    (grammar.pledges.firstPerson.test(text.slice(clauseStart, verbAt)) ||
      (thatStart !== undefined && grammar.pledges.firstPerson.test(text.slice(thatStart, verbAt))))
  ) {
    const speaker = speakers.find(candidate => candidate.attributions.includes(attribution))
    if (speaker)
      return speaker.mentions.find(mention => mention.text === speaker.label) ?? speaker.mentions[0]
  }
  return undefined
}

/**
 * "… adalah Negara A yang memberikan …", "Negara B dan Negara C termasuk di antara yang pertama
 * menjanjikan …": the pledger stands right before "yang", or before a word that puts it among
 * those who pledge ("termasuk", "adalah") and lower-case words only. A country or organisation
 * only; anything else is left unsure.
 */
/**
 * "Negara-negara yang berkumpul di Kota Lama telah menjanjikan …": a group of countries that the
 * clause after it tells apart pledges; the pledger is the group with that clause, as written.
 */
function describedGroup(
  grammar: Grammar,
  text: string,
  start: number,
  verbAt: number,
): Mention | undefined {
  // A quotation may open the clause ("“Para donor telah menjanjikan …”").
  start += /^["“]?/u.exec(text.slice(start))![0].length
  const group = grammar.pledges.groupSubject.exec(text.slice(start, verbAt))
  if (!group) return undefined
  // "Para pemimpin … berjanji bakal memberikan …": the group's verb is the first of the chain.
  const first = [...text.slice(start + group[0].length, verbAt).matchAll(grammar.pledges.verb)][0]
  if (first) verbAt = start + group[0].length + first.index!
  const clause = grammar.pledges.describedBy.exec(text.slice(start + group[0].length, verbAt))
  if (!clause) return undefined
  const described = text
    .slice(start, verbAt - clause[1]!.length - (clause[0].length - clause[0].trimEnd().length))
    .replace(/[\s,]+$/u, '')
  // A clause that holds a place between commas reads as the place's on a slide: the group alone.
  const phrase = described.slice(group[0].length).includes(',') ? group[0].trimEnd() : described
  return {
    text: phrase,
    index: start,
    end: start + phrase.length,
    organisation: phrase,
    kind: 'organisation',
  }
}

function relativeActor(
  grammar: Grammar,
  text: string,
  from: number,
  verbAt: number,
): Mention | undefined {
  const relative = grammar.pledges.relativeBefore.exec(text.slice(from, verbAt))
  if (!relative) return undefined
  const at = from + relative.index
  for (const word of text.slice(from, at).matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
    const mention = mentionAt(grammar, text, from + word.index!)
    if (!mention || (mention.kind !== 'country' && mention.kind !== 'organisation')) continue
    const joined = jointActor(grammar, text, mention)
    const between = text.slice(joined.end, at)
    if (/^\s*$/u.test(between) || grammar.pledges.among.test(between)) return joined
  }
  return undefined
}

/**
 * "Jepang dan Korea Selatan masing-masing akan memberikan …": two actors pledge together, or
 * each the amount; the pledger is the whole phrase as written, "masing-masing" included.
 */
function jointActor(grammar: Grammar, text: string, mention: Mention): Mention {
  const joiner = grammar.pledges.joint.exec(text.slice(mention.end))
  if (!joiner || (mention.kind !== 'country' && mention.kind !== 'organisation')) return mention
  const other = mentionAt(grammar, text, mention.end + joiner[0].length)
  if (!other || (other.kind !== 'country' && other.kind !== 'organisation')) return mention
  const each = grammar.pledges.each.exec(text.slice(other.end))
  const end = other.end + (each?.[0].length ?? 0)
  const phrase = text.slice(mention.index, end)
  return { text: phrase, index: mention.index, end, organisation: phrase, kind: 'organisation' }
}

/**
 * "A, B dan C masing-masing menjanjikan …": a joint subject whose first members stand before it,
 * set off by commas; the pledger is the whole list as written.
 */
function listActor(grammar: Grammar, text: string, joint: Mention, starts: number[]): Mention {
  let first = joint.index
  for (const start of [...starts].reverse()) {
    if (start >= first) continue
    const member = mentionAt(grammar, text, start)
    if (
      !member ||
      (member.kind !== 'country' && member.kind !== 'organisation') ||
      !/^\s*,\s*$/u.test(text.slice(member.end, first))
    )
      break
    first = member.index
  }
  if (first === joint.index) return joint
  const phrase = text.slice(first, joint.end)
  return { text: phrase, index: first, end: joint.end, organisation: phrase, kind: 'organisation' }
}

/** Who pledges: a country or organisation as written; a person stands for their country or organisation. */
function pledgerOf(
  grammar: Grammar,
  mention: Mention,
  speakers: Speaker[],
): { pledger: string; code?: string; by?: string } | undefined {
  const speaker =
    speakers.find(candidate => candidate.mentions.includes(mention)) ??
    (mention.name
      ? speakers.find(candidate =>
          candidate.name?.split(/\s+/u).some(token => mention.name!.includes(token)),
        )
      : undefined)
  // "Pemerintah Australia" pledges for Australia; another organisation pledges in its own name.
  if (
    mention.kind === 'organisation' &&
    mention.country &&
    grammar.pledges.government.test(mention.text)
  )
    return { pledger: mention.country.name, code: mention.country.code }
  if (mention.kind === 'organisation') return { pledger: mention.text, code: mention.country?.code }
  if (mention.kind === 'country') return { pledger: mention.text, code: mention.country!.code }
  const country = mention.country ?? speaker?.country
  const organisation = mention.organisation ?? speaker?.organisation
  const by = speaker?.label ?? mention.text
  if (country)
    return { pledger: country.name, code: country.code, ...(by !== country.name ? { by } : {}) }
  if (organisation) return { pledger: organisation, ...(by !== organisation ? { by } : {}) }
  // A named person without country or organisation pledges in their own name; a bare capitalised
  // word does not.
  if (speaker && mention.kind === 'person') return { pledger: speaker.label }
  return undefined
}

/**
 * Find pledges: money someone commits, with who pledges (the actor), the amount as written and as a
 * number, a conversion written beside it, its parts, and what for. An amount without a certain
 * actor goes to `doubts`, not to a slide.
 */
export function extractPledges(
  grammar: Grammar,
  sentences: Sentence[],
  attributions: Attribution[] = [],
  speakers: Speaker[] = [],
  doubts: Doubt[] = [],
): Pledge[] {
  const pledges: Pledge[] = []
  const attributed = new Map<Sentence, Attribution>()
  for (const attribution of attributions)
    if (!attributed.has(attribution.sentence)) attributed.set(attribution.sentence, attribution)
  for (const [position, sentence] of sentences.entries()) {
    const text = sentence.sentence
    const amounts = findMoney(grammar, text)
    // "komitmen A dari X, B dari Y dan C dari Z": amounts listed each with its giver go on with
    // the verb before the first.
    let list: { verbAt: number; end: number; bracketed?: boolean } | undefined
    for (let at = 0; at < amounts.length; at++) {
      const amount = amounts[at]
      // ("…, Kota Lama (USD 5 juta), Kota Baru (USD 3 juta) dan Bank Sapta (USD 2 juta)": a run of
      // names with their amounts in brackets goes on with the verb before the first.)
      const inBrackets =
        list?.bracketed && grammar.pledges.bracketRun.test(text.slice(list.end, amount.index))
      const verbAt =
        pledgeVerbBefore(grammar, text, amount.index) ??
        (list && (inBrackets || grammar.pledges.listGap.test(text.slice(list.end, amount.index)))
          ? list.verbAt
          : undefined)
      list = undefined
      if (verbAt === undefined || notPledged(grammar, text, amount.index)) continue
      let end = amount.index + amount.text.length
      // "USD75 juta (Rp1,1 triliun)": the second is the same amount, converted.
      const next = amounts[at + 1]
      let conversion: Money | undefined
      const closing = next && conversionClose(grammar, text, end, next)
      if (next && closing !== undefined) {
        const { index: _index, ...rest } = next
        // "(sekitar Rp162 triliun)": the hedge stays with the converted amount; "atau" only joins.
        const hedge = text
          .slice(end, next.index)
          .replace(/^[\s(]*/u, '')
          .replace(grammar.pledges.conversionJoin, '')
        conversion = { ...rest, text: hedge + next.text }
        end = next.index + next.text.length + closing
        at++
      }
      const hedge = grammar.pledges.hedgeBefore.exec(
        text.slice(wordsBefore(text, amount.index, 3), amount.index),
      )
      const { index, ...money } = hedge
        ? { ...amount, index: amount.index - hedge[0].length, text: `${hedge[0]}${amount.text}` }
        : amount
      const after = text.slice(end)
      // "USD20 juta di antaranya untuk …": a part of the pledge before it.
      const previous = pledges.at(-1)
      if (
        previous &&
        previous.source.sentence === text &&
        (grammar.pledges.part.test(after) || grammar.pledges.partBefore.test(text.slice(0, index)))
      ) {
        previous.parts = [
          ...(previous.parts ?? []),
          {
            amount: money,
            purpose: purposeOf(grammar, after.replace(grammar.pledges.part, '')),
            source: refAt(sentence, index),
          },
        ]
        continue
      }
      const attribution = attributed.get(sentence)
      const gapped = gappedActor(grammar, text, verbAt, index)
      if (gapped === null) {
        doubts.push({
          reason: `${amount.text} follows another subject's clause ("sedangkan …", "sementara …") and its own subject is unclear; left for review`,
          source: refAt(sentence, index),
        })
        continue
      }
      // "Bank Sapta menjanjikan USD 9 juta, Kota Lama (USD 5 juta), …": an amount in brackets after
      // a name is that name's, not the verb's subject's.
      const bracketed = giverBeforeBracket(grammar, text, index)
      if (bracketed === null) {
        list = { verbAt, end: index + amount.text.length, bracketed: true }
        doubts.push({
          reason: `${amount.text} is written in brackets after a name that is no country, organisation or known person; left for review`,
          source: refAt(sentence, index),
        })
        continue
      }
      const actor = bracketed ?? gapped ?? actorOf(grammar, text, verbAt, attribution, speakers)
      const giver = actor ? undefined : giverAfter(grammar, text, end)
      if (giver) list = { verbAt, end: giver.end }
      else if (bracketed) list = { verbAt, end: index + amount.text.length, bracketed: true }
      const mention =
        actor ??
        giver ??
        pronounActor(grammar, text, verbAt, sentences, position, attributed, speakers)
      if (!mention) {
        doubts.push({
          reason: `${amount.text} is pledged, but the sentence does not say by whom; left for review`,
          source: refAt(sentence, index),
        })
        continue
      }
      const resolved = pledgerOf(grammar, mention, speakers)
      if (!resolved) {
        doubts.push({
          reason: `${amount.text} is pledged by "${mention.text}", which names no country, organisation or known person; left for review`,
          source: refAt(sentence, index),
        })
        continue
      }
      const { pledger, code, by } = resolved
      // The same pledge mentioned twice is one pledge, also when one pledger is named inside the
      // other ("Bank Sapta", later "Direktur Bank Sapta, Nama").
      if (
        pledges.some(
          other =>
            other.amount.value === money.value &&
            other.amount.currency === money.currency &&
            (other.pledger.includes(pledger) || pledger.includes(other.pledger)),
        )
      )
        continue
      pledges.push({
        pledger,
        ...(code ? { code } : {}),
        ...(by ? { by } : {}),
        amount: money,
        ...(conversion ? { conversion } : {}),
        purpose: purposeOf(grammar, after),
        source: refAt(sentence, index),
      })
    }
  }
  return pledges
}

/**
 * "A memberikan X, sedangkan B Y": the verb is left out of a second clause, whose subject pledges
 * the second amount. The subject right after the clause's opener, with at most a few words before
 * the amount; `null` when a contrasting clause opens between the verb and the amount but names no
 * such subject (the verb's own subject would be a wrong pledger), `undefined` when none opens.
 */
function gappedActor(
  grammar: Grammar,
  text: string,
  verbAt: number,
  amountAt: number,
): Mention | null | undefined {
  const gap = text.slice(verbAt, amountAt)
  const opened = [
    ...[...gap.matchAll(grammar.pledges.contrast)].map(match => ({ match, contrast: true })),
    ...[...gap.matchAll(grammar.pledges.afterAmount)].map(match => ({ match, contrast: false })),
  ].sort((a, b) => a.match.index! - b.match.index!)
  const last = opened.at(-1)
  if (!last) return undefined
  const start = verbAt + last.match.index! + last.match[0].length
  const mention = mentionAt(grammar, text, start)
  if (
    mention &&
    (mention.kind === 'country' || mention.kind === 'organisation') &&
    /^[\s,]*(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(mention.end, amountAt))
  )
    return mention
  return last.contrast ? null : undefined
}

/**
 * Whether `next` is the amount before it converted, and how many characters after `next` close the
 * conversion: "USD 2 juta atau Rp 30 miliar" (none), "USD75 juta (Rp1,1 triliun)" (the bracket).
 */
function conversionClose(
  grammar: Grammar,
  text: string,
  end: number,
  next: { index: number; text: string },
): number | undefined {
  const between = text.slice(end, next.index)
  if (grammar.pledges.conversionBare.test(between)) return 0
  if (!grammar.pledges.conversionOpen.test(between)) return undefined
  return /^\s*\)/u.exec(text.slice(next.index + next.text.length))?.[0].length
}

function giverAfter(grammar: Grammar, text: string, end: number): Mention | undefined {
  const from = grammar.pledges.from.exec(text.slice(end))
  if (!from) return undefined
  const mention = mentionAt(grammar, text, end + from[0].length)
  return mention && mention.kind !== 'pronoun' && mention.kind !== 'person'
    ? mention
    : mention?.country
      ? mention
      : undefined
}

/**
 * The giver of an amount written in brackets right after a name ("…, Kota Lama (USD 5 juta), …"):
 * that name's mention; null when what stands before the bracket names no country, organisation or
 * person (who gives cannot be told); undefined when the amount is not in brackets.
 */
function giverBeforeBracket(
  grammar: Grammar,
  text: string,
  index: number,
): Mention | null | undefined {
  if (!/\(\s*$/u.test(text.slice(0, index))) return undefined
  const before = grammar.pledges.bracketGiver.exec(text.slice(0, index))
  if (!before || !/^\p{Lu}/u.test(before[1]!)) return null
  const at = index - before[0].length + before[0].indexOf(before[1]!)
  // Read up to the bracket only: the name is what stands before it.
  const name = at + before[1]!.trimEnd().length
  const mention = mentionAt(grammar, text.slice(0, name), at)
  return mention && mention.kind !== 'pronoun' && mention.end === name ? mention : null
}

/** What the money is for: the phrase after "untuk", "bagi", "dalam" … ("dalam dua tahun" is a time, not a purpose). */
function purposeOf(grammar: Grammar, after: string): string | undefined {
  if (grammar.pledges.timeSpan.test(after)) return undefined
  const opener = grammar.pledges.purpose.exec(after)
  if (!opener) return undefined
  let purpose = trimSentence(after.slice(opener[0].length - opener[0].trimStart().length)).replace(
    /^[\s,]+/u,
    '',
  )
  // "untuk X, dari alokasi yang mencapai Rp…": another amount is no part of what this one is for;
  // the purpose ends at the comma before it.
  const other = findMoney(grammar, purpose)[0]
  if (other) {
    const comma = purpose.slice(0, other.index).lastIndexOf(',')
    purpose = comma > 0 ? purpose.slice(0, comma) : ''
  }
  return purpose || undefined
}

/** How many sentences back the person a pronoun pledger stands for may have spoken. */
const PRONOUN_REACH = 2

/**
 * "Ia pun berjanji menyalurkan dana …": a pronoun that opens the sentence, a few words before the
 * pledging verb, is the person whose words the sentences just before report, when that is one
 * person of the same or the previous paragraph.
 */
function pronounActor(
  grammar: Grammar,
  text: string,
  verbAt: number,
  sentences: Sentence[],
  position: number,
  attributed: Map<Sentence, Attribution>,
  speakers: Speaker[],
): Mention | undefined {
  const start = grammar.pledges.opener.exec(text)?.[0].length ?? 0
  const pronoun = mentionAt(grammar, text, start)
  if (pronoun?.kind !== 'pronoun') return undefined
  if (!/^(?:\s+\p{Ll}+){0,3}\s+$/u.test(text.slice(pronoun.end, verbAt))) return undefined
  const paragraph = sentences[position]!.paragraph
  const before = new Set<Speaker>()
  for (let at = position - 1; at >= Math.max(0, position - PRONOUN_REACH); at--) {
    const earlier = sentences[at]!
    if (paragraph - earlier.paragraph > 1) break
    const attribution = attributed.get(earlier)
    const speaker =
      attribution && speakers.find(candidate => candidate.attributions.includes(attribution))
    if (speaker) before.add(speaker)
  }
  const [person] = before
  if (before.size !== 1 || person?.kind !== 'person') return undefined
  return person.mentions.find(mention => mention.kind === 'person') ?? undefined
}
