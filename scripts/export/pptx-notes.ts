import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import JSZip from 'jszip'
import { CliError } from '../errors.js'
import { writeAtomic } from '../io.js'
import type { NoteParagraph } from './notes.js'
import { deckLanguage, deckNotes } from './notes.js'

// Characters XML 1.0 cannot hold are dropped; the rest is escaped.
function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
}

/** DrawingML paragraphs for a notes body, in the language of the article (for PowerPoint's spelling). */
export function notesXml(paragraphs: NoteParagraph[], language = 'id-ID'): string {
  if (paragraphs.length === 0) return `<a:p><a:endParaRPr lang="${language}" dirty="0"/></a:p>`
  return paragraphs
    .map(
      runs =>
        `<a:p>${runs.map(run => `<a:r><a:rPr lang="${language}"${run.bold ? ' b="1"' : ''} dirty="0"/><a:t>${xmlText(run.text)}</a:t></a:r>`).join('')}</a:p>`,
    )
    .join('')
}

/** Targets of one relationship type in a part's .rels, by id. */
function relationships(rels: string, type: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]+)"/u.exec(tag)?.[1]
    const target = /\bTarget="([^"]+)"/u.exec(tag)?.[1]
    if (id && target && tag.includes(`/relationships/${type}"`)) found.set(id, target)
  }
  return found
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path)
  if (!file) throw new CliError(`the PPTX has no ${path}`)
  return file.async('string')
}

function relsOf(path: string): string {
  return posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`)
}

/** The slide parts of a presentation, in presentation order. */
async function slideParts(zip: JSZip): Promise<string[]> {
  const presentation = await part(zip, 'ppt/presentation.xml')
  const targets = relationships(await part(zip, relsOf('ppt/presentation.xml')), 'slide')
  return [...presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/gu)].map(([, id]) => {
    const target = targets.get(id!)
    if (!target) throw new CliError(`the PPTX's presentation lists slide ${id} without a part`)
    return posix.join('ppt', target)
  })
}

/** What the notes pass found in the file. */
export interface PptxNotesResult {
  slides: number
  /** Fonts the slides' text runs name: a .pptx names fonts and does not embed them. */
  fonts: string[]
}

/**
 * Write each slide's presenter notes (the source sentences with their lines) into
 * the notes pages of a PPTX exported by Slidev, which otherwise hold the notes'
 * HTML as literal text, and mark the text as Indonesian. Slide i of the file is
 * slide i of the deck.
 */
export async function writePptxNotes(pptx: string, deck: string): Promise<PptxNotesResult> {
  const markdown = await readFile(deck, 'utf8')
  const notes = deckNotes(markdown)
  const language = deckLanguage(markdown).withRegion
  const zip = await JSZip.loadAsync(await readFile(pptx))
  const slides = await slideParts(zip)
  if (slides.length !== notes.length) {
    throw new CliError(
      `the PPTX has ${slides.length} slides, the deck ${notes.length}: cannot tell which notes belong to which slide`,
    )
  }
  const fonts = new Set<string>()
  for (const [index, slide] of slides.entries()) {
    const slideXml = await part(zip, slide)
    for (const [, face] of slideXml.matchAll(/\btypeface="([^"]+)"/gu)) fonts.add(face!)
    // Slidev marks every run as English; the text is the article's, so that PowerPoint checks its
    // spelling in the article's language.
    zip.file(slide, slideXml.replace(/\blang="en-US"/gu, `lang="${language}"`))
    const [notesTarget] = relationships(await part(zip, relsOf(slide)), 'notesSlide').values()
    if (!notesTarget) throw new CliError(`slide ${index + 1} of the PPTX has no notes page`)
    const notesPath = posix.join(posix.dirname(slide), notesTarget)
    const xml = await part(zip, notesPath)
    // The notes text lives in the shape whose placeholder is the body.
    const body = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/u.exec(xml)
    if (!body) throw new CliError(`${notesPath} of the PPTX has no notes placeholder`)
    const txBody = `<p:txBody><a:bodyPr/><a:lstStyle/>${notesXml(notes[index]!, language)}</p:txBody>`
    const shape = /<p:txBody>[\s\S]*<\/p:txBody>/u.test(body[0])
      ? body[0].replace(/<p:txBody>[\s\S]*<\/p:txBody>/u, () => txBody)
      : body[0].replace(/<\/p:sp>$/u, () => `${txBody}</p:sp>`)
    zip.file(notesPath, xml.slice(0, body.index) + shape + xml.slice(body.index + body[0].length))
  }
  await writeAtomic(pptx, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
  return { slides: slides.length, fonts: [...fonts].sort() }
}
