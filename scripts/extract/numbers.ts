import { alternation, NUMBER_SCALES, NUMBER_WORDS } from '../lang/id.js'

const UNIT = alternation(NUMBER_WORDS)
/** A number written in words: "lima", "lima belas", "dua puluh tiga", "seratus", "sebelas". */
export const NUMBER_IN_WORDS = String.raw`(?:(?:se|${UNIT})\s*(?:ratus|ribu)(?:\s+(?:${UNIT})\s+puluh)?(?:\s+(?:${UNIT}))?|(?:${UNIT})\s+puluh(?:\s+(?:${UNIT}))?|(?:${UNIT})\s+belas|sebelas|${UNIT})`

/** The value of a number written in words or digits ("lima belas" → 15, "1.200" → 1200); NaN if it is neither. */
export function numberValue(text: string): number {
  const trimmed = text.trim().toLowerCase()
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(trimmed)) return Number(trimmed.replace(/\./gu, ''))
  if (/^\d+$/u.test(trimmed)) return Number(trimmed)
  if (trimmed === 'sebelas') return 11
  let total = 0
  let current = 0
  for (const word of trimmed.replace(/^se(ratus|ribu)/u, 'satu $1').split(/\s+/u)) {
    const unit = NUMBER_WORDS.indexOf(word) + 1
    if (unit > 0) current += unit
    else if (word === 'belas') current += 10
    else if (word in NUMBER_SCALES) {
      current = Math.max(current, 1) * NUMBER_SCALES[word as keyof typeof NUMBER_SCALES]
      if (word !== 'puluh') {
        total += current
        current = 0
      }
    }
    else return Number.NaN
  }
  return total + current
}
