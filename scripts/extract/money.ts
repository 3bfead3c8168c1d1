import type { Grammar } from '../lang/grammar.js'
import { grammarOf } from '../lang/grammar.js'
import { perGrammar } from '../lang/memo.js'
import type { Money } from '../model.js'
import { numberValue } from './numbers.js'

/** Read a number written in the language's format (Indonesian: dots group thousands, a comma is the decimal mark). */
export function parseNumber(grammar: Grammar, text: string): number {
  const { thousands, decimal } = grammar.numbers
  if (text.includes(decimal)) return Number(text.split(thousands).join('').replace(decimal, '.'))
  const groups = text.split(thousands)
  if (groups.length > 1 && groups.slice(1).every(group => group.length === 3))
    return Number(groups.join(''))
  return Number(text)
}

/** Read an Indonesian number: dots group thousands, a comma is the decimal mark. */
export function parseIndonesianNumber(text: string): number {
  return parseNumber(grammarOf(), text)
}

/**
 * Every money amount in a text, with its value, currency and scale. (The pledges, outcomes and key
 * figures each read the same sentences for amounts: each sentence is read once per grammar.)
 */
export const findMoney: (
  grammar: Grammar,
  text: string,
) => ReadonlyArray<Readonly<Money & { index: number }>> = perGrammar(readMoney, 20_000)

function readMoney(grammar: Grammar, text: string): Array<Money & { index: number }> {
  const { pattern, prefixes, suffixes, scales, scaleNames } = grammar.money
  const found: Array<Money & { index: number }> = []
  if (!grammar.money.anyCurrency.test(text)) return found
  for (const match of text.matchAll(pattern)) {
    const [whole, prefix, prefixNumber, prefixScale, suffixNumber, suffixScale, suffix] = match
    const [words, wordsScale, wordsSuffix] = match.slice(7)
    const number = prefixNumber ?? suffixNumber
    const scaleWord = (prefixScale ?? suffixScale ?? wordsScale)?.toLowerCase()
    const currencyWord = (prefix ?? suffix ?? wordsSuffix)!.replace(/\s+/g, ' ')
    const table = prefix ? prefixes : suffixes
    const currency =
      table.find(([currencyPattern]) => currencyPattern.test(currencyWord))?.[1] ??
      currencyWord.toUpperCase()
    const multiplier = scaleWord ? scales[scaleWord]! : 1
    found.push({
      text: whole,
      value:
        Math.round(
          (number !== undefined ? parseNumber(grammar, number) : numberValue(grammar, words!)) *
            multiplier *
            100,
        ) / 100,
      currency,
      scale: scaleWord ? scaleNames[scaleWord]! : 'satuan',
      index: match.index!,
    })
  }
  return found
}
