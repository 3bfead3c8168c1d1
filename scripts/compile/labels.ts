// Labels printed on the slides: the output language, chosen by the `labels` option.
// Each label names a kind of content; none states a fact about the event. A section's label has the
// section's name as its key.

/** The labels of one output language. */
export interface Labels {
  cover: string
  context: string
  speech: string
  points: string
  statements: string
  pledges: string
  outcomes: string
  figures: string
  sources: string
  attendees: string
  /** Sentences of the story an editor adds to the context. */
  background: string
  /** The role of each count of participants. */
  counts: { attendance: string; signing: string; speakers: string; invited: string }
  quote: string
  closing: string
  continued: string
  notes: string
  line: string
  review: string
  /** The deck's title when the article gives nothing to title it with. */
  untitled: string
  /** In the notes, before what the editor wrote on a slide (the edits file). */
  editor: string
  /** In the notes of the cover, before an addition of the editor that the article no longer holds. */
  staleAddition: string
  /** Before the event's theme on the cover. */
  theme: string
}

const ID: Labels = {
  cover: 'Ringkasan',
  context: 'Konteks',
  speech: 'Pidato',
  points: 'Poin',
  statements: 'Pernyataan',
  pledges: 'Komitmen pendanaan',
  outcomes: 'Hasil pertemuan',
  figures: 'Angka kunci',
  sources: 'Sumber',
  attendees: 'Hadir',
  background: 'Latar',
  counts: {
    attendance: 'hadir',
    signing: 'menandatangani',
    speakers: 'berpidato',
    invited: 'diundang',
  },
  quote: 'Kutipan',
  closing: 'Komitmen penutup',
  continued: 'lanjutan',
  notes: 'Kalimat sumber',
  line: 'baris',
  review: 'Perlu ditinjau',
  untitled: 'Ringkasan berita',
  editor: 'Ditulis editor',
  staleAddition: 'Tambahan editor yang tidak ada lagi di artikel',
  theme: 'Tema',
}

const EN: Labels = {
  cover: 'Briefing',
  context: 'Context',
  speech: 'Speech',
  points: 'Points',
  statements: 'Statements',
  pledges: 'Funding pledge',
  outcomes: 'Outcomes',
  figures: 'Key figures',
  sources: 'Sources',
  attendees: 'Attending',
  background: 'Background',
  counts: { attendance: 'attending', signing: 'signing', speakers: 'speaking', invited: 'invited' },
  quote: 'Quote',
  closing: 'Closing commitment',
  continued: 'continued',
  notes: 'Source sentences',
  line: 'line',
  review: 'To review',
  untitled: 'News briefing',
  editor: 'Written by the editor',
  staleAddition: 'Added by the editor, no longer in the article',
  theme: 'Theme',
}

/** The label languages the deck can be printed in. */
export const LABEL_LANGUAGES = { id: ID, en: EN } as const

export type LabelLanguage = keyof typeof LABEL_LANGUAGES

/** The labels for a language (Indonesian, the article's language, by default). */
export function labelsFor(language: LabelLanguage = 'id'): Labels {
  return LABEL_LANGUAGES[language]
}
