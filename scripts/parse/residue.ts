import { alternation, MONTHS, RELATED_HEADERS, RESIDUE_LABELS, WEEKDAYS } from '../lang/id.js'

// Page residue: the lines a web page adds around the story. Each rule reads one line; `RelatedLinks`
// carries the one piece of state (a "Baca juga"/"Berita terkait" header opens a run of link lines).

// These patterns read the line in lower case: a case-insensitive Unicode alternation is slow to compile,
// and every run compiles it anew.
const LABEL = new RegExp(String.raw`^[\s\-–—•*>\[(]*(?:${alternation(RESIDUE_LABELS)})\b`, 'u')
const RELATED_HEADER = new RegExp(String.raw`^[\s\-–—•*>\[(]*(?:${alternation(RELATED_HEADERS)})\s*[:.>\])]*\s*$`, 'u')
const SENTENCE_END = /[.!?…]["'”’)]*$/u
const WEEKDAY = alternation(WEEKDAYS.map(day => day.toLowerCase()))
const MONTH = alternation(MONTHS.map(month => month.toLowerCase()))
// "Senin, 16 Juli 2012 – 14:56 WIB", "Jumat, 22 Agustus 2014", "12:17 WIB", "Diperbarui 16/07/2012 14:56".
const TIMESTAMP = new RegExp(String.raw`^(?:[\p{L} ]{0,20}\s)?(?:(?:${WEEKDAY}),?\s*)?(?:\d{1,2}\s+(?:${MONTH})\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})?(?:\s*[|,–—-]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit|gmt\+?\d*))?)?\s*$`, 'u')
// A photo caption's credit: "(ANTARA/HO-Kemlu)", "(ANTARA FOTO/Aditya)", "(Foto: Dok. Setkab)".
const CAPTION_CREDIT = /(?:\((?:ANTARA(?:\s+FOTO)?\s*\/|Foto\b|FOTO\b|Dok\b|Dokumentasi\b|Istimewa\)|Humas\b|HO\b)[^)]*\)|\bANTARA FOTO\b|^Foto:\s|\/(?:Ist|Istimewa|Net|Dok|Humas|ANTARA|Antara|RMOL)\s*$|Foto:\s*[^.]{0,60}$)/u
// A byline or timestamp line: "RABU, 08 MEI 2024 | 19:27 WIB | LAPORAN: …", "Kompas.com - 07/08/2023, 12:43 WIB".
const CLOCK = /\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b/u
// "HALAMAN SELANJUTNYA>>", "Halaman 1 2 3", "[Gambas:Video CNN]", "SCROLL TO CONTINUE WITH CONTENT".
const NAVIGATION = /^(?:\[[^\]]*\]|halaman(?:\s+selanjutnya)?\s*[>»\d\s]*|scroll to continue.*|advertisement|iklan|loading\.*|\d+\s*(?:komentar|comments?)|[>»<«\s]+)$/u
// A bullet of a link list: "- Judul berita lain".
const BULLET = /^\s*(?:[-–—•*]|\d{1,2}\.)\s+/u

/**
 * True for a line that is marked as page residue whatever comes around it: a link or credit
 * label ("Baca juga: …", "Editor: …"), a photo credit, a timestamp, navigation.
 */
export function isMarkedResidue(text: string): boolean {
  const trimmed = text.trim()
  const words = trimmed.split(/\s+/u).filter(word => /\p{L}/u.test(word))
  if (/^(?:\S+:\s*)?https?:\/\/\S+$/iu.test(trimmed)) return false // "Sumber: https://…", or the page's own address
  if (words.length === 0) return trimmed.length > 0 && !/\p{N}/u.test(trimmed)
  const lower = trimmed.toLowerCase()
  if (NAVIGATION.test(lower) || (TIMESTAMP.test(lower) && /\d/u.test(trimmed))) return true
  if (CLOCK.test(trimmed) && words.length < 16) return true
  if (isRelatedHeader(trimmed)) return true
  // "Editor: …", "Baca juga: …" (a label with a colon), or a short line ("Bagikan", "Ikuti kami di …").
  if (LABEL.test(lower) && (/^[^:]{0,25}:/u.test(trimmed) || words.length < 8 || !SENTENCE_END.test(trimmed))) return true
  return CAPTION_CREDIT.test(trimmed) && (words.length < 45 || !SENTENCE_END.test(trimmed.replace(/\([^)]*\)\s*$/u, '')))
}

/** True for a line that belongs to the page around the story: marked residue, or a short line that is no sentence. */
export function isResidue(text: string): boolean {
  const trimmed = text.trim()
  if (/^(?:\S+:\s*)?https?:\/\/\S+$/iu.test(trimmed)) return false
  const words = trimmed.split(/\s+/u).filter(word => /\p{L}/u.test(word))
  if (words.length === 0) return true
  return isMarkedResidue(trimmed) || (words.length < 4 && !SENTENCE_END.test(trimmed))
}

/** True for a header after which a list of related links follows ("Baca juga:", "BERITA TERKAIT"). */
export function isRelatedHeader(text: string): boolean {
  return RELATED_HEADER.test(text.toLowerCase())
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
