// The cover: the headline (else the event), the event and the main speaker, the place, date and
// outlet.
import type { Slide } from '../compile/kit.js'
import { fact, line } from '../compile/kit.js'
import { condense } from '../extract/condense.js'
import { el } from '../compile/html.js'
import type { Labels } from '../compile/labels.js'
import { CANVAS, estimateLines, TYPE } from '../compile/paginate.js'
import { extractCover } from '../extract/cover.js'
import type { Cover, SourceRef } from '../model.js'
import { sources } from './sources.js'
import { speech } from './speech.js'
import type { SlideContext } from './types.js'
import { defineSection } from './types.js'

export const cover = defineSection({
  name: 'cover',
  lookedFor: 'a headline, an event or a speaker to title the deck with',
  content: false,
  optional: true,
  extract: ({ grammar, article, speakers, get }) => ({
    value: extractCover(grammar, article, speakers.main, get(sources)?.domain),
  }),
  edit: (value, editing) => {
    const editor = [
      ...(editing.title ? ['title' as const] : []),
      ...(editing.subtitle ? ['subtitle' as const] : []),
    ]
    if (editor.length === 0) return value
    return {
      ...value,
      ...(editing.title ? { title: editing.title } : {}),
      ...(editing.subtitle ? { subtitle: editing.subtitle } : {}),
      editor,
    }
  },
  isEmpty: () => false,
  slides: (value, context) => [coverSlide(value, context)],
})

/** The deck's title: the cover's, else the label that stands for it. */
export function deckTitle(value: Cover, labels: Labels): string {
  return value.title ?? labels.untitled
}

/** The footer of every content slide: the outlet, else the deck's title. */
export function deckFooter(value: Cover, labels: Labels): string {
  return value.publisher ? `${labels.sources}: ${value.publisher}` : deckTitle(value, labels)
}

/** A theme longer than this many words is shortened on the cover (whole clauses, still verbatim). */
const THEME_WORDS = 24

/** Font sizes of the cover's title, largest first (classes `title-52` … in slides/style.css). */
const COVER_TITLE_SIZES = [52, 44, 38, 32]

/**
 * The largest title size at which the cover fits its 440 px between paddings: kicker,
 * title lines (1.3 line height, heavy letters), subtitle lines (22 px, 760 px wide) and the meta
 * line.
 */
function coverTitleSize(title: string, subtitle?: string, lines: string[] = []): string {
  const rest =
    28 +
    26 +
    (subtitle ? estimateLines(subtitle, TYPE.subtitle.size, 760) * TYPE.subtitle.line : 0) +
    // The first line after the subtitle stands 14 px below it (style.css), the others 6 px.
    lines.reduce(
      (sum, text, index) =>
        sum + estimateLines(text, 18, 760) * 26 + (index === 0 && subtitle ? 14 : 8),
      0,
    ) +
    50
  // Room to spare: the estimate counts characters, and a cover of long words wraps sooner (a
  // corpus cover at the estimate's limit overflowed by 7 px).
  const room = CANVAS.height - 112 - 32
  const size = COVER_TITLE_SIZES.find(
    px => estimateLines(title, px * 1.05, CANVAS.width - 144) * px * 1.3 + rest <= room,
  )
  return `title-${size ?? COVER_TITLE_SIZES.at(-1)}`
}

/** The cover: title, subtitle, publisher and date when the article gives one; the notes name where it comes from. */
function coverSlide(value: Cover, context: SlideContext): Slide {
  const title = deckTitle(value, context.labels)
  const notes = [
    context.get(speech)?.heard[0],
    value.occasion?.source,
    value.theme?.source,
    context.get(sources)?.source,
  ].filter((source): source is SourceRef => Boolean(source))
  const theme = value.theme && {
    ...value.theme,
    text: condense(value.theme.text, THEME_WORDS),
  }
  const themeLine = theme && `${context.labels.theme}: “${theme.text}”`
  // The format, place and date that the title, the subtitle or the occasion do not already say.
  const said = `${value.title ?? ''} ${value.subtitle ?? ''} ${value.occasion?.text ?? ''}`
  const meta = [value.format, value.place, value.date, value.mode, value.publisher].filter(
    (part): part is string => Boolean(part) && !said.toLowerCase().includes(part!.toLowerCase()),
  )
  const editorNotes = (value.editor ?? []).map(field =>
    field === 'title' ? title : (value.subtitle ?? ''),
  )
  return {
    section: 'cover',
    alias: 'cover',
    title,
    layout: 'cover',
    notes,
    ...(editorNotes.length > 0 ? { editorNotes } : {}),
    body: el(
      'div.cover',
      {},
      el('p.kicker', {}, context.labels.cover),
      el(
        `h1.${coverTitleSize(
          title,
          value.subtitle,
          [value.occasion?.text, themeLine].filter((line): line is string => Boolean(line)),
        )}`,
        // The label that stands for a title is no fact of the article.
        value.title === undefined ? {} : fact('title', 'judul'),
        title,
      ),
      value.subtitle && el('p.subtitle', {}, value.subtitle),
      value.occasion &&
        el(
          'p.occasion',
          { ...line(value.occasion.source), ...fact('occasion') },
          value.occasion.text,
        ),
      theme &&
        el(
          'p.theme',
          line(theme.source),
          el('span.theme-label', {}, `${context.labels.theme}: `),
          '“',
          el('span', fact('theme'), theme.text),
          '”',
        ),
      el('p.meta', {}, meta.join(' · ')),
    ),
  }
}
