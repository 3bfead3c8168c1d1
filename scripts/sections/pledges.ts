// The funding pledges: money someone commits, with the pledger, the amount as written and its
// purpose; one or two get a slide each with the amount large, more are rows.
import type { Slide } from '../compile/kit.js'
import { continued, fact, footer, line, pagedSlides } from '../compile/kit.js'
import { flagEmoji } from '../compile/flags.js'
import { el } from '../compile/html.js'
import {
  CONTENT_HEIGHT,
  CONTENT_WIDTH,
  estimateLines,
  paginate,
  textHeight,
  TYPE,
} from '../compile/paginate.js'
import { extractPledges } from '../extract/pledges.js'
import type { Doubt, Pledge } from '../model.js'
import type { SlideContext } from './types.js'
import { defineSection, edited, isNothing } from './types.js'

/** Up to this many pledges get a slide each; more are listed in rows. */
const MAX_PLEDGE_FACTS = 2
const PLEDGE_ROW_WIDTH = CONTENT_WIDTH - 250

export const pledges = defineSection({
  name: 'pledges',
  lookedFor:
    'a pledging verb (menjanjikan, berkomitmen memberikan …) with an amount (e.g. "$12,5 juta", "USD75 juta") and who pledges it',
  content: true,
  extract: ({ grammar, article, speakers }) => {
    const doubts: Doubt[] = []
    const attributions = speakers.speakers.flatMap(speaker => speaker.attributions)
    return {
      value: extractPledges(grammar, article.sentences, attributions, speakers.speakers, doubts),
      doubts,
    }
  },
  edit: (value, editing) =>
    edited(value, editing, pledge => [pledge.amount.text, pledge.pledger, pledge.purpose]),
  isEmpty: isNothing,
  slides: (value, kit) =>
    value.length > MAX_PLEDGE_FACTS
      ? pledgeListSlides(value, kit)
      : value.map((pledge, index) => pledgeSlide(pledge, index, kit)),
})

function notes(pledge: Pledge): Pledge['source'][] {
  return [pledge.source, ...(pledge.parts ?? []).map(part => part.source)]
}

/** A pledge as a fact: the amount large, who pledges and what for. */
function pledgeSlide(pledge: Pledge, index: number, kit: SlideContext): Slide {
  const { labels } = kit
  return {
    section: 'pledges',
    ...continued('pledges', labels.pledges, index, labels),
    layout: 'fact',
    notes: notes(pledge),
    body: el(
      'div.pledge',
      line(pledge.source),
      el('p.kicker', {}, labels.pledges),
      // An amount that would take two lines at the large size ("sekitar dua miliar euro") is set
      // smaller.
      el(
        estimateLines(pledge.amount.text, 112, CONTENT_WIDTH - 48) > 1
          ? 'p.pledge-amount.pledge-amount-long'
          : 'p.pledge-amount',
        fact('amount', pledge.pledger),
        pledge.amount.text,
      ),
      pledge.conversion && el('p.pledge-conversion', {}, `(${pledge.conversion.text})`),
      el(
        'p.pledge-who',
        {},
        pledge.code
          ? [el('span.flag', { ariaHidden: 'true' }, flagEmoji(pledge.code)), ` ${pledge.pledger}`]
          : pledge.pledger,
      ),
      pledge.by && el('p.pledge-by', {}, pledge.by),
      pledge.purpose && el('p.pledge-purpose', {}, pledge.purpose),
      pledge.parts &&
        el(
          'ul.pledge-parts',
          {},
          pledge.parts.map(part =>
            el(
              'li',
              { ...line(part.source), ...fact('part', part.amount.text) },
              el('strong', {}, part.amount.text),
              part.purpose ? ` ${part.purpose}` : '',
            ),
          ),
        ),
      footer(kit),
    ),
  }
}

function pledgeRowHeight(pledge: Pledge): number {
  const details = [pledge.by, pledge.purpose].filter(Boolean).join(' · ')
  return (
    Math.max(
      textHeight(pledge.amount.text, TYPE.pledgeAmount, 220) + (pledge.conversion ? 20 : 0),
      28 + (details ? textHeight(details, TYPE.pledgeDetail, PLEDGE_ROW_WIDTH) : 0),
    ) + 18
  )
}

/** Several pledges as rows: the amount as written, who pledges, who announced it, and what for. */
function pledgeListSlides(value: Pledge[], kit: SlideContext): Slide[] {
  return pagedSlides(
    {
      section: 'pledges',
      alias: 'pledges',
      title: kit.labels.pledges,
      className: 'pledges',
      pages: paginate(value, pledgeRowHeight, CONTENT_HEIGHT, 8),
      notes: page => page.flatMap(notes),
      content: page =>
        el(
          'ol.pledge-list',
          {},
          page.map(pledge =>
            el(
              'li.pledge-row',
              line(pledge.source),
              el(
                'div.pledge-row-amount',
                {},
                el('span', fact('amount', pledge.pledger), pledge.amount.text),
                pledge.conversion &&
                  el('span.pledge-row-conversion', {}, `(${pledge.conversion.text})`),
              ),
              el(
                'div.pledge-row-body',
                {},
                el(
                  'p.pledge-row-who',
                  {},
                  pledge.code
                    ? [
                        el('span.flag', { ariaHidden: 'true' }, flagEmoji(pledge.code)),
                        ` ${pledge.pledger}`,
                      ]
                    : pledge.pledger,
                ),
                (pledge.by || pledge.purpose) &&
                  el(
                    'p.pledge-row-detail',
                    {},
                    [pledge.by, pledge.purpose].filter(Boolean).join(' · '),
                  ),
              ),
            ),
          ),
        ),
    },
    kit,
  )
}
