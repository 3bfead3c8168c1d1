import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { main } from '../../scripts/main.js'
import { fixtureText } from '../helpers.js'

// Nothing of the article is lost without a word: markdown that would swallow text is read as text,
// the same name is one name however it is encoded, and what a reader cannot see changes nothing.
const original = generateDeck(fixtureText('original'))

describe('markdown that would swallow text', () => {
  it('keeps a paragraph with a divider line (---, ===) under it, and every sentence of the story', () => {
    const divided = generateDeck(fixtureText('divider-lines'))
    expect(divided.coverage).toHaveLength(original.coverage.length)
    expect(divided.coverage.map(entry => entry.sentence)).toEqual(
      original.coverage.map(entry => entry.sentence),
    )
    expect(divided.briefing.statements.map(statement => statement.country)).toEqual(
      original.briefing.statements.map(statement => statement.country),
    )
  })

  it("reads lines between --- lines at the top (pasted front matter), and a === heading in the middle, as the story's text", () => {
    const text = fixtureText('original').split('\n')
    const pasted = [
      '---',
      text[0],
      '---',
      ...text.slice(1, 13),
      'Paragraf ini menutup bagian pertama laporan tentang konvensi.',
      '======',
      ...text.slice(13),
    ].join('\n')
    const deck = generateDeck(pasted)
    const before = original.coverage.map(entry => entry.sentence)
    const at = before.findIndex(sentence => sentence.startsWith(text[13]!.slice(0, 30)))
    expect(deck.coverage.map(entry => entry.sentence)).toEqual([
      ...before.slice(0, at),
      'Paragraf ini menutup bagian pertama laporan tentang konvensi.',
      ...before.slice(at),
    ])
    expect(deck.briefing.context?.attendees.map(item => item.text)).toEqual(
      original.briefing.context?.attendees.map(item => item.text),
    )
  })
})

describe('one text however it is encoded', () => {
  it('reads a name written with combining accents (NFD) and with composed letters (NFC) as one person', () => {
    const deck = generateDeck(fixtureText('invisible-characters'))
    expect(deck.briefing.speech?.speaker).toBe('Perdana Menteri Phạm Minh Chính')
    // The main speaker is not also one of the other speakers.
    expect(deck.briefing.statements.map(statement => statement.speaker)).not.toContainEqual(
      expect.stringMatching(/Ph.*m/u),
    )
  })

  it('keeps a statement with a bidirectional mark, a soft hyphen or an emoji between speaker and verb', () => {
    const deck = generateDeck(fixtureText('invisible-characters'))
    expect(deck.briefing.statements.map(statement => statement.country)).toEqual([
      'Rusia',
      'Ekuador',
      'Uzbekistan',
      'Polandia',
      'Kamboja',
    ])
  })

  it("reports the file's own columns when invisible characters stand before a fact", () => {
    const raw =
      'KTT Iklim di Jakarta\n\nPresiden\u200B Joko\u200F Widodo mengatakan bahwa \u001B[1mekonomi\u001B[0m nasional tumbuh lima persen pada tahun ini, lebih cepat dari tahun lalu.\n'
    const deck = generateDeck(raw)
    const message = deck.briefing.speech!.messages[0]!
    expect(message.text.startsWith('ekonomi')).toBe(true)
    expect(message.source).toMatchObject({
      line: 3,
      column: raw.split('\n')[2]!.indexOf('ekonomi') + 1,
    })
    const coverage = deck.coverage.find(entry => entry.line === 3)!
    expect(coverage.column).toBe(1)
  })
})

describe('control characters in the terminal', () => {
  it('never writes a control character of the article to the terminal (warnings, the change report)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-controls-'))
    const source = join(dir, 'article.txt')
    const run = async () => {
      const err: string[] = []
      expect(
        await main(['generate', '--source', source, '--out', join(dir, 'deck.md')], {
          stdout: () => {},
          stderr: text => err.push(text),
          cwd: dir,
        }),
      ).toBe(0)
      return err.join('')
    }
    await writeFile(source, fixtureText('original'))
    await run()
    // An OSC title sequence and a colour in a pledge, and a lone escape in a figure's sentence.
    await writeFile(
      source,
      fixtureText('original')
        .replace('$83,5 juta', '\u001B]0;pwned\u0007$96,25 juta\u001B[31m')
        .replace('18 negara', '19\u001B negara'),
    )
    const printed = await run()
    expect(printed).toContain('pledges: $83,5 juta → $96,25 juta')
    expect(printed).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u)
  })
})
