import type { Cover, Paragraph, Sentence } from '../model.js'
import type { Host } from './speaker.js'

const MONTHS = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember'
// "25 Oktober 2025", or the numeric form of datelines: "(25/10/2025)".
const DATE = new RegExp(String.raw`(?<![\p{N}/])(?:\d{1,2}\s+(?:${MONTHS})\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})(?![\p{N}/])`, 'u')
// Named events of international news: "Konvensi Hanoi", "KTT ASEAN", "Sidang Umum PBB".
const EVENT = /(?<![\p{L}])(?:Konvensi|Konferensi|KTT|Deklarasi|Perjanjian|Forum|Sidang Umum|Pertemuan|Kongres|Traktat|Piagam)(?:\s+(?:\p{Lu}[\p{L}-]*|PBB|\d{4}))+/gu
const SESSION = /(?<![\p{L}])(?:Sesi|Upacara|Sidang|Rapat|Dialog)(?:\s+\p{Lu}[\p{L}-]*)+/gu

/** The cover: a heading of the article when it has one, else its most-named event; the host as subtitle. */
export function extractCover(paragraphs: Paragraph[], sentences: Sentence[], host: Host | undefined, publisher?: string): Cover {
  // Only a top-level heading titles the deck: a line underlined with --- is a setext h2, often a stray rule.
  const heading = paragraphs.find(paragraph => paragraph.depth === 1)
  const event = mostFrequent(sentences, EVENT)
  const session = mostFrequent(sentences, SESSION)
  const speaker = host && (host.name ? `${host.title} ${host.name}` : host.title)
  const title = heading?.text ?? event ?? session ?? speaker ?? publisher ?? 'Ringkasan berita'
  const subtitleParts = [session !== title ? session : undefined, speaker !== title ? speaker : undefined].filter(Boolean)
  const date = paragraphs.map(paragraph => DATE.exec(paragraph.text)?.[0]).find(Boolean)
  return {
    title,
    subtitle: subtitleParts.length > 0 ? subtitleParts.join(' · ') : undefined,
    publisher,
    date,
  }
}

function mostFrequent(sentences: Sentence[], pattern: RegExp): string | undefined {
  const counts = new Map<string, number>()
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(pattern)) {
      const name = match[0].replace(/\s+/gu, ' ')
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  let best: string | undefined
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name
  return best
}
