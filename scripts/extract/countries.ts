import type { Grammar } from '../lang/grammar.js'

export interface CountryMention {
  name: string
  code: string
  index: number
}

/** The country named exactly at `index` of a text, if any. */
export function countryAt(
  grammar: Grammar,
  text: string,
  index: number,
): CountryMention | undefined {
  const { sticky, names } = grammar.speakers.countries
  sticky.lastIndex = index
  const match = sticky.exec(text)
  if (!match) return undefined
  return { name: match[1]!, code: names.get(match[1]!.replace(/\s+/g, ' '))!, index }
}

/** Find every country named in a text, longest name first at each place. */
export function findCountries(grammar: Grammar, text: string): CountryMention[] {
  const { pattern, names } = grammar.speakers.countries
  const mentions: CountryMention[] = []
  for (const match of text.matchAll(pattern)) {
    const name = match[1]!.replace(/\s+/g, ' ')
    mentions.push({ name: match[1]!, code: names.get(name)!, index: match.index! })
  }
  return mentions
}
