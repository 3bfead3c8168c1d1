// The editor's corrections applied to the briefing: the main speaker they name, each section's items
// hidden, pinned or added (each section's own `edit`), and the order and omission of sections. What they
// anchor on is verbatim text of the article; an anchor that finds nothing any more is a "stale edit",
// never a silent change.
import { CliError, EXIT } from '../errors.js'
import type { Speaker, Speakers } from '../extract/speakers.js'
import type { Grammar } from '../lang/grammar.js'
import type { Article } from '../model.js'
import type { Briefing } from '../sections/index.js'
import { SECTIONS } from '../sections/index.js'
import type { Editing, Section } from '../sections/types.js'
import { displayPath } from '../io.js'
import type { AddedSpan } from './anchors.js'
import { findSpan, holds, looseText } from './anchors.js'
import type { Edits, Placed } from './read-edits.js'

/** Where an edit stands in the edits file, as people read places. */
export function editPlace(edits: Edits, placed: Placed): string {
  return `${displayPath(edits.file)}:${placed.line}:${placed.column}`
}

/** An edit whose anchor finds nothing in the article any more. */
export interface StaleEdit {
  reason: string
  /**
   * An addition that left the article: its text as added. The deck keeps it in the notes, so that the
   * next run still knows it was the article's once (a stale edit, not a mistake).
   */
  added?: string
}

/** The main speaker the editor names, by any of their mentions in the article. */
export function chooseSpeaker(
  speakers: Speakers,
  edits: Edits,
): { speakers: Speakers; stale?: StaleEdit } {
  if (!edits.speaker) return { speakers }
  const piece = edits.speaker.text
  const named = (speaker: Speaker): boolean =>
    holds(
      piece,
      speaker.label,
      speaker.name,
      speaker.alias,
      ...speaker.mentions.map(mention => mention.text),
    )
  // The fullest match first: "Menteri Ani" may be a part of several labels; the exact one wins.
  const exact = speakers.speakers.find(speaker => looseText(speaker.label) === looseText(piece))
  const chosen = exact ?? speakers.speakers.find(named)
  if (!chosen) {
    return {
      speakers,
      stale: {
        reason: `stale edit: speaker "${piece}" (${editPlace(edits, edits.speaker)}) names nobody who speaks in the article; the main speaker is the one found`,
      },
    }
  }
  return { speakers: { ...speakers, main: chosen } }
}

/** What the editor's corrections did. */
export interface EditOutcome {
  briefing: Briefing
  /** What took effect, for the change report: `title`, `speaker: …`, `+ speech "…"`, `− "…"`. */
  applied: string[]
  stale: StaleEdit[]
}

/** What applying the edits reads besides the briefing. */
export interface EditContext {
  article: Article
  grammar: Grammar
  speakers: Speakers
  /** The deck as it was before (its markdown): an added span that was on it is stale, not a mistake. */
  previous?: string
}

function short(text: string): string {
  return text.length <= 50 ? text : `${text.slice(0, 49)}…`
}

/**
 * Apply the edits to the briefing, section by section. An added span that is not in the article is an
 * error with its place in the edits file, unless it was on the deck before (the article changed: a
 * stale edit); a hidden or pinned piece that matches no item is a stale edit.
 */
export function applyEdits(briefing: Briefing, edits: Edits, context: EditContext): EditOutcome {
  const applied: string[] = []
  const stale: StaleEdit[] = []
  if (edits.title) applied.push('title')
  if (edits.subtitle) applied.push('subtitle')
  if (edits.speaker) applied.push(`speaker: ${short(edits.speaker.text)}`)
  const hidden = new Set<Placed>()
  const pinned = new Set<Placed>()
  const was = context.previous === undefined ? undefined : looseText(context.previous)
  const next: Record<string, unknown> = { ...briefing }
  for (const section of SECTIONS as ReadonlyArray<Section<unknown>>) {
    const added: Array<AddedSpan & { edit: Placed }> = []
    for (const { section: name, span } of edits.add) {
      if (name !== section.name) continue
      const found = findSpan(context.article, span.text)
      if (found) {
        added.push({ ...found, edit: span })
        applied.push(`+ ${name} "${short(found.text)}"`)
      } else if (was?.includes(looseText(span.text))) {
        stale.push({
          reason: `stale edit: "${short(span.text)}" (${editPlace(edits, span)}) added to ${name} is no longer in the article; it is left out`,
          added: span.text,
        })
      } else {
        throw new CliError(
          `${editPlace(edits, span)}: "${short(span.text)}" is not in the article: what "add" puts on a slide must be a piece of one sentence of the article, as written`,
          EXIT.content,
        )
      }
    }
    if (!section.edit) continue
    const editing: Editing = {
      grammar: context.grammar,
      speakers: context.speakers,
      hides: (...texts) => matches(edits.hide, hidden, texts),
      pins: (...texts) => matches(edits.pin, pinned, texts),
      added,
      ...(section.name === 'cover' && edits.title ? { title: edits.title.text } : {}),
      ...(section.name === 'cover' && edits.subtitle ? { subtitle: edits.subtitle.text } : {}),
      refuse: (span, reason) => {
        const edit = added.find(entry => entry === span)?.edit
        throw new CliError(
          `${edit ? editPlace(edits, edit) : displayPath(edits.file)}: "${short(span.text)}" cannot be added to ${section.name}: ${reason}`,
          EXIT.content,
        )
      },
    }
    next[section.name] = section.edit(next[section.name], editing)
  }
  for (const piece of edits.hide) {
    if (hidden.has(piece)) applied.push(`− "${short(piece.text)}"`)
    else
      stale.push({
        reason: `stale edit: hide "${short(piece.text)}" (${editPlace(edits, piece)}) matches nothing on the slides`,
      })
  }
  for (const piece of edits.pin) {
    if (pinned.has(piece)) applied.push(`pin "${short(piece.text)}"`)
    else
      stale.push({
        reason: `stale edit: pin "${short(piece.text)}" (${editPlace(edits, piece)}) matches nothing on the slides`,
      })
  }
  if (edits.order.length > 0)
    applied.push(`order: ${edits.order.map(item => item.text).join(', ')}`)
  if (edits.omit.length > 0) applied.push(`omit: ${edits.omit.map(item => item.text).join(', ')}`)
  return { briefing: next as Briefing, applied, stale }
}

// True when a piece of the list is in one of the texts; each piece that matched is noted.
function matches(
  pieces: Placed[],
  matched: Set<Placed>,
  texts: Array<string | undefined>,
): boolean {
  let found = false
  for (const piece of pieces) {
    if (holds(piece.text, ...texts)) {
      matched.add(piece)
      found = true
    }
  }
  return found
}

/** The sections in the order the deck presents them: the cover, those the editor ordered, then the rest. */
export function presentingOrder(edits: Edits | undefined): string[] {
  const names = SECTIONS.map(section => section.name as string)
  const omitted = new Set(edits?.omit.map(item => item.text).filter(name => name !== 'cover'))
  const ordered = (edits?.order ?? []).map(item => item.text).filter(name => name !== 'cover')
  return [
    'cover',
    ...ordered,
    ...names.filter(name => name !== 'cover' && !ordered.includes(name)),
  ].filter((name, index, all) => !omitted.has(name) && all.indexOf(name) === index)
}

/** What an edits file may name: every section, and the sections that take added spans. */
export function editableSections(): { names: string[]; addable: string[] } {
  return {
    names: SECTIONS.map(section => section.name),
    addable: (SECTIONS as ReadonlyArray<Section<unknown>>)
      .filter(section => section.addable)
      .map(section => section.name),
  }
}
