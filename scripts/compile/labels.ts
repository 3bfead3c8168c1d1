// Labels printed on the slides: the output language, chosen by the `labels` option.
// Each label names a kind of content; none states a fact about the event.

/** The labels of one output language. */
export interface Labels {
  cover: string
  context: string
  attendees: string
  figures: { attendance: string, signing: string, speakers: string, invited: string }
  keyFigures: string
  speech: string
  quote: string
  points: string
  statements: string
  pledge: string
  sources: string
  closing: string
  continued: string
  notes: string
  line: string
  review: string
}

const ID: Labels = {
  cover: 'Ringkasan',
  context: 'Konteks',
  attendees: 'Hadir',
  figures: { attendance: 'hadir', signing: 'menandatangani', speakers: 'berpidato', invited: 'diundang' },
  keyFigures: 'Angka kunci',
  speech: 'Pidato',
  quote: 'Kutipan',
  points: 'Poin',
  statements: 'Pernyataan',
  pledge: 'Komitmen pendanaan',
  sources: 'Sumber',
  closing: 'Komitmen penutup',
  continued: 'lanjutan',
  notes: 'Kalimat sumber',
  line: 'baris',
  review: 'Perlu ditinjau',
}

const EN: Labels = {
  cover: 'Briefing',
  context: 'Context',
  attendees: 'Attending',
  figures: { attendance: 'attending', signing: 'signing', speakers: 'speaking', invited: 'invited' },
  keyFigures: 'Key figures',
  speech: 'Speech',
  quote: 'Quote',
  points: 'Points',
  statements: 'Statements',
  pledge: 'Funding pledge',
  sources: 'Sources',
  closing: 'Closing commitment',
  continued: 'continued',
  notes: 'Source sentences',
  line: 'line',
  review: 'To review',
}

/** The label languages the deck can be printed in. */
export const LABEL_LANGUAGES = { id: ID, en: EN } as const

export type LabelLanguage = keyof typeof LABEL_LANGUAGES

/** The labels for a language (Indonesian, the article's language, by default). */
export function labelsFor(language: LabelLanguage = 'id'): Labels {
  return LABEL_LANGUAGES[language]
}
