import { escapeRegExp } from '../lang/escape.js'
import type { Grammar } from '../lang/grammar.js'
import type { Outcome, Sentence } from '../model.js'
import { refAt } from '../positions.js'
import { inQuotation, quotedParts } from './attribution.js'
import { condense, wordCount } from './condense.js'
import { findMoney } from './money.js'

/** How many outcomes the deck shows at most; more are a list the notes keep. */
export const MAX_OUTCOMES = 8

/** An outcome's clause is shortened to about this many words (whole clauses, verbatim). */
const OUTCOME_WORDS = 32

/**
 * What the meeting produced: each sentence that says a document was signed, adopted, agreed or
 * launched ("menandatangani nota kesepahaman …", "para menteri menyepakati …", "meluncurkan
 * platform …"), as its clause, with the value of what was signed. A verb inside a quotation, one
 * that is undone ("belum menandatangani") or still to come ("akan disahkan") makes none; sentences
 * in `exclude` (pledges) are shown elsewhere.
 */
export function extractOutcomes(
  grammar: Grammar,
  sentences: Sentence[],
  exclude: (sentence: Sentence) => boolean = () => false,
): Outcome[] {
  const {
    verb,
    weakVerb,
    document,
    undone,
    asReason,
    done,
    now,
    value,
    carriedOut,
    instrument,
    namedAgain,
  } = grammar.outcomes
  const quotedBySentence = quotedParts(sentences)
  const { pointNouns } = grammar.points
  const earlierMeeting = grammar.cover.earlierMeeting
  const outcomes: Outcome[] = []
  for (const sentence of sentences) {
    if (outcomes.length >= MAX_OUTCOMES) break
    const text = sentence.sentence
    if (exclude(sentence) || wordCount(text) < 5) continue
    // "Pertemuan sebelumnya di Kota Lama berhasil mencapai kesepakatan": an earlier meeting's.
    if (earlierMeeting.test(text)) continue
    const inQuote = (at: number): boolean => inQuotation(quotedBySentence, sentence, at)
    // Where the quotation around a place opens (the sentence's start when none does).
    const quoteStart = (at: number): number =>
      (quotedBySentence.get(sentence) ?? []).find(span => span.start <= at && at < span.end)
        ?.start ?? 0
    const made = (pattern: RegExp, needsDocument: boolean): RegExpExecArray | undefined => {
      for (const match of text.matchAll(pattern)) {
        const before = text.slice(Math.max(0, match.index! - 40), match.index!)
        // Inside a quotation only what the speaker says is done at this meeting ("kita telah
        // menandatangani … hari ini").
        // ("Tadi ada tiga nota yang kita tanda tangani": a signing the speaker has just seen.)
        const saidDone = (): boolean =>
          (done.test(before) &&
            now.test(`${before} ${text.slice(match.index!).split(/[;."”]/u)[0]}`)) ||
          now.test(text.slice(quoteStart(match.index!), match.index!))
        if ((inQuote(match.index!) && !saidDone()) || undone.test(before)) continue
        // "“…,” kata X usai penandatanganan kesepakatan di Kota Lama": the occasion of a quotation's
        // attribution, not a signing the sentence reports.
        const closed = (quotedBySentence.get(sentence) ?? []).filter(
          span => span.end <= match.index!,
        )
        const sinceQuote = closed.length > 0 ? text.slice(closed.at(-1)!.end, match.index!) : ''
        if (
          closed.length > 0 &&
          (grammar.attribution.trailingVerbAnywhere.test(sinceQuote) ||
            grammar.attribution.reportingWord.test(sinceQuote))
        )
          continue
        // A verb (not a noun such as "penandatanganan") after "atas"/"dalam" is what someone is
        // thanked for, done before.
        if (!needsDocument && asReason.test(before)) continue
        // "terima kasih kepada X yang hadir untuk menandatangani MoU": what X is thanked for. (Not
        // "terima kasih … karena hadir di Kota Lama, di mana 12 bupati menandatangani …".)
        if (
          grammar.outcomes.purposeBefore.test(before) &&
          grammar.outcomes.thanked.test(text.slice(0, match.index!))
        )
          continue
        // "komitmen negara-negara yang menandatangani.": who signed, named by a relative clause
        // that ends with the verb, not what was signed.
        // ("tiga nota yang ditandatangani," is what was signed, named before its verb.)
        if (
          grammar.outcomes.relativeBefore.test(before) &&
          wordCount(text.slice(match.index! + match[0].length).split(/[;.,]/u)[0]!) === 0 &&
          !(grammar.outcomes.passiveVerb.test(match[0]) && document.test(before))
        )
          continue
        // "menyatakan dukungannya terhadap Deklarasi X yang disepakati oleh …": a stand on a
        // document another meeting agreed.
        if (grammar.outcomes.stanceThenRelative.test(text.slice(0, match.index!))) continue
        // "lewat penandatanganan nota itu, …": the signing named again as the means of what
        // follows, which is no outcome of its own.
        if (
          needsDocument &&
          instrument.test(before) &&
          namedAgain.test(text.slice(match.index!, match.index! + match[0].length + 60))
        )
          continue
        // A weak verb ("meluncurkan", "penandatanganan") makes an outcome only with what it brings
        // about, right after it.
        const after = text
          .slice(match.index!, match.index! + match[0].length + 60)
          .split(/[;.,]/u)[0]!
        // … or what was signed, counted ("penandatanganan 133 paket"), or the signing carried out
        // ("penandatanganan … dilakukan oleh A dan B").
        // (Not a count of points: "meluncurkan 4 usulan" is a list the points show.)
        const countedWhat = /^\S+\s+\d+\s+(\p{L}+)/u.exec(after)
        const counted = Boolean(countedWhat && !pointNouns.has(countedWhat[1]!.toLowerCase()))
        const clause = text.slice(match.index!).split(/[;.]/u)[0]!
        if (needsDocument && !document.test(after) && !counted && !carriedOut.test(clause)) continue
        return match as RegExpExecArray
      }
      return undefined
    }
    const found = made(verb, false) ?? made(weakVerb, true)
    if (!found) continue
    const amount = findMoney(grammar, text).find(money =>
      value.test(text.slice(Math.max(0, money.index - 30), money.index)),
    )
    const focus = new RegExp(escapeRegExp(found[0]), 'u')
    // ("Pantauan media, penandatanganan …": the reporter's framing is left off.)
    const framed = grammar.outcomes.framing.exec(text)?.[0].length ?? 0
    outcomes.push({
      text: condense(text.slice(framed), OUTCOME_WORDS, focus),
      ...(amount ? { value: amount.text } : {}),
      source: refAt(sentence, framed),
    })
  }
  return outcomes
}
