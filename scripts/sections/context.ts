// The context slide: how many took part (counts with their role) and who attended.
import type { Slide } from '../compile/kit.js'
import { fact, footer, heading, line } from '../compile/kit.js'
import { el } from '../compile/html.js'
import { CONTENT_HEIGHT, CONTENT_WIDTH, firstPage, textHeight, TYPE } from '../compile/paginate.js'
import { extractContext } from '../extract/context.js'
import type { Context } from '../model.js'
import type { SlideContext } from './types.js'
import { defineSection, edited, isNothing } from './types.js'

export const context = defineSection({
  name: 'context',
  lookedFor:
    'a sentence about who attended (hadir/menghadiri/diikuti) or counts such as "lebih dari 40 negara"',
  content: true,
  extract: ({ grammar, article }) => ({ value: extractContext(grammar, article.sentences) }),
  addable: true,
  edit: (value, editing) => {
    const attendees = value ? edited(value.attendees, editing, item => [item.text]) : []
    const counts = value ? edited(value.counts, editing, count => [count.text]) : []
    const background = editing.added.map(span => ({ text: span.text, source: span.source }))
    if (attendees.length === 0 && counts.length === 0 && background.length === 0) return undefined
    return { attendees, counts, ...(background.length > 0 ? { background } : {}) }
  },
  isEmpty: isNothing,
  slides: (value, kit) => (value ? [contextSlide(value, kit)] : []),
})

/** Counts of participants and who attended. */
function contextSlide(value: Context, kit: SlideContext): Slide {
  const { labels } = kit
  const countsHeight = value.counts.length > 0 ? 118 : 0
  const itemHeight = (item: { text: string }): number =>
    textHeight(item.text, TYPE.attendee, CONTENT_WIDTH - 24)
  // The editor's background goes under the attendees, in the room they leave.
  const background = value.background ?? []
  const backgroundHeight =
    background.length > 0 ? 36 + background.reduce((sum, item) => sum + itemHeight(item), 0) : 0
  const shown = firstPage(
    value.attendees,
    itemHeight,
    CONTENT_HEIGHT - countsHeight - 36 - backgroundHeight,
    6,
  )
  return {
    section: 'context',
    alias: 'context',
    title: labels.context,
    layout: 'briefing',
    notes: [
      ...value.counts.map(count => count.source),
      ...value.attendees.map(item => item.source),
      ...background.map(item => item.source),
    ],
    body: el(
      'div.slide.context',
      {},
      heading(labels.context),
      value.counts.length > 0 &&
        el(
          'div.counts',
          {},
          value.counts.map(count =>
            el(
              'div.count',
              line(count.source),
              // The number as the article writes it ("1.200", not 1200).
              el('span.count-value', {}, count.number),
              el('span.count-text', fact('count', labels.counts[count.role]), count.text),
              el('span.count-role', {}, labels.counts[count.role]),
            ),
          ),
        ),
      shown &&
        shown.length > 0 && [
          el('h2', {}, labels.attendees),
          el(
            'ul.attendees',
            {},
            shown.map(item => el('li', { ...line(item.source), ...fact('attendee') }, item.text)),
          ),
        ],
      background.length > 0 && [
        el('h2', {}, labels.background),
        el(
          'ul.attendees.background',
          {},
          background.map(item =>
            el('li', { ...line(item.source), ...fact('background') }, item.text),
          ),
        ),
      ],
      footer(kit),
    ),
  }
}
