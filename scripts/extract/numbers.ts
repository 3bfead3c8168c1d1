import type { Grammar } from '../lang/grammar.js'

/** The value of a number written in words or digits ("lima belas" → 15, "1.200" → 1200); NaN if it is neither. */
export function numberValue(grammar: Grammar, text: string): number {
  const { numbers } = grammar
  const trimmed = text.trim().toLowerCase()
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(trimmed)) return Number(trimmed.replace(/\./gu, ''))
  if (/^\d+$/u.test(trimmed)) return Number(trimmed)
  if (trimmed in numbers.specials) return numbers.specials[trimmed]!
  let total = 0
  let current = 0
  // "seratus" is "one hundred": the prefix that means one is a word of its own.
  for (const word of trimmed.replace(numbers.onePrefix, `${numbers.one} $1`).split(/\s+/u)) {
    const unit = numbers.units.indexOf(word) + 1
    if (unit > 0) current += unit
    else if (word === numbers.teen) current += 10
    else if (word in numbers.scales) {
      current = Math.max(current, 1) * numbers.scales[word]!
      if (word !== numbers.tens) {
        total += current
        current = 0
      }
    } else return Number.NaN
  }
  return total + current
}
