import { describe, expect, it } from 'vitest'
import { findMoney, parseIndonesianNumber } from '../../scripts/extract/money.js'
import { grammarOf } from '../../scripts/lang/grammar.js'

const G = grammarOf()

describe('parseIndonesianNumber', () => {
  it('reads the decimal comma and thousands dots', () => {
    expect(parseIndonesianNumber('83,5')).toBe(83.5)
    expect(parseIndonesianNumber('1.250.000')).toBe(1250000)
    expect(parseIndonesianNumber('1.250,75')).toBe(1250.75)
    expect(parseIndonesianNumber('2.5')).toBe(2.5)
  })
})

describe('findMoney', () => {
  it.each([
    ['investasi $83,5 juta dalam program', '$83,5 juta', 83_500_000, 'USD', 'juta'],
    [
      'sebesar 83,5 juta dolar Australia untuk',
      '83,5 juta dolar Australia',
      83_500_000,
      'AUD',
      'juta',
    ],
    ['bantuan US$ 2 miliar bagi', 'US$ 2 miliar', 2_000_000_000, 'USD', 'miliar'],
    ['dana Rp 1,2 triliun untuk', 'Rp 1,2 triliun', 1_200_000_000_000, 'IDR', 'triliun'],
    ['hibah 500 ribu euro kepada', '500 ribu euro', 500_000, 'EUR', 'ribu'],
    ['sebesar 10 milyar yen', '10 milyar yen', 10_000_000_000, 'JPY', 'miliar'],
    ['sekitar satu miliar euro untuk', 'satu miliar euro', 1_000_000_000, 'EUR', 'miliar'],
    ['hibah lima belas juta dolar AS', 'lima belas juta dolar AS', 15_000_000, 'USD', 'juta'],
  ])('finds the amount in "%s"', (text, written, value, currency, scale) => {
    expect(findMoney(G, text)).toEqual([
      expect.objectContaining({ text: written, value, currency, scale }),
    ])
  })

  it('ignores numbers that are not money', () => {
    expect(findMoney(G, 'lebih dari 110 negara dan 5 dorongan')).toEqual([])
  })
})
