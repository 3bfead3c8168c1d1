import { VFile } from 'vfile'
import type { Article, Briefing, SectionName } from '../model.js'
import { extractContext } from './context.js'
import { extractCover } from './cover.js'
import { extractDrives } from './drives.js'
import { extractPledges } from './pledges.js'
import { findHost } from './speaker.js'
import { extractSourceLink } from './source-link.js'
import { extractSpeech } from './speech.js'
import { extractStatements } from './statements.js'

/** What each section's extractor looks for: printed when a section is missing. */
export const LOOKED_FOR: Record<SectionName, string> = {
  context: 'a sentence about who attended (hadir/menghadiri) or counts such as "lebih dari 110 negara"',
  speech: 'sentences in which the host (Perdana Menteri/Presiden …) is the subject of a reporting verb (mengatakan, menekankan, …)',
  drives: 'points opened by Indonesian ordinals in order (Pertama, … Kedua, …)',
  statements: 'sentences with an office and a country (e.g. "Wakil Presiden Ekuador mengatakan bahwa …")',
  pledge: 'a pledging verb (menjanjikan, berkomitmen …) together with an amount (e.g. "$83,5 juta", "83,5 juta dolar")',
  sources: 'a line "Sumber: https://…"',
}

/** Extract the briefing model from a parsed article; content warnings go to `file` with their place. */
export function extractBriefing(article: Article, file: VFile = new VFile()): Briefing {
  const { sentences, paragraphs } = article
  const host = findHost(sentences)
  const drives = extractDrives(sentences)
  const listsDrives = new Set(drives?.items.map(drive => drive.source.sentence))
  const speech = extractSpeech(sentences, host, sentence => listsDrives.has(sentence.sentence))
  const spoken = new Set(speech?.heard.map(ref => `${ref.line}:${ref.column}`))
  const sourceLink = extractSourceLink(paragraphs)
  const briefing: Briefing = {
    cover: extractCover(paragraphs, sentences, host, sourceLink?.domain),
    context: extractContext(sentences),
    speech,
    drives,
    statements: extractStatements(sentences, sentence => spoken.has(`${sentence.line}:${sentence.column}`)),
    pledges: extractPledges(sentences),
    sourceLink,
  }
  if (drives?.announced !== undefined && drives.announced !== drives.items.length) {
    const first = drives.items[0].source
    file.message(`The article announces ${drives.announced} drives ("${drives.label}") but ${drives.items.length} were found`, { line: first.line, column: first.column })
  }
  return briefing
}

/** The sections of the deck that the briefing has no content for. */
export function missingSections(briefing: Briefing): SectionName[] {
  const missing: SectionName[] = []
  if (!briefing.context) missing.push('context')
  if (!briefing.speech) missing.push('speech')
  if (!briefing.drives) missing.push('drives')
  if (briefing.statements.length === 0) missing.push('statements')
  if (briefing.pledges.length === 0) missing.push('pledge')
  if (!briefing.sourceLink) missing.push('sources')
  return missing
}
