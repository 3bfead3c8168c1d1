import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { inflateSync } from 'node:zlib'
import JSZip from 'jszip'
import { ROOT } from '../helpers.js'

/** What a slide of a PPTX holds as text: its text runs in document order, their languages, and its notes' paragraphs. */
export interface PptxSlide {
  runs: string[]
  languages: string[]
  notes: string[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[\da-f]+|#\d+);/giu, (_, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name]!,
  )
}

function runsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map(([, text]) => unescapeXml(text!))
}

/** The slides of a PPTX (ppt/slides/slideN.xml, by N) with their notes pages. */
export async function readPptx(file: string): Promise<{ slides: PptxSlide[] }> {
  const zip = await JSZip.loadAsync(await readFile(file))
  const names = Object.keys(zip.files)
    .filter(name => /^ppt\/slides\/slide\d+\.xml$/u.test(name))
    .sort((a, b) => Number(/\d+/u.exec(basename(a))![0]) - Number(/\d+/u.exec(basename(b))![0]))
  const slides = await Promise.all(
    names.map(async name => {
      const rels = await zip
        .file(name.replace('slides/', 'slides/_rels/').replace(/$/u, '.rels'))!
        .async('string')
      const notesName = /Target="\.\.\/notesSlides\/([^"]+)"/u.exec(rels)?.[1]
      const notesXml = notesName
        ? await zip.file(`ppt/notesSlides/${notesName}`)!.async('string')
        : ''
      // The notes text is in the body placeholder; the slide number has its own shape.
      const body =
        /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/u.exec(notesXml)?.[0] ?? ''
      const notes = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/gu)]
        .map(([, paragraph]) => runsOf(paragraph!).join(''))
        .filter(Boolean)
      const xml = await zip.file(name)!.async('string')
      return {
        runs: runsOf(xml),
        languages: [
          ...new Set([...xml.matchAll(/<a:rPr\b[^>]*\blang="([^"]+)"/gu)].map(([, lang]) => lang!)),
        ],
        notes,
      }
    }),
  )
  return { slides }
}

function soffice(): string {
  const found = ['soffice', 'libreoffice']
    .flatMap(name => (process.env.PATH ?? '').split(delimiter).map(dir => join(dir, name)))
    .find(existsSync)
  if (!found)
    throw new Error(
      "LibreOffice Impress is needed to check the editable PPTX: apt-get install -y libreoffice-impress (the tests' setup, test/support/system-tools.ts, installs it on Debian as root)",
    )
  return found
}

/**
 * Convert a presentation to PDF with LibreOffice, headless, in a profile of its own, with the
 * deck's fonts installed; returns the PDF's path.
 */
export async function convertWithLibreOffice(file: string, outDir: string): Promise<string> {
  const profile = pathToFileURL(join(outDir, 'libreoffice-profile')).href
  const env = { ...process.env, FONTCONFIG_FILE: await deckFontsConfig(outDir) }
  await promisify(execFile)(
    soffice(),
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      file,
    ],
    { timeout: 120_000, env },
  )
  const pdf = join(outDir, basename(file).replace(/\.pptx$/u, '.pdf'))
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`)
  return pdf
}

/**
 * Make the deck's font (Be Vietnam Pro, shipped by @fontsource as WOFF) available to LibreOffice,
 * as on the machine of a recipient who installed the fonts the export names. LibreOffice reads
 * TrueType, not WOFF: WOFF 1.0 is an sfnt whose tables are zlib-compressed one by one, so each
 * table is inflated and the sfnt header and table directory written again.
 * Returns a fontconfig file to pass as FONTCONFIG_FILE.
 */
export async function deckFontsConfig(outDir: string): Promise<string> {
  const source = join(ROOT, 'node_modules', '@fontsource', 'be-vietnam-pro', 'files')
  const fonts = join(outDir, 'fonts')
  await mkdir(fonts, { recursive: true })
  for (const name of (await readdir(source)).filter(name => name.endsWith('-normal.woff'))) {
    await writeFile(
      join(fonts, name.replace(/\.woff$/u, '.ttf')),
      woffToSfnt(await readFile(join(source, name))),
    )
  }
  const config = join(outDir, 'fonts.conf')
  await writeFile(
    config,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${join(outDir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`,
  )
  return config
}

function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font')
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, index) => {
    const entry = 44 + index * 20
    const [tag, offset, compressed, original, checksum] = [0, 4, 8, 12, 16].map(at =>
      woff.readUInt32BE(entry + at),
    ) as [number, number, number, number, number]
    const data = woff.subarray(offset, offset + compressed)
    return { tag, checksum, data: compressed < original ? inflateSync(data) : data }
  })
  const power = 2 ** Math.floor(Math.log2(count))
  const header = Buffer.alloc(12 + 16 * count)
  header.writeUInt32BE(woff.readUInt32BE(4), 0)
  header.writeUInt16BE(count, 4)
  header.writeUInt16BE(power * 16, 6)
  header.writeUInt16BE(Math.log2(power), 8)
  header.writeUInt16BE(count * 16 - power * 16, 10)
  const parts: Buffer[] = [header]
  let offset = header.length
  for (const [index, table] of tables.entries()) {
    header.writeUInt32BE(table.tag, 12 + index * 16)
    header.writeUInt32BE(table.checksum, 16 + index * 16)
    header.writeUInt32BE(offset, 20 + index * 16)
    header.writeUInt32BE(table.data.length, 24 + index * 16)
    const padding = Buffer.alloc((4 - (table.data.length % 4)) % 4)
    parts.push(table.data, padding)
    offset += table.data.length + padding.length
  }
  return Buffer.concat(parts)
}
