import type { Grammar } from '../lang/grammar.js'
import { perGrammar } from '../lang/memo.js'

// Page residue: the lines a web page adds around the story. Each rule reads one line; the parser
// carries the one piece of state (a "Baca juga"/"Berita terkait" header opens a run of link lines).

const SENTENCE_END = /[.!?…]["'”’)]*$/u
// A photo credit closing a caption: "(REUTERS/Ani Rahma)", "(Harian Kota/Budi Santoso)".
const CREDIT = /\((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\/(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\)\s*$/u
// A credit between slashes closing a caption: "… di Kota Lama /Dok. Humas Kota Lama/".
const SLASH_CREDIT = /\s\/\p{Lu}[^/]{1,50}\/\s*$/u
// A picture or a media file, by the end of its path.
const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|webm|mp3)$/iu
// A bullet of a link list: "- Judul berita lain".
const BULLET = /^\s*(?:[-–—•*]|\d{1,2}\.)\s+/u

/**
 * True for a line that is marked as page residue whatever comes around it: a link or credit
 * label ("Baca juga: …", "Editor: …"), a photo credit, a timestamp, navigation. (A line is read
 * as a line and again as its paragraph: each text once per grammar.)
 */
export const isMarkedResidue: (grammar: Grammar, text: string) => boolean = perGrammar(
  readMarkedResidue,
  20_000,
)

function readMarkedResidue(grammar: Grammar, text: string): boolean {
  const { label, navigation, timestamp, clock, captionCredit } = grammar.text
  const trimmed = text.trim()
  const words = trimmed.split(/\s+/u).filter(word => /\p{L}/u.test(word))
  if (/^(?:\S+:\s*)?https?:\/\/\S+$/iu.test(trimmed)) return false // "Sumber: https://…", or the page's own address
  if (words.length === 0) return trimmed.length > 0 && !/\p{N}/u.test(trimmed)
  const lower = trimmed.toLowerCase()
  if (navigation.test(lower) || (timestamp.test(lower) && /\d/u.test(trimmed))) return true
  if (grammar.text.promotion.test(trimmed)) return true
  if (clock.test(trimmed) && words.length < 16) return true
  // "… | Last Updated 2019-08-26T13:22:31Z": a machine's timestamp is the page's, not the story's.
  if (/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u.test(trimmed) && words.length < 16) return true
  if (isRelatedHeader(grammar, trimmed)) return true
  // "Editor: …", "Baca juga: …" (a label with a colon), or a short line ("Bagikan", "Ikuti kami di
  // …").
  if (
    label.test(lower) &&
    (/^[^:]{0,25}:/u.test(trimmed) || words.length < 8 || !SENTENCE_END.test(trimmed))
  )
    return true
  if ((CREDIT.test(trimmed) || SLASH_CREDIT.test(trimmed)) && words.length < 30) return true
  return (
    captionCredit.test(trimmed) &&
    (words.length < 45 || !SENTENCE_END.test(trimmed.replace(/\([^)]*\)\s*$/u, '')))
  )
}

/** True for a line that belongs to the page around the story: marked residue, or a short line that is no sentence. */
export function isResidue(grammar: Grammar, text: string): boolean {
  const trimmed = text.trim()
  if (/^(?:\S+:\s*)?https?:\/\/\S+$/iu.test(trimmed)) return false
  const words = trimmed.split(/\s+/u).filter(word => /\p{L}/u.test(word))
  if (words.length === 0) return true
  return isMarkedResidue(grammar, trimmed) || (words.length < 4 && !SENTENCE_END.test(trimmed))
}

/** True for a header after which a list of related links follows ("Baca juga:", "BERITA TERKAIT"). */
export function isRelatedHeader(grammar: Grammar, text: string): boolean {
  return grammar.text.relatedHeader.test(text.toLowerCase())
}

/**
 * A line inside a run of related links: a bullet, or a headline (no closing full stop). The run
 * ends at the first line that reads as a sentence of the story.
 */
export function isRelatedLink(text: string): boolean {
  const trimmed = text.trim()
  if (BULLET.test(trimmed)) return true
  return !SENTENCE_END.test(trimmed)
}

/** True for a link's path to a picture or a media file: a page's image, pasted as a line, is no source. */
export function isMediaFile(path: string): boolean {
  return MEDIA_FILE.test(path)
}
