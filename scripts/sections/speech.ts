// The main speaker's speech: the most salient messages and the closing commitment, then the main
// quote large with up to two more under it.
import type { Element } from 'hast'
import type { Slide } from '../compile/kit.js'
import { budgetUnder, fact, footer, line, pagedSlides } from '../compile/kit.js'
import { el } from '../compile/html.js'
import type { Labels } from '../compile/labels.js'
import { CANVAS, CONTENT_WIDTH, paginate, textHeight, TYPE } from '../compile/paginate.js'
import { condense, wordCount } from '../extract/condense.js'
import { extractSpeech } from '../extract/speech.js'
import type { Item, Speech } from '../model.js'
import { ref } from '../positions.js'
import { points } from './points.js'
import type { SlideContext } from './types.js'
import { defineSection, edited, isNothing } from './types.js'

export const speech = defineSection({
  name: 'speech',
  lookedFor:
    'statements attributed to one speaker (X mengatakan bahwa …, "…," kata X, Menurut X, …)',
  content: true,
  aliases: ['quote'],
  extract: ({ grammar, speakers, get }) => {
    // The sentence that lists the points has a slide of its own.
    const listed = new Set(get(points)?.items.map(item => item.source.sentence))
    return {
      value: extractSpeech(
        grammar,
        speakers.main,
        sentence =>
          listed.has(sentence.sentence) ||
          // "Sebelumnya, X menyambut …": what the speaker did or said before the event.
          grammar.attribution.earlier.test(sentence.sentence),
      ),
    }
  },
  addable: true,
  edit: (value, editing) => {
    const added = editing.added.map(span => ({ text: span.text, source: span.source, rank: -1 }))
    if (!value && added.length === 0) return value
    const speech: Speech = value ?? {
      speaker: editing.speakers.main?.label ?? '',
      messages: [],
      heard: [],
    }
    if (!speech.speaker)
      editing.refuse(
        editing.added[0]!,
        'the article has no main speaker to give it to: name one with "speaker:"',
      )
    const messages = [...edited(speech.messages, editing, message => [message.text]), ...added]
      // The article's order, pinned messages first.
      .sort(
        (a, b) =>
          Number(editing.pins(b.text)) - Number(editing.pins(a.text)) ||
          a.source.line - b.source.line ||
          a.source.column - b.source.column,
      )
    const heard = [
      ...speech.heard,
      ...editing.added
        .map(span => ref(span.sentence))
        .filter(source => !speech.heard.some(known => known.sentence === source.sentence)),
    ]
    const quote = speech.quote && !editing.hides(speech.quote.text) ? speech.quote : undefined
    const quotes = speech.quotes && edited(speech.quotes, editing, item => [item.text])
    const closing =
      speech.closing && !editing.hides(speech.closing.text) ? speech.closing : undefined
    return {
      ...speech,
      messages,
      quote,
      ...(quotes?.length ? { quotes } : { quotes: undefined }),
      closing,
      heard,
    }
  },
  isEmpty: isNothing,
  slides: (value, kit) => (value ? speechSlides(value, kit) : []),
})

/** Messages shortened to fit share the slide: at most this many words each. */
const SHORT_MESSAGE_WORDS = 18

type Entry = { item: Item; closing: boolean }

/** The speech takes at most this many slides (its quote has one more of its own). */
const SPEECH_PAGES = 2

/**
 * What the speech slides show: the messages and the closing commitment, on up to two slides (the
 * four most salient messages fit on the first as a rule). When they do not fit, the least salient
 * messages give way (they stay in the presenter notes).
 */
export function speechShown(value: Speech, labels: Labels): Entry[] {
  const closing = value.closing ? [{ item: value.closing, closing: true }] : []
  let messages = [...value.messages]
  const height = (entries: Entry[]): number =>
    entries.reduce(
      (sum, entry, index) => sum + entryHeight(entry, labels) + (index > 0 ? 12 : 0),
      0,
    )
  const entries = (): Entry[] => [...messages.map(item => ({ item, closing: false })), ...closing]
  const budget = budgetUnder(value.speaker)
  // Past the four most salient messages, more only when they make a second slide worth having.
  const fits = (): boolean =>
    messages.length <= 4
      ? height(entries()) <= budget
      : paginate(entries(), entry => entryHeight(entry, labels), budget).length <= SPEECH_PAGES
  const dropLeast = (): void => {
    const least = messages.reduce((worst, message) => (message.rank > worst.rank ? message : worst))
    messages = messages.filter(message => message !== least)
  }
  // First the messages past the four most salient give way; then long messages are shortened (whole
  // clauses, still verbatim); only then does a salient message go (it stays in the notes).
  while (messages.length > 4 && !fits()) dropLeast()
  for (
    let longest = longestOver(messages, SHORT_MESSAGE_WORDS);
    longest && !fits();
    longest = longestOver(messages, SHORT_MESSAGE_WORDS)
  ) {
    const shorter = { ...longest, text: condense(longest.text, SHORT_MESSAGE_WORDS) }
    if (wordCount(shorter.text.replace(/…/gu, '')) >= wordCount(longest.text.replace(/…/gu, '')))
      break
    messages = messages.map(message => (message === longest ? shorter : message))
  }
  while (messages.length > 1 && !fits()) dropLeast()
  return entries()
}

