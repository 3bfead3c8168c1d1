// The sources slide: the article's "Sumber:" link (or a line that is only a link), its outlet and
// date.
import type { Slide } from '../compile/kit.js'
import { fact, footer, heading, line } from '../compile/kit.js'
import { el } from '../compile/html.js'
import { extractSourceLink } from '../extract/source-link.js'
import type { SourceLink } from '../model.js'
import type { SlideContext } from './types.js'
import { defineSection, isNothing } from './types.js'

export const sources = defineSection({
  name: 'sources',
  lookedFor: 'a line "Sumber: https://…"',
  content: false,
  extract: ({ grammar, article }) => ({ value: extractSourceLink(grammar, article.paragraphs) }),
  edit: (value, editing) => (value && editing.hides(value.url, value.domain) ? undefined : value),
  isEmpty: isNothing,
  slides: (link, context) => (link ? [sourcesSlide(link, context)] : []),
})

/** The sources: publisher, link, and the date when known. */
function sourcesSlide(link: SourceLink, context: SlideContext): Slide {
  const { labels } = context
  return {
    section: 'sources',
    alias: 'sources',
    title: labels.sources,
    layout: 'briefing',
    notes: [link.source],
    body: el(
      'div.slide.sources',
      {},
      heading(labels.sources),
      el(
        'p.source-link',
        line(link.source),
        el('span.source-domain', {}, link.domain),
        el(
          'a',
          {
            ...fact('link', 'url'),
            href: link.url,
            target: '_blank',
            rel: ['noopener', 'noreferrer'],
          },
          link.url,
        ),
      ),
      context.cover.date && el('p.source-date', {}, context.cover.date),
      footer(context),
    ),
  }
}
