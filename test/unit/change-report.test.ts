import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { changeReport, formatReport, staleSlides } from '../../scripts/report/change-report.js'
import { fixtureText } from '../helpers.js'

const deck = (name: string) => generateDeck(fixtureText(name)).markdown
const original = deck('original')

describe('change report on fixture pairs', () => {
  it('reports changed figures and the changed pledge amount', () => {
    const report = formatReport(changeReport(original, deck('figures-changed')))
    expect(report).toContain(
      'context: lebih dari 110 negara → lebih dari 125 negara, hampir 70 negara dan organisasi → hampir 75 negara dan organisasi, 18 negara → 21 negara',
    )
    expect(report).toContain('pledges: $83,5 juta → $96,25 juta')
  })

  it('reports countries added and removed', () => {
    expect(formatReport(changeReport(original, deck('countries-changed')))).toContain(
      'statements: + Presiden Korea Selatan, + Menteri Luar Negeri Jepang, − Wakil Perdana Menteri Kamboja',
    )
  })

  it('reports a section that disappeared', () => {
    const changes = changeReport(original, deck('missing-sections'))
    expect(changes.find(change => change.section === 'pledges')).toMatchObject({
      removed: ['Australia'],
    })
    expect(changes.find(change => change.section === 'points')?.removed).toEqual([
      'Pertama',
      'Kedua',
      'Ketiga',
      'Keempat',
      'Kelima',
    ])
  })

  it('reports nothing when only the layout of the article changed', () => {
    expect(changeReport(original, deck('crlf-bom-blank'))).toEqual([])
    expect(formatReport([])).toBe('  no change in the facts shown\n')
  })
})

describe('staleSlides', () => {
  it('names the slides that differ, by route alias', () => {
    // The cover's and the speech's notes (on both its slides) and the outcomes (the signing) quote
    // the sentence with "hampir 70 negara" too.
    expect(staleSlides(original, deck('figures-changed'))).toEqual([
      'cover',
      'context',
      'speech',
      'speech-2',
      'pledges',
      'outcomes',
    ])
    expect(staleSlides(original, original)).toEqual([])
  })
})
