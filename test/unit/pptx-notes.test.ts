import { describe, expect, it } from 'vitest'
import { deckNotes } from '../../scripts/export/notes.js'
import { notesXml } from '../../scripts/export/pptx-notes.js'
import { generateDeck } from '../../scripts/generate-deck.js'
import { fixtureText } from '../helpers.js'

describe('presenter notes for a PPTX', () => {
  it("reads each slide's notes as text paragraphs, the line label bold, the payloads literal", () => {
    const { markdown, briefing } = generateDeck(fixtureText('payloads'))
    const notes = deckNotes(markdown)
    const all = notes.flat().map(runs => runs.map(run => run.text).join(''))
    // The notes of every slide start with their heading, and hold each source sentence as written.
    for (const slide of notes.filter(slide => slide.length > 0))
      expect(slide[0]!.map(run => run.text).join('')).toBe('Kalimat sumber:')
    const sentence =
      briefing.pledges[0]?.source.sentence ?? briefing.speech!.messages[0]!.source.sentence
    expect(all).toContain(
      `baris ${briefing.pledges[0]?.source.line ?? briefing.speech!.messages[0]!.source.line} — ${sentence}`,
    )
    expect(all.join('\n')).toContain('<script>alert("skrip")</script>')
    expect(
      notes
        .flat()
        .flat()
        .filter(run => run.bold)
        .every(run => /^baris \d+$/u.test(run.text)),
    ).toBe(true)
  })

  it('writes text XML cannot misread: markup escaped, characters XML forbids dropped', () => {
    const xml = notesXml([
      [
        { text: 'baris 3', bold: true },
        { text: ' — <a href="x">&</a>\u0001\u{1F1EE}\u{1F1E9}', bold: false },
      ],
    ])
    expect(xml).toBe(
      '<a:p><a:r><a:rPr lang="id-ID" b="1" dirty="0"/><a:t>baris 3</a:t></a:r>' +
        '<a:r><a:rPr lang="id-ID" dirty="0"/><a:t> — &lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;\u{1F1EE}\u{1F1E9}</a:t></a:r></a:p>',
    )
    expect(notesXml([])).toBe('<a:p><a:endParaRPr lang="id-ID" dirty="0"/></a:p>')
  })
})
