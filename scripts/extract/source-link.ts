import type { Grammar } from '../lang/grammar.js'
import type { Paragraph, SourceLink } from '../model.js'
import { isMediaFile } from '../parse/residue.js'

const BARE_LINK = /^(https?:\/\/\S+)$/u

/**
 * The article's "Sumber:" link, with its domain; else a line that is nothing but a link (the page's
 * own address, pasted with it). Only http and https links are accepted, and never a picture's.
 */
export function extractSourceLink(
  grammar: Grammar,
  paragraphs: Paragraph[],
): SourceLink | undefined {
  const { sourceLine } = grammar.text
  const labelled = paragraphs.filter(paragraph => sourceLine.test(paragraph.text))
  const bare = paragraphs.filter(paragraph => BARE_LINK.test(paragraph.text))
  for (const paragraph of [...labelled, ...bare]) {
    const match = sourceLine.exec(paragraph.text) ?? BARE_LINK.exec(paragraph.text)
    if (!match) continue
    let url: URL
    try {
      url = new URL(match[1])
    } catch {
      continue
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue
    if (isMediaFile(url.pathname)) continue
    return {
      url: match[1],
      domain: url.hostname.replace(/^www\./u, ''),
      source: {
        line: paragraph.line,
        column: paragraph.column + match.index + match[0].length - match[1].length,
        sentence: paragraph.text,
      },
    }
  }
  return undefined
}
