import type { Item, Sentence, Speech } from '../model.js'
import { condense, trimSentence, wordCount } from './condense.js'
import type { Host } from './speaker.js'
import { hostMentions, ref, refAt, reportedMessage, trailingAttributionBefore } from './speaker.js'

/** How many of the host's messages the speech slide shows; the notes keep every one. */
export const MAX_SPEECH_MESSAGES = 4

const COMMITMENT = /\bkomitmen/iu
const QUOTED = /["“]([^"“”]{20,})["”]/u

/** A sentence in which the host speaks, with what he or she said. */
export interface HostSentence {
  sentence: Sentence
  message: string
  index: number
}

/** The sentences whose speaker is the host (subject of a reporting verb, or attributed after a quote). */
export function hostSentences(sentences: Sentence[], host: Host): HostSentence[] {
  const found: HostSentence[] = []
  for (const sentence of sentences) {
    for (const mention of hostMentions(sentence.sentence, host)) {
      const message = reportedMessage(sentence.sentence, mention)
      if (!message || wordCount(message.text) < 3) continue
      found.push({ sentence, message: message.text, index: message.index })
      break
    }
  }
  return found
}

/**
 * Extract the host's speech: key messages, the main quote and the closing commitment.
 * Sentences in `elsewhere` (the one that lists the drives) have a slide of their own.
 */
export function extractSpeech(sentences: Sentence[], host: Host | undefined, elsewhere: (sentence: Sentence) => boolean = () => false): Speech | undefined {
  if (!host) return undefined
  const spoken = hostSentences(sentences, host).filter(entry => !elsewhere(entry.sentence))
  if (spoken.length === 0) return undefined
  const speaker = host.name ? `${host.title} ${host.name}` : host.title

  let quote: Item | undefined
  for (const entry of spoken) {
    const text = entry.sentence.sentence
    const match = QUOTED.exec(text)
    if (!match) continue
    // A quote is the host's when the attribution follows it ("…," tegas Perdana Menteri), the sentence
    // opens with it, or the host speaks before it (Perdana Menteri menegaskan: "…").
    const mention = hostMentions(text, host)[0]
    const attributed = trailingAttributionBefore(text, mention?.index ?? 0) !== undefined
    if (!attributed && match.index > 0 && !(mention && mention.index < match.index)) continue
    const body = trimSentence(match[1])
    if (!quote || body.length > quote.text.length) quote = { text: body, source: refAt(entry.sentence, match.index + 1) }
  }

  const remaining = spoken.filter(entry => !quote || entry.sentence.sentence !== quote.source.sentence)
  const closingEntry = [...remaining].reverse().find(entry => COMMITMENT.test(entry.message))
  const closing = closingEntry && { text: condense(closingEntry.message, undefined, COMMITMENT), source: refAt(closingEntry.sentence, closingEntry.index) }
  const candidates = remaining.filter(entry => entry !== closingEntry)
  const ranked = candidates
    .map((entry, order) => ({ entry, order, score: salience(entry) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SPEECH_MESSAGES)
    .sort((a, b) => a.order - b.order)
  const messages = ranked.map(({ entry }) => ({ text: condense(entry.message), source: refAt(entry.sentence, entry.index) }))
  return { speaker, messages, quote, closing, heard: spoken.map(entry => ref(entry.sentence)) }
}

// Quoted terms and reported clauses carry the message; thanks and greetings do not.
function salience(entry: HostSentence): number {
  const quotes = (entry.message.match(/["“]/g)?.length ?? 0)
  const reported = /\bbahwa\b/iu.test(entry.sentence.sentence) ? 2 : 0
  const courtesy = /\b(?:terima kasih|selamat)\b/iu.test(entry.message) ? -2 : 0
  return quotes * 2 + reported + courtesy
}
