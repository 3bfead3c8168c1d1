// What the meeting produced: documents signed, adopted or launched and positions agreed, each as the
// clause that says it (who, what, with whom), the value of what was signed set beside it.
import type { Slide } from '../compile/kit.js'
import { budgetUnder, fact, line, pagedSlides } from '../compile/kit.js'
import { el } from '../compile/html.js'
import { CONTENT_WIDTH, paginate, textHeight, TYPE } from '../compile/paginate.js'
import { extractOutcomes } from '../extract/outcomes.js'
import type { Outcome } from '../model.js'
import { pledges } from './pledges.js'
import type { SlideContext } from './types.js'
import { defineSection, edited, isNothing } from './types.js'

const OUTCOME_WIDTH = CONTENT_WIDTH - 40

export const outcomes = defineSection({
  name: 'outcomes',
  lookedFor:
    'documents signed, adopted or launched and positions agreed (menandatangani nota kesepahaman …, menyepakati …, mengesahkan deklarasi …)',
  content: true,
  optional: true,
  extract: ({ grammar, article, get, doubtsOf }) => {
    // A pledge (or an amount left for review as one) is shown with the pledges, not here.
    const pledged = new Set([
      ...get(pledges).map(pledge => pledge.source.sentence),
      ...doubtsOf(pledges).map(doubt => doubt.source.sentence),
    ])
    return {
      value: extractOutcomes(grammar, article.sentences, sentence =>
        pledged.has(sentence.sentence),
      ),
    }
  },
  addable: true,
  edit: (value, editing) => [
    ...edited(value, editing, outcome => [outcome.text, outcome.value]),
    ...editing.added.map(span => ({ text: span.text, source: span.source })),
  ],
  isEmpty: isNothing,
  slides: (value, kit) => outcomeSlides(value, kit),
})

function outcomeHeight(outcome: Outcome): number {
  return (
    (outcome.value ? TYPE.pledgeAmount.line : 0) +
    textHeight(outcome.text, TYPE.pointHeadline, OUTCOME_WIDTH) +
    18
  )
}

/** The outcomes as rows: the value large when there is one, the clause that says what was agreed. */
function outcomeSlides(value: Outcome[], kit: SlideContext): Slide[] {
  const { labels } = kit
  return pagedSlides(
    {
      section: 'outcomes',
      alias: 'outcomes',
      title: labels.outcomes,
      className: 'outcomes',
      pages: paginate(
        value,
        outcomeHeight,
        budgetUnder(`${labels.outcomes} (${labels.continued})`),
      ),
      notes: page => page.map(outcome => outcome.source),
      content: page =>
        el(
          'ul.outcome-list',
          {},
          page.map(outcome =>
            el(
              'li.outcome',
              { ...line(outcome.source), ...fact('outcome') },
              outcome.value && el('p.outcome-value', {}, outcome.value),
              el('p.outcome-text', {}, outcome.text),
            ),
          ),
        ),
    },
    kit,
  )
}
