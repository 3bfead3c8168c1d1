import type { Paragraph, SourceLink } from '../model.js'

const SOURCE_LINE = /^(?:sumber(?:\s+berita)?|source|dikutip dari|disadur dari|baca selengkapnya)\s*:?\s*(https?:\/\/\S+)/iu

/** The article's "Sumber:" link, with its domain. Only http and https links are accepted. */
export function extractSourceLink(paragraphs: Paragraph[]): SourceLink | undefined {
  for (const paragraph of paragraphs) {
    const match = SOURCE_LINE.exec(paragraph.text)
    if (!match) continue
    let url: URL
    try {
      url = new URL(match[1])
    }
    catch {
      continue
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue
    return {
      url: match[1],
      domain: url.hostname.replace(/^www\./u, ''),
      source: { line: paragraph.line, column: paragraph.column + match.index + match[0].length - match[1].length, sentence: paragraph.text },
    }
  }
  return undefined
}
