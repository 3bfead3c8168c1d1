import { describe, expect, it } from 'vitest'
import { flagEmoji } from '../../scripts/compile/flags.js'
import { findCountries } from '../../scripts/extract/countries.js'
import { grammarOf } from '../../scripts/lang/grammar.js'

const G = grammarOf()

describe('findCountries', () => {
  it('recognises Indonesian country names from the gazetteer, longest first', () => {
    expect(
      findCountries(G, 'Presiden Korea Selatan dan Menteri Papua Nugini serta Timor-Leste').map(
        country => [country.name, country.code],
      ),
    ).toEqual([
      ['Korea Selatan', 'KR'],
      ['Papua Nugini', 'PG'],
      ['Timor-Leste', 'TL'],
    ])
  })

  it('knows the press names that the ISO list lacks', () => {
    expect(findCountries(G, 'Vietnam, Tiongkok dan Inggris').map(country => country.code)).toEqual([
      'VN',
      'CN',
      'GB',
    ])
  })

  it('does not match inside other words', () => {
    expect(findCountries(G, 'Negara-negara Asia dan kawasan Rusian')).toEqual([])
  })
})

it('derives the flag emoji from the ISO code', () => {
  expect(flagEmoji('au')).toBe('🇦🇺')
})
