import type { CountRole } from './lang/types.js'

/** Where a piece of the briefing came from in the article (1-based line and column). */
export interface SourceRef {
  line: number
  column: number
  /** The whole source sentence, exactly as written in the article. */
  sentence: string
}

/** A sentence of the article with its place. */
export interface Sentence extends SourceRef {
  /** Offset of the sentence in the normalised article text. */
  offset: number
  /** Index of the source paragraph it belongs to. */
  paragraph: number
  /** Where a hard-wrapped sentence goes on to a new line: offset in the sentence, and that line's place. */
  breaks?: Array<{ at: number; line: number; column: number }>
}

/** One line of article text that carries content. */
export interface Paragraph {
  line: number
  column: number
  offset: number
  text: string
  /** Markdown heading depth when the line is a heading (or the page's headline), else 0. */
  depth: number
  /** The list marker of a list item as written ("1.", "-"), if any. */
  marker?: string
  /**
   * A line of a list that the story introduces, one item per line ("… di tiga bidang:" then "-
   * Pendidikan", or bare lines "Bidang pendidikan", "Bidang kesehatan", …).
   */
  listItem?: boolean
  /** A headline read from a pasted page's head (no markdown heading marks it). */
  guessed?: boolean
  sentences: Sentence[]
}

/** The article split into paragraphs and sentences, residue removed. */
export interface Article {
  paragraphs: Paragraph[]
  sentences: Sentence[]
  /** Lines left out as page residue (share buttons, comment counters…). */
  residue: Array<{ line: number; text: string }>
  /** The dateline tag that opened the story ("JAKARTA, KOMPAS.com -"), left out of its sentence. */
  dateline?: { text: string; place?: string; date?: string; line: number; column: number }
  /** The story's last sentence when the text stops in the middle of it (a page stored cut short). */
  cut?: Sentence
  /** Whether the slides may show the cut sentence's whole words, the cut marked (else it is left out). */
  cutShown?: boolean
}

/** A short piece of article text shown on a slide. */
export interface Item {
  /** Verbatim article text; `…` marks words left out. */
  text: string
  source: SourceRef
}

export type { CountRole } from './lang/types.js'

/** A count of participants reported by the article, such as "lebih dari 40 negara". */
export interface Count {
  role: CountRole
  value: number
  /** The number exactly as written, e.g. "1.200". */
  number: string
  /** The count exactly as written, e.g. "lebih dari 40 negara". */
  text: string
  source: SourceRef
}

/** Who attended, and how many took part. */
export interface Context {
  attendees: Item[]
  counts: Count[]
  /** Sentences of the story the editor adds as background (the edits file). */
  background?: Item[]
}

/** A figure the article gives as a key fact: an amount, a percentage or a count, with the clause that says what it is. */
export interface KeyFigure {
  /** The figure exactly as written: "Rp3,04 triliun", "2,7%", "133 paket". */
  figure: string
  /** The verbatim clause around it, shortened. */
  context: string
  source: SourceRef
}

/** What the meeting produced: a document signed, adopted or launched, or a position agreed. */
export interface Outcome {
  /** The clause that says it, verbatim and shortened: who signed or agreed what. */
  text: string
  /** The value of what was signed, as written ("senilai Rp1,2 triliun"), when the article gives it. */
  value?: string
  source: SourceRef
}

export interface Cover {
  /** What on the cover is the editor's own text (the edits file), not the article's. */
  editor?: Array<'title' | 'subtitle'>
  /** The headline, else the event …; none when the article names nothing to title the deck with. */
  title?: string
  subtitle?: string
  publisher?: string
  /** The event's place, as written (from the dateline or "di <place>"). */
  place?: string
  date?: string
  /** How the event was held, as written: "digelar secara virtual", "konferensi virtual". */
  mode?: string
  /** What kind of occasion it was, as the lead first names it: "konferensi pers", "sesi pleno". */
  format?: string
  /** Where and when the main speaker spoke, as the article says it: "dalam konferensi pers di …, Senin (4/3)". */
  occasion?: Item
  /** The event's theme, as written: the words after "bertema", "dengan tema". */
  theme?: Item
}

export interface Speech {
  speaker: string
  /** The most salient messages, in article order; `rank` 0 is the most salient. */
  messages: Array<Item & { rank: number }>
  quote?: Item
  /** More of the speaker's direct quotes, shown under the main one when they fit. */
  quotes?: Item[]
  closing?: Item
  /** Every sentence in which the speaker speaks, shown or not: they go to the notes. */
  heard: SourceRef[]
}

/** One enumerated point: "Pertama, …", "(2) …", "c) …". */
export interface Point {
  ordinal: string
  number: number
  headline: string
  text: string
  source: SourceRef
}

/** The enumerated points of the story. */
export interface Points {
  /** The label the article gives the points, e.g. `"4 langkah"`. */
  label?: string
  /** The count the label announces, when it has one. */
  announced?: number
  items: Point[]
}

export interface Statement {
  /** Who speaks, as the article names them most fully: "Presiden Rusia", "Sekjen PBB Budi Santoso". */
  speaker: string
  kind: 'person' | 'organisation' | 'country'
  /** The speaker's country as written, when the article gives one. */
  country?: string
  /** ISO 3166-1 alpha-2 code of the country. */
  code?: string
  office?: string
  organisation?: string
  message: string
  /** A second thing they said (their first direct quote, when the first message is none), with its place. */
  also?: { text: string; source: SourceRef }
  source: SourceRef
  /** Every sentence in which this speaker speaks: they go to the notes. */
  heard: SourceRef[]
}

export interface Money {
  /** The amount exactly as written, e.g. "$12,5 juta". */
  text: string
  value: number
  currency: string
  scale: 'satuan' | 'ribu' | 'juta' | 'miliar' | 'triliun'
}

export interface Pledge {
  /** Who commits the money: a country or organisation as the article writes it. */
  pledger: string
  code?: string
  /** The person who announced it, as the article names them, when that is not the pledger itself. */
  by?: string
  amount: Money
  /** The same amount converted, as written beside it: "USD75 juta (Rp1,1 triliun)". */
  conversion?: Money
  /** Parts of the amount: "USD20 juta di antaranya untuk …". */
  parts?: Array<{ amount: Money; purpose?: string; source: SourceRef }>
  purpose?: string
  source: SourceRef
}

export interface SourceLink {
  url: string
  domain: string
  source: SourceRef
}

/** What an extractor was unsure of, with its place: it becomes a review item. */
export interface Doubt {
  reason: string
  source: SourceRef
}

/** Something the extraction was unsure of: shown as a warning and in `--json`, never on a slide. */
export interface ReviewItem {
  /** The section it would have gone to. */
  section: string
  reason: string
  line: number
  column: number
  /** The source sentence. */
  sentence: string
}

/** Where each sentence of the article ended up: on a slide, only in the presenter notes, or nowhere. */
export interface CoverageEntry {
  line: number
  column: number
  /** Index of the paragraph of the article it belongs to. */
  paragraph: number
  sentence: string
  status: 'slides' | 'notes' | 'unused'
}
