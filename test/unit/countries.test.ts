import { describe, expect, it } from 'vitest'
import { findCountries, flagEmoji } from '../../scripts/extract/countries.js'

describe('findCountries', () => {
  it('recognises Indonesian country names from the gazetteer, longest first', () => {
    expect(findCountries('Presiden Korea Selatan dan Menteri Papua Nugini serta Timor-Leste').map(country => [country.name, country.code])).toEqual([
      ['Korea Selatan', 'KR'], ['Papua Nugini', 'PG'], ['Timor-Leste', 'TL'],
    ])
  })

  it('knows the press names that the ISO list lacks', () => {
    expect(findCountries('Vietnam, Tiongkok dan Inggris').map(country => country.code)).toEqual(['VN', 'CN', 'GB'])
  })

  it('does not match inside other words', () => {
    expect(findCountries('Negara-negara Asia dan kawasan Rusian')).toEqual([])
  })
})

it('derives the flag emoji from the ISO code', () => {
  expect(flagEmoji('au')).toBe('🇦🇺')
})
