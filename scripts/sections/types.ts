// What a section of the briefing is: one module under sections/ with this one shape. The registry
// (sections/index.ts) orders them; the pipeline (generate-deck.ts) runs every section's `extract`,
// then every section's `slides`. A section reads the article through the grammar of its language,
// the speakers found in it, and the values of the sections it builds on.
import type { SlideKit, Slide } from '../compile/kit.js'
import type { AddedSpan } from '../edits/anchors.js'
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

/** The editor's corrections that concern one section's items (the edits file, edits/read-edits.ts). */
export interface Editing {
  grammar: Grammar
  speakers: Speakers
  /** True when the editor hides an item that holds one of these texts. */
  hides: (...texts: Array<string | undefined>) => boolean
  /** True when the editor pins an item that holds one of these texts: it goes first. */
  pins: (...texts: Array<string | undefined>) => boolean
  /** Spans of the article the editor adds to this section, in the order of the edits file. */
  added: AddedSpan[]
  /** The editor's own title and subtitle (the cover's, free text). */
  title?: string
  subtitle?: string
  /** Refuse an added span (it cannot go where the editor put it), with the reason. */
  refuse: (span: AddedSpan, reason: string) => never
}

/** The items of a list the editor did not hide, those pinned first (in their order), then the rest. */
export function edited<T>(
  items: T[],
  editing: Editing,
  texts: (item: T) => Array<string | undefined>,
): T[] {
  const kept = items.filter(item => !editing.hides(...texts(item)))
  const pinned = kept.filter(item => editing.pins(...texts(item)))
  return [...pinned, ...kept.filter(item => !pinned.includes(item))]
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
  /** The editor's corrections applied to the value: hidden items out, pinned first, added spans in. */
  edit?: (value: V, editing: Editing) => V
  /** True when the editor may add spans of the article to the section (`add: { name: [...] }`). */
  addable?: boolean
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
