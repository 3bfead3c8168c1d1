import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// The package's main entry registers every language it has (slow to load); take the core and Indonesian only.
const countries = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries')
countries.registerLocale(require('i18n-iso-countries/langs/id.json'))

// Names the Indonesian press uses where they differ from the ISO gazetteer's.
const PRESS_NAMES: Record<string, string[]> = {
  VN: ['Vietnam'],
  // "Presiden RI", "Menlu RI": the Republic of Indonesia.
  ID: ['RI'],
  GB: ['Inggris', 'Britania'],
  CN: ['Tiongkok', 'Cina', 'RRT'],
  US: ['Amerika', 'AS'],
  CZ: ['Ceko'],
  KR: ['Korsel'],
  KP: ['Korut'],
  TL: ['Timor Leste'],
  BN: ['Brunei'],
  PS: ['Palestina'],
  NL: ['Holland'],
  PH: ['Filipina'],
  FR: ['Prancis'],
  LA: ['Laos'],
  IR: ['Iran'],
  RU: ['Rusia', 'Federasi Rusia'],
  SY: ['Suriah'],
  VA: ['Vatikan', 'Takhta Suci'],
  TW: ['Taiwan'],
  MK: ['Makedonia Utara'],
  SZ: ['Eswatini'],
  CI: ['Pantai Gading'],
  CL: ['Chili'],
}

export interface CountryMention {
  name: string
  code: string
  index: number
}

/** Every Indonesian name of a country mapped to its ISO 3166-1 alpha-2 code. */
export function countryNames(): Map<string, string> {
  const names = new Map<string, string>()
  for (const [code, value] of Object.entries(countries.getNames('id', { select: 'all' }))) {
    for (const name of [value].flat()) names.set(name, code)
  }
  for (const [code, list] of Object.entries(PRESS_NAMES)) {
    for (const name of list) names.set(name, code)
  }
  return names
}

const NAMES = countryNames()
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...NAMES.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'gu',
)

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
}

const STICKY = new RegExp(PATTERN.source, 'uy')

/** The country named exactly at `index` of a text, if any. */
export function countryAt(text: string, index: number): CountryMention | undefined {
  STICKY.lastIndex = index
  const match = STICKY.exec(text)
  if (!match) return undefined
  return { name: match[1], code: NAMES.get(match[1].replace(/\s+/g, ' '))!, index }
}

/** Find every country named in a text, longest name first at each place. */
export function findCountries(text: string): CountryMention[] {
  const mentions: CountryMention[] = []
  for (const match of text.matchAll(PATTERN)) {
    const name = match[1].replace(/\s+/g, ' ')
    mentions.push({ name: match[1], code: NAMES.get(name)!, index: match.index! })
  }
  return mentions
}

/** The flag emoji of an ISO 3166-1 alpha-2 code (two regional indicator symbols). */
export function flagEmoji(code: string): string {
  return [...code.toUpperCase()].map(letter => String.fromCodePoint(0x1F1E6 + letter.charCodeAt(0) - 65)).join('')
}
