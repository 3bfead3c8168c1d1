// Conventions of Indonesian news writing that the extractors rely on.
// Nothing here is specific to one article: these are the words a reporter uses.

/** Ordinal words that open an enumerated point ("Pertama, …"), in order. */
export const ORDINALS = ['Pertama', 'Kedua', 'Ketiga', 'Keempat', 'Kelima', 'Keenam', 'Ketujuh', 'Kedelapan', 'Kesembilan', 'Kesepuluh']

/** Number words up to ten, for counts written in words ("lima dorongan"). */
export const NUMBER_WORDS = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh']

/** Titles of office, longest first so that "Wakil Perdana Menteri" wins over "Perdana Menteri". */
export const OFFICES = [
  'Wakil Perdana Menteri', 'Wakil Presiden', 'Wakil Ketua DPR', 'Wakil Menteri Luar Negeri', 'Wakil Menteri',
  'Menteri Luar Negeri', 'Menteri Keamanan Publik', 'Menteri Pertahanan', 'Menteri Kehakiman', 'Menteri Dalam Negeri',
  'Menteri Komunikasi dan Informatika', 'Menteri Digital', 'Menteri',
  'Perdana Menteri', 'Presiden', 'Kanselir', 'Raja', 'Ratu', 'Sultan', 'Emir', 'Putra Mahkota',
  'Ketua Parlemen', 'Ketua Majelis Nasional', 'Ketua Senat', 'Ketua DPR', 'Ketua MPR', 'Ketua Delegasi', 'Kepala Delegasi',
  'Sekretaris Negara', 'Jaksa Agung', 'Duta Besar', 'Wakil Tetap', 'Utusan Khusus', 'Perwakilan', 'Delegasi',
  // Short forms of the Indonesian press.
  'PM', 'Wakil PM', 'Wapres', 'Menlu', 'Wamenlu', 'Mendagri', 'Menhan', 'Dubes', 'Ketum',
].sort((a, b) => b.length - a.length)

/** Verbs that introduce what someone said (reported speech). */
export const REPORTING_VERBS = [
  'mengatakan', 'menyatakan', 'menegaskan', 'menekankan', 'mengimbau', 'menyerukan', 'mengajak', 'mendesak',
  'menyampaikan', 'mengusulkan', 'berharap', 'menilai', 'menyebut', 'menyebutkan', 'mengungkapkan', 'menjelaskan',
  'menggarisbawahi', 'menyoroti', 'mengucapkan', 'menginginkan', 'meminta', 'memperingatkan', 'mengakui',
  'berkomitmen', 'menjanjikan', 'berjanji', 'mengumumkan', 'menambahkan', 'meyakini', 'menyambut',
]

/** Verbs that attribute a statement placed before them: "…, ujar Menteri X." */
export const TRAILING_ATTRIBUTION = ['ujar', 'ujarnya', 'kata', 'katanya', 'tegas', 'tegasnya', 'ungkap', 'ungkapnya', 'tutur', 'tuturnya', 'jelas', 'jelasnya', 'imbuh', 'imbuhnya', 'tambah', 'tambahnya', 'sebut', 'seru']

/** Verbs of pledging money; a pledge needs one of these and an amount. */
export const PLEDGE_VERBS = [
  'menjanjikan', 'berjanji', 'berkomitmen', 'komitmen', 'mengumumkan', 'menyumbangkan', 'menyumbang', 'memberikan',
  'mengalokasikan', 'menggelontorkan', 'menyediakan', 'menginvestasikan', 'investasi', 'mendanai', 'membiayai',
  'menawarkan', 'hibah', 'bantuan', 'dana',
]

/** Words that open the purpose of a pledge after its amount. */
export const PURPOSE_OPENERS = ['untuk', 'dalam', 'bagi', 'guna', 'demi', 'kepada', 'ke dalam']

/** Nouns a reporter counts when telling who took part. */
export const COUNTED_NOUNS = ['negara', 'organisasi', 'delegasi', 'pemimpin', 'kepala negara', 'perwakilan', 'anggota', 'peserta', 'lembaga', 'mitra']

/** Hedges written before a count: "lebih dari 110", "hampir 70". */
export const COUNT_HEDGES = ['lebih dari', 'kurang dari', 'hampir', 'sekitar', 'sedikitnya', 'setidaknya', 'paling sedikit', 'lebih kurang', 'kurang lebih', 'mencapai', 'sebanyak', 'total']

/** Verbs that tell what a counted group did. */
export const FIGURE_ROLES: Array<{ role: 'signing' | 'speakers' | 'attendance', pattern: RegExp }> = [
  { role: 'signing', pattern: /\b(?:menandatangani|meneken|penandatangan|ditandatangani|meratifikasi)\b/i },
  { role: 'speakers', pattern: /\b(?:menyampaikan (?:pidato|pernyataan|sambutan)|berpidato|berbicara|angkat bicara|memberikan sambutan)\b/i },
  { role: 'attendance', pattern: /\b(?:hadir|menghadiri|dihadiri|kehadiran|berpartisipasi|ikut serta|perwakilan)\b/i },
]

/** Labels used on the slides, in the article's language. */
export const LABELS = {
  cover: 'Ringkasan',
  context: 'Konteks',
  attendees: 'Hadir',
  figures: { attendance: 'hadir', signing: 'menandatangani', speakers: 'berpidato setelah pidato utama' },
  speech: 'Pidato',
  quote: 'Kutipan',
  drives: 'Dorongan',
  statements: 'Pernyataan negara',
  pledge: 'Komitmen pendanaan',
  sources: 'Sumber',
  closing: 'Komitmen penutup',
  continued: 'lanjutan',
  notes: 'Kalimat sumber',
  line: 'baris',
} as const

/** Escape a word list into a regular-expression alternation. */
export function alternation(words: readonly string[]): string {
  return words.map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')
}
