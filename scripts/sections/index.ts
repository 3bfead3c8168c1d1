// The sections of the briefing, in presenting order, in the manner of mdast-util-to-markdown's
// handler map: one module each, one shape for all (sections/types.ts). The model (`Briefing`), the
// section names, the route aliases, the missing-section warnings, `--strict`, the coverage, the
// change report and the corpus evaluation all read this list. Adding a section: its module, here,
// its words in lang/, its labels in compile/labels.ts, its style in slides/style.css.
import { context } from './context.js'
import { cover } from './cover.js'
import { outcomes } from './outcomes.js'
import { figures } from './figures.js'
import { pledges } from './pledges.js'
import { points } from './points.js'
import { sources } from './sources.js'
import { speech } from './speech.js'
import { statements } from './statements.js'
import type { Section } from './types.js'

/** The sections, in presenting order. */
export const SECTIONS = [
  cover,
  context,
  speech,
  points,
  statements,
  pledges,
  outcomes,
  figures,
  sources,
] as const

type Registered = (typeof SECTIONS)[number]

/** A section's one name: model key, route alias, label key, `--strict` and warnings, eval family. */
export type SectionName = Registered['name']

/** The value a section's extractor finds. */
export type SectionValue<S> = S extends Section<infer V> ? V : never

/** Everything the deck shows, each fact with its place in the article: one key per section. */
export type Briefing = { [S in Registered as S['name']]: SectionValue<S> }

/** The section a slide's route alias belongs to (`statements-2` and the speech's `quote` included). */
export function sectionOfAlias(alias: string): Registered | undefined {
  const base = alias.replace(/-\d+$/u, '')
  return SECTIONS.find(
    section => section.name === base || ('aliases' in section && section.aliases?.includes(base)),
  )
}

export { context, cover, figures, outcomes, pledges, points, sources, speech, statements }
