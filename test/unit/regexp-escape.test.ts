import { describe, expect, it } from 'vitest'
import { escapeRegExp, phrasePattern } from '../../scripts/lang/escape.js'

describe('the shared regular-expression escape', () => {
  it('makes an office with a full stop and parentheses match only as written', () => {
    const pattern = new RegExp(`^${escapeRegExp('Plt. (Kepala) Dinas [A+B]*')}$`, 'u')
    expect(pattern.test('Plt. (Kepala) Dinas [A+B]*')).toBe(true)
    expect(pattern.test('PltX Kepala Dinas AAB')).toBe(false)
  })

  it('lets a phrase match across any run of white space and line breaks', () => {
    const pattern = new RegExp(phrasePattern('Wakil Ketua (DPR)'), 'u')
    expect(pattern.test('Wakil  Ketua\n(DPR)')).toBe(true)
    expect(pattern.test('Wakil Ketua DPR')).toBe(false)
  })
})
