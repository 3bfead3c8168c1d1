// What a section of the briefing is: one module under sections/ with this one shape. The registry
// (sections/index.ts) orders them; the pipeline (generate-deck.ts) runs every section's `extract`,
// then every section's `slides`. A section reads the article through the grammar of its language,
// the speakers found in it, and the values of the sections it builds on.
import type { SlideKit, Slide } from '../compile/kit.js'
import type { Speakers } from '../extract/speakers.js'
import type { Grammar } from '../lang/grammar.js'
import type { Article, Doubt, SourceRef } from '../model.js'

/** What a section's extractor may read. */
export interface ExtractContext {
  article: Article
  grammar: Grammar
  speakers: Speakers
  /** The value of another section (extracted on first use). */
  get: <V>(section: Section<V>) => V
  /** What another section's extractor was unsure of. */
  doubtsOf: <V>(section: Section<V>) => Doubt[]
}

/** What a section's extractor found. */
export interface Extracted<V> {
  value: V
  /** What it was unsure of: the review list, never a slide. */
  doubts?: Doubt[]
  /** What the editor should know, with its place ("the article announces 5 points but 4 were found"). */
  warnings?: Array<{ reason: string; source: SourceRef; ruleId: string }>
}

/** What a section's slide builder may read: the kit (labels, footer), and other sections' values. */
export interface SlideContext extends SlideKit {
  get: <V>(section: Section<V>) => V
}

/** One section of the briefing. */
export interface Section<V> {
  /** The one name of the section: model key, route alias, label key, `--strict` and warnings, eval family. */
  name: string
  /** What the extractor looks for: printed when the section is missing. */
  lookedFor: string
  /** True when the section is content about the event (the cover and the sources are not). */
  content: boolean
  /** True when an article without it lacks nothing: no warning, not in the missing list. */
  optional?: boolean
  /** Route aliases of its slides besides `name`, `name-2` …: the speech's `quote`. */
  aliases?: string[]
  extract: (context: ExtractContext) => Extracted<V>
  isEmpty: (value: V) => boolean
  slides: (value: V, context: SlideContext) => Slide[]
}

/** Define a section, keeping its name as a literal type (the model's keys are derived from the names). */
export function defineSection<const N extends string, V>(
  section: Section<V> & { name: N },
): Section<V> & { name: N } {
  return section
}

/** True for a value that holds nothing: no value, or an empty list. */
export function isNothing(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0)
}
