// The other speakers' statements: one card per speaker (a person, an organisation or a country),
// with the country's flag or a lettered badge, in a grid of two columns (three when up to six share
// one slide).
import type { Element } from 'hast'
import type { Slide } from '../compile/kit.js'
import { fact, line, pagedSlides } from '../compile/kit.js'
import { flagEmoji } from '../compile/flags.js'
import { el } from '../compile/html.js'
import { CONTENT_WIDTH, fitsOnePage, paginateGrid, textHeight, TYPE } from '../compile/paginate.js'
import { isPledge } from '../extract/pledges.js'
import { extractStatements, statementOf } from '../extract/statements.js'
import type { Statement } from '../model.js'
import { refAt } from '../positions.js'
import { pledges } from './pledges.js'
import { points } from './points.js'
import type { SlideContext } from './types.js'
import { defineSection, edited, isNothing } from './types.js'

const STATEMENT_WIDTH = (CONTENT_WIDTH - 14) / 2 - 32
const STATEMENT_WIDTH_DENSE = (CONTENT_WIDTH - 2 * 14) / 3 - 32
/** Up to this many statements may share one slide in three columns. */
const MAX_DENSE_STATEMENTS = 6

export const statements = defineSection({
  name: 'statements',
  lookedFor:
    'statements attributed to speakers other than the main one (an office, a name, an organisation or a country)',
  content: true,
  extract: ({ grammar, speakers, get }) => {
    // The sentences of the points and the pledges are shown there.
    const elsewhere = new Set([
      ...(get(points)?.items.map(item => item.source.sentence) ?? []),
      ...get(pledges).map(pledge => pledge.source.sentence),
    ])
    return {
      value: extractStatements(
        speakers.speakers,
        speakers.main,
        sentence =>
          elsewhere.has(sentence.sentence) ||
          isPledge(grammar, sentence.sentence) ||
          // What a speaker said before the event is no statement at it.
          grammar.attribution.earlier.test(sentence.sentence),
      ),
    }
  },
  addable: true,
  edit: (value, editing) => {
    const statements = edited(value, editing, statement => [statement.speaker, statement.message])
    for (const span of editing.added) {
      const speaker = editing.speakers.speakers.find(candidate =>
        candidate.attributions.some(attribution => attribution.sentence === span.sentence),
      )
      // A speaker the extraction could not tell for sure: the card names them as the article does.
      const unsure = speaker
        ? undefined
        : editing.speakers.unresolved.find(attribution => attribution.sentence === span.sentence)
      if (unsure) {
        statements.push({
          speaker: unsure.mention.text,
          kind: 'person',
          message: span.text,
          source: span.source,
          heard: [refAt(span.sentence, 0)],
        })
        continue
      }
      if (!speaker) {
        editing.refuse(
          span,
          'the article attributes that sentence to nobody: a statement needs its speaker (add it to speech, points or figures)',
        )
        continue
      }
      if (speaker === editing.speakers.main)
        editing.refuse(span, `the main speaker (${speaker.label}) says that: add it to speech`)
      const known = statements.findIndex(statement => statement.speaker === speaker.label)
      const statement: Statement = {
        ...(known >= 0 ? statements[known]! : statementOf(speaker, span.sentence)),
        message: span.text,
        source: span.source,
      }
      if (known >= 0) statements[known] = statement
      else statements.push(statement)
    }
    return statements
  },
  isEmpty: isNothing,
  slides: (value, kit) => statementSlides(value, kit),
})

function statementHeight(statement: Statement, width = STATEMENT_WIDTH): number {
  // The heading (after the flag), the speaker in capitals (wider than the font size says), the
  // message, the padding.
  const subtitle = statementSubtitle(statement)
  return (
    textHeight(statementHeading(statement), TYPE.statementHeading, width - 30) +
    (subtitle ? textHeight(subtitle, TYPE.statementOffice, width) + 3 : 0) +
    textHeight(statement.message, TYPE.statementMessage, width) +
    // (A second message, set 8 px below the first, is given a line to spare: a corpus card at the
    // estimate's limit overflowed.)
    (statement.also
      ? textHeight(statement.also.text, TYPE.statementMessage, width) +
        8 +
        TYPE.statementMessage.line
      : 0) +
    26
  )
}

/** The card's heading: the country (with its flag) or the organisation, else the speaker as named. */
function statementHeading(statement: Statement): string {
  return statement.country ?? statement.organisation ?? statement.speaker
}

/** The line under the heading: the speaker as the article names them, when it says more than the heading. */
function statementSubtitle(statement: Statement): string | undefined {
  return statement.speaker !== statementHeading(statement) ? statement.speaker : undefined
}

/** A badge for a speaker without a country: the first letter of the heading. */
function badge(statement: Statement): Element {
  return statement.code
    ? el('span.flag', { ariaHidden: 'true' }, flagEmoji(statement.code))
    : el(
        'span.badge',
        { ariaHidden: 'true' },
        statementHeading(statement)
          .replace(/^[^\p{L}]+/u, '')
          .slice(0, 1)
          .toUpperCase(),
      )
}

/**
 * Other speakers' statements as a two-column grid of cards, continued on `statements-2`, …
 * with the cards spread evenly; up to six that fit one slide in three columns share it.
 */
function statementSlides(value: Statement[], kit: SlideContext): Slide[] {
  const twoColumns = paginateGrid(value, 2, statement => statementHeight(statement))
  const dense =
    twoColumns.length > 1 &&
    value.length <= MAX_DENSE_STATEMENTS &&
    fitsOnePage(value, 3, statement => statementHeight(statement, STATEMENT_WIDTH_DENSE))
  return pagedSlides(
    {
      section: 'statements',
      alias: 'statements',
      title: kit.labels.statements,
      className: 'statements',
      pages: dense ? [value] : twoColumns,
      notes: page => page.flatMap(statement => statement.heard),
      content: page =>
        el(
          dense ? 'div.statement-grid.dense' : 'div.statement-grid',
          {},
          page.map(statement =>
            el(
              'article.statement',
              { ...line(statement.source), ...fact('statement', statement.speaker) },
              el('p.statement-country', {}, badge(statement), ` ${statementHeading(statement)}`),
              statementSubtitle(statement) &&
                el('p.statement-office', {}, statementSubtitle(statement)!),
              el('p.statement-message', {}, statement.message),
              statement.also &&
                el(
                  'p.statement-message.statement-also',
                  { ...line(statement.also.source), ...fact('statement-also') },
                  statement.also.text,
                ),
            ),
          ),
        ),
    },
    kit,
  )
}