function longestOver<T extends Item>(items: T[], words: number): T | undefined {
  return items
    .filter(item => wordCount(item.text.replace(/…/gu, '')) > words)
    .sort((a, b) => b.text.length - a.text.length)[0]
}

// A message's height on the speech slide; the closing carries its label.
function entryHeight(entry: Entry, labels: Labels): number {
  return (
    textHeight(
      entry.closing ? `${labels.closing}: ${entry.item.text}` : entry.item.text,
      TYPE.message,
      CONTENT_WIDTH - 28,
    ) + 10
  )
}

/** The main speaker's key messages, closing with the commitment, then the quote on a slide of its own. */
function speechSlides(value: Speech, kit: SlideContext): Slide[] {
  const { labels } = kit
  const slides = pagedSlides(
    {
      section: 'speech',
      alias: 'speech',
      title: `${labels.speech}: ${value.speaker}`,
      heading: value.speaker,
      kicker: labels.speech,
      className: 'speech',
      pages: paginate(
        speechShown(value, labels),
        entry => entryHeight(entry, labels),
        budgetUnder(value.speaker),
      ),
      notes: () => value.heard,
      content: page =>
        el(
          'ul.messages',
          {},
          page.map(({ item, closing }) =>
            closing
              ? el(
                  'li.closing',
                  line(item.source),
                  el('strong.closing-label', {}, `${labels.closing}:`),
                  ' ',
                  el('span', fact('closing', labels.closing), item.text),
                )
              : el('li', { ...line(item.source), ...fact('message') }, item.text),
          ),
        ),
    },
    kit,
  )
  if (value.quote) slides.push(quoteSlide(value, value.quote, kit))
  return slides
}

/** The tallest the main quote may be: the canvas less its padding, the attribution and the footer. */
const QUOTE_HEIGHT = CANVAS.height - 96 - 22 - 24 - 48

/** The main quote as long as the slide holds it: whole clauses, verbatim, the cuts marked. */
function fittedQuote(text: string): string {
  const width = CANVAS.width - 160
  if (textHeight(text, TYPE.quote, width) <= QUOTE_HEIGHT) return text
  for (let words = wordCount(text) - 1; words > 8; words--) {
    const shorter = condense(text, words)
    if (textHeight(shorter, TYPE.quote, width) <= QUOTE_HEIGHT) return shorter
  }
  return condense(text, 8)
}

function quoteSlide(value: Speech, quote: Item, kit: SlideContext): Slide {
  const text = fittedQuote(quote.text)
  const more = quotesShown(value, text)
  return {
    section: 'speech',
    alias: 'quote',
    title: kit.labels.quote,
    layout: 'quote',
    notes: [quote, ...more].map(item => item.source),
    body: el(
      'div.quote',
      {},
      el(
        'blockquote',
        { ...line(quote.source), ...fact('quote', kit.labels.quote) },
        mark('“', 'open'),
        el('p', {}, text, mark('”')),
      ),
      more.length > 0 &&
        el(
          'ul.more-quotes',
          {},
          more.map(item =>
            el(
              'li',
              { ...line(item.source), ...fact('quote', item.text) },
              mark('“', 'open'),
              item.text,
              mark('”'),
            ),
          ),
        ),
      el('p.attribution', {}, mark('— '), value.speaker),
      footer(kit),
    ),
  }
}

/**
 * A typographic mark around article text (quotation marks, the attribution's dash). It is a real
 * element, not a CSS ::before/::after, so that the editable PowerPoint export keeps it.
 */
function mark(text: string, kind?: 'open'): Element {
  return el(kind ? `span.mark.${kind}` : 'span.mark', { ariaHidden: 'true' }, text)
}

/** The quotes shown under the main one: those that fit on the quote slide with it. */
export function quotesShown(
  value: Speech,
  quoteText = value.quote && fittedQuote(value.quote.text),
): Item[] {
  if (!value.quote || quoteText === undefined) return []
  const width = CANVAS.width - 160
  // The quote (at least as tall as its hanging mark), the attribution, the footer.
  let height = Math.max(textHeight(quoteText, TYPE.quote, width), 68) + 22 + 24 + 48
  const shown: Item[] = []
  for (const item of value.quotes ?? []) {
    const needed = textHeight(item.text, TYPE.moreQuote, width - 24) + 14
    if (height + needed > CANVAS.height - 96 - 40) break
    height += needed
    shown.push(item)
  }
  return shown
}
