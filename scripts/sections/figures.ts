// The key figures: amounts that are not pledges, percentages and counts, each with the clause it
// stands in, as cards of three columns.
import type { Slide } from '../compile/kit.js'
import { fact, line, pagedSlides } from '../compile/kit.js'
import { el } from '../compile/html.js'
import { CONTENT_WIDTH, paginateGrid, textHeight, TYPE } from '../compile/paginate.js'
import { condense } from '../extract/condense.js'
import { extractKeyFigures } from '../extract/key-figures.js'
import type { KeyFigure } from '../model.js'
import { context } from './context.js'
import { pledges } from './pledges.js'
import { points } from './points.js'
import type { SlideContext } from './types.js'
import { defineSection, edited, isNothing } from './types.js'

const FIGURE_WIDTH = (CONTENT_WIDTH - 2 * 14) / 3 - 28

export const figures = defineSection({
  name: 'figures',
  lookedFor:
    'amounts, percentages and counts (e.g. "40 paket", "2,5%"), those of the lead and the main speaker first',
  content: true,
  optional: true,
  extract: ({ grammar, article, speakers, get, doubtsOf }) => {
    const lead = new Set(
      article.sentences.filter(
        sentence => sentence.paragraph <= (article.sentences[0]?.paragraph ?? 0) + 2,
      ),
    )
    // What the main speaker says in their own words may refer to anything: their reported
    // statements count.
    const said = new Set(
      speakers.main?.attributions
        .filter(attribution => attribution.form !== 'continued')
        .map(attribution => attribution.sentence),
    )
    const pledged = get(pledges).map(pledge => pledge.source)
    // An amount left for review (pledged, but by whom?) goes on no slide, not even as a figure.
    const pledgeSentences = new Set([
      ...pledged.map(source => source.sentence),
      ...doubtsOf(pledges).map(doubt => doubt.source.sentence),
    ])
    const exclude = [...(get(context)?.counts.map(count => count.source) ?? []), ...pledged]
    const rank = (sentence: (typeof article.sentences)[number]): number =>
      lead.has(sentence) ? 0 : said.has(sentence) ? 1 : 2
    // A count of points ("empat usulan") is the points slide's when it shows that many.
    const list = get(points)
    const listed = (count: number): boolean =>
      Boolean(list && (list.announced === count || list.items.length === count))
    return {
      value: extractKeyFigures(
        grammar,
        article.sentences.filter(sentence => !pledgeSentences.has(sentence.sentence)),
        rank,
        exclude,
        listed,
      ),
    }
  },
  addable: true,
  edit: (value, editing) => [
    ...edited(value, editing, figure => [figure.figure, figure.context]),
    ...editing.added.map(span => ({
      figure: span.text,
      context: condense(span.sentence.sentence, 14),
      source: span.source,
    })),
  ],
  isEmpty: isNothing,
  slides: (value, kit) => keyFigureSlides(value, kit),
})

/** Key figures as cards of three columns: the figure as written, large, and the clause that says what it is. */
function keyFigureSlides(value: KeyFigure[], kit: SlideContext): Slide[] {
  const height = (figure: KeyFigure): number =>
    textHeight(figure.figure, TYPE.figureValue, FIGURE_WIDTH) +
    textHeight(figure.context, TYPE.figureContext, FIGURE_WIDTH) +
    28
  return pagedSlides(
    {
      section: 'figures',
      alias: 'figures',
      title: kit.labels.figures,
      className: 'key-figures',
      pages: paginateGrid(value, 3, height),
      notes: page => page.map(figure => figure.source),
      content: page =>
        el(
          'div.key-figure-grid',
          {},
          page.map(figure =>
            el(
              'article.key-figure',
              line(figure.source),
              el('p.key-figure-value', fact('key-figure', figure.figure), figure.figure),
              el('p.key-figure-context', {}, figure.context),
            ),
          ),
        ),
    },
    kit,
  )
}
