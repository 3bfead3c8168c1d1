import { VFile } from 'vfile'
import { compileDeck } from './compile/compile-deck.js'
import { extractBriefing, LOOKED_FOR, missingSections } from './extract/extract-briefing.js'
import type { Briefing, SectionName } from './model.js'
import { parseArticle } from './parse/parse-article.js'

/** The result of turning an article into a deck. */
export interface GeneratedDeck {
  markdown: string
  briefing: Briefing
  /** Content warnings, each with its line and column in the article. */
  file: VFile
  missing: SectionName[]
}

/**
 * Turn normalised article text into Slidev markdown. Pure: no file is read or
 * written. Throws nothing for odd content; missing sections are reported.
 */
export function generateDeck(text: string, path = 'article.md'): GeneratedDeck {
  const file = new VFile({ path, value: text })
  const article = parseArticle(text)
  const briefing = extractBriefing(article, file)
  const missing = missingSections(briefing)
  for (const section of missing) {
    file.message(`No "${section}" section: looked for ${LOOKED_FOR[section]}; its slide is left out`, { ruleId: `missing-${section}`, source: 'briefing' })
  }
  return { markdown: compileDeck(briefing), briefing, file, missing }
}
