import type { Grammar } from '../lang/grammar.js'
import type { Item, Sentence, Speech } from '../model.js'
import { ref, refAt } from '../positions.js'
import type { Attribution } from './attribution.js'
import { verbAfter } from './attribution.js'
import { mentionAt } from './mentions.js'
import { condense, trimSentence, wordCount } from './condense.js'
import type { Speaker } from './speakers.js'

/** How many of the main speaker's messages the speech slide shows; the notes keep every one. */
export const MAX_SPEECH_MESSAGES = 10

/** How many quotes besides the main one the quote slide may show, and how long each may be. */
const MAX_EXTRA_QUOTES = 2
const MAX_QUOTE_CHARS = 220

/**
 * The main speaker's speech: key messages, the main quote and the closing commitment.
 * Sentences in `elsewhere` (the one that lists the points) have a slide of their own.
 */
export function extractSpeech(
  grammar: Grammar,
  main: Speaker | undefined,
  elsewhere: (sentence: Sentence) => boolean = () => false,
): Speech | undefined {
  const { commitment } = grammar.attribution
  if (!main) return undefined
  const spoken = main.attributions.filter(
    entry =>
      !elsewhere(entry.sentence) &&
      (entry.form === 'continued' || wordCount(entry.message.text) >= 3) &&
      !relayed(grammar, entry, main),
  )
  if (spoken.length === 0) return undefined

  // The longest direct quote is the speaker's quote slide.
  let quoted: Attribution | undefined
  for (const entry of spoken) {
    if (entry.quote && (!quoted || entry.quote.text.length > quoted.quote!.text.length))
      quoted = entry
  }
  const quote: Item | undefined = quoted && {
    text: trimSentence(quoted.quote!.text),
    source: refAt(quoted.sentence, quoted.quote!.index),
  }

  // Other strong quotes of the speaker (a sentence or so each), in article order.
  const quotes = spoken
    // A direct quote is most of what was said; a quoted term inside reported speech ("postur …") is
    // not one.
    .filter(
      entry =>
        entry !== quoted &&
        entry.quote &&
        entry.quote.text.length >= 25 &&
        entry.quote.text.length <= MAX_QUOTE_CHARS &&
        entry.quote.text.length >= 0.5 * entry.message.text.length,
    )
    .slice(0, MAX_EXTRA_QUOTES)
    .map(entry => ({
      text: trimSentence(entry.quote!.text),
      source: refAt(entry.sentence, entry.quote!.index),
    }))
  // (A page that prints its lead twice gives the same words twice: they are one message.)
  const said = new Set<string>()
  const remaining = spoken.filter(entry => {
    const text = entry.message.text.replace(/\s+/gu, ' ').trim()
    if (entry === quoted || text === '' || said.has(text)) return false
    said.add(text)
    return true
  })
  const closingEntry = [...remaining].reverse().find(entry => commitment.test(entry.message.text))
  const closing = closingEntry && {
    text: condense(closingEntry.message.text, undefined, commitment),
    source: refAt(closingEntry.sentence, closingEntry.message.index),
  }
  const candidates = remaining.filter(entry => entry !== closingEntry)
  const scored = candidates.map((entry, order) => ({
    entry,
    order,
    score: salience(grammar, entry),
  }))
  // Questions and short scraps only when the speaker says little else; thanks and greetings (which
  // an editor keeps: who was thanked) rank last, shown when there is room.
  const worth = scored.filter(candidate => candidate.score > -2)
  const ranked = (worth.length >= 3 ? worth : scored)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SPEECH_MESSAGES)
    .map((candidate, rank) => ({ ...candidate, rank }))
    .sort((a, b) => a.order - b.order)
  const messages = ranked.map(({ entry, rank }) => ({
    text: condense(entry.message.text),
    source: refAt(entry.sentence, entry.message.index),
    rank,
  }))
  return {
    speaker: main.label,
    messages,
    quote,
    ...(quotes.length > 0 ? { quotes } : {}),
    closing,
    heard: spoken.map(entry => ref(entry.sentence)),
  }
}

/**
 * A statement the speaker passes on from someone else ("Dia menyampaikan, Presiden X menegaskan …",
 * "… juga disampaikan oleh Menteri Y"): it is the other person's, not the speaker's message.
 */
function relayed(grammar: Grammar, entry: Attribution, main: Speaker): boolean {
  const { text } = entry.message
  if (entry.form === 'continued' || /^["“]/u.test(text)) return false
  // ("“… apa yang disampaikan oleh Menteri Y …,” kata X": a quotation is X's own words.)
  if (entry.quote && entry.quote.text.length >= 0.8 * text.length) return false
  if (grammar.attribution.relayedBy.test(text)) return true
  const mention = mentionAt(grammar, text, 0)
  if (mention?.kind !== 'person' || main.mentions.some(own => own.text === mention.text))
    return false
  return verbAfter(grammar, text, mention.end) !== undefined
}

// Quoted terms and reported clauses carry the message; thanks, greetings, questions and scraps do
// not.
function salience(grammar: Grammar, entry: Attribution): number {
  const quotes = entry.message.text.match(/["“]/g)?.length ?? 0
  const reported = grammar.attribution.hasComplementizer.test(entry.sentence.sentence) ? 2 : 0
  // (Above the cut of `worth`: a thanks is shown when there is room.)
  const courtesy = grammar.attribution.courtesy.test(entry.message.text) ? -1.5 : 0
  const question = /\?["”]?\s*$/u.test(entry.message.text) ? -3 : 0
  const scrap = wordCount(entry.message.text) < 6 ? -1 : 0
  // What the speaker highlighted before saying the sentence's message: after what they said.
  const aside = entry.fronted ? -1 : 0
  return quotes * 2 + reported + courtesy + question + scrap + aside
}
