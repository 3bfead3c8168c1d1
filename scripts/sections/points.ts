// The enumerated points ("Pertama, … Kelima", "(1) … (2)", list lines, "tiga langkah, yaitu A, B,
// dan C"), as numbered rows labelled with the article's own ordinal words.
import type { Slide } from '../compile/kit.js'
import { budgetUnder, fact, line, pagedSlides } from '../compile/kit.js'
import { el } from '../compile/html.js'
import { CONTENT_WIDTH, paginate, textHeight, TYPE } from '../compile/paginate.js'
import { ELLIPSIS } from '../extract/condense.js'
import { extractPoints, pointHeadline } from '../extract/points.js'
import type { Doubt, Point, Points } from '../model.js'
import type { SlideContext } from './types.js'
import { defineSection, edited, isNothing } from './types.js'

const POINT_WIDTH = CONTENT_WIDTH - 150

export const points = defineSection({
  name: 'points',
  lookedFor:
    'enumerated points (Pertama, … Kedua, …; (1) … (2); 1./2. or a)/b) lines; "tiga langkah, yaitu A, B, dan C")',
  content: true,
  extract: ({ grammar, article, speakers }) => {
    const doubts: Doubt[] = []
    // The main speaker's enumeration wins over one they report from someone else.
    const mainSays = new Set(speakers.main?.attributions.map(attribution => attribution.sentence))
    const value = extractPoints(grammar, article.sentences, article.paragraphs, doubts, sentence =>
      mainSays.has(sentence),
    )
    const warnings =
      value?.announced !== undefined && value.announced !== value.items.length
        ? [
            {
              reason: `The article announces ${value.announced} points ("${value.label}") but ${value.items.length} were found`,
              source: value.items[0]!.source,
              ruleId: 'count-mismatch',
            },
          ]
        : []
    return { value, doubts, warnings }
  },
  addable: true,
  edit: (value, editing) => {
    const kept = value ? edited(value.items, editing, point => [point.ordinal, point.text]) : []
    const added = editing.added.map((span, index) => {
      const number = kept.length + index + 1
      return {
        ordinal: String(number),
        number,
        headline: pointHeadline(editing.grammar, span.text),
        text: span.text,
        source: span.source,
      }
    })
    const items = [...kept, ...added]
    if (items.length === 0) return undefined
    // A label that announced a count no longer titles the slide once the editor changed what it counts.
    const same =
      items.length === value?.items.length &&
      items.every((item, index) => item === value.items[index])
    return same ? value : { items }
  },
  isEmpty: isNothing,
  slides: (value, kit) => (value ? pointSlides(value, kit) : []),
})

/** The part of a point's text after its headline, when there is more to say. */
function pointDetail(point: Point): string | undefined {
  const shown = point.headline.endsWith(ELLIPSIS)
    ? point.headline.slice(0, -ELLIPSIS.length).trimEnd()
    : point.headline
  const rest = point.text.slice(shown.length).replace(/^[\s,;:]+/u, '')
  if (!rest) return undefined
  return point.headline.endsWith(ELLIPSIS) ? `${ELLIPSIS} ${rest}` : rest
}

function pointHeight(point: Point): number {
  const detail = pointDetail(point)
  return (
    textHeight(point.headline, TYPE.pointHeadline, POINT_WIDTH) +
    (detail ? textHeight(detail, TYPE.pointDetail, POINT_WIDTH) : 0) +
    14
  )
}

/** The points as numbered rows, labelled with the article's own ordinal words. */
function pointSlides(value: Points, kit: SlideContext): Slide[] {
  const { labels } = kit
  const title = value.label ? `“${value.label}”` : labels.points
  return pagedSlides(
    {
      section: 'points',
      alias: 'points',
      title,
      kicker: labels.points,
      className: 'points',
      pages: paginate(value.items, pointHeight, budgetUnder(`${title} (${labels.continued})`), 6),
      notes: page => page.map(point => point.source),
      content: page =>
        el(
          'ol.point-list',
          {},
          page.map(point =>
            el(
              'li.point',
              line(point.source),
              el('span.point-ordinal', {}, point.ordinal),
              el(
                'div.point-body',
                fact('point', point.ordinal),
                el('p.point-headline', {}, point.headline),
                pointDetail(point) && el('p.point-detail', {}, pointDetail(point)!),
              ),
            ),
          ),
        ),
    },
    kit,
  )
}
