import type { Money } from '../model.js'

const SCALES = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 } as const

// Currency written before the number: "$12,5 juta", "Rp 2 miliar", "US$ 5 juta".
const PREFIX_CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:US\$|USD)$/i, 'USD'], [/^(?:A\$|AU\$|AUD)$/i, 'AUD'], [/^(?:S\$|SGD)$/i, 'SGD'], [/^(?:C\$|CAD)$/i, 'CAD'],
  [/^(?:NZ\$|NZD)$/i, 'NZD'], [/^(?:HK\$|HKD)$/i, 'HKD'], [/^(?:Rp\.?|IDR)$/i, 'IDR'], [/^(?:€|EUR)$/i, 'EUR'],
  [/^(?:£|GBP)$/i, 'GBP'], [/^(?:¥|JPY)$/i, 'JPY'], [/^(?:₫|VND)$/i, 'VND'], [/^(?:₩|KRW)$/i, 'KRW'], [/^\$$/, 'USD'],
]

// Currency written after the number: "12,5 juta dolar Australia", "2 miliar rupiah".
const SUFFIX_CURRENCIES: Array<[RegExp, string]> = [
  [/^dol{1,2}ar\s+(?:AS|Amerika(?:\s+Serikat)?)$/i, 'USD'], [/^dol{1,2}ar\s+Australia$/i, 'AUD'],
  [/^dol{1,2}ar\s+Singapura$/i, 'SGD'], [/^dol{1,2}ar\s+Kanada$/i, 'CAD'], [/^dol{1,2}ar\s+Selandia\s+Baru$/i, 'NZD'],
  [/^dol{1,2}ar\s+Hong\s+Kong$/i, 'HKD'], [/^dol{1,2}ar$/i, 'USD'], [/^rupiah$/i, 'IDR'], [/^euro$/i, 'EUR'],
  [/^(?:pound(?:sterling)?|poundsterling)$/i, 'GBP'], [/^yen$/i, 'JPY'], [/^yuan$/i, 'CNY'], [/^won$/i, 'KRW'],
  [/^dong$/i, 'VND'], [/^ringgit$/i, 'MYR'], [/^baht$/i, 'THB'], [/^franc\s+Swiss$/i, 'CHF'],
]

const NUMBER = String.raw`\d+(?:[.,]\d+)*`
const SCALE = String.raw`(?:ribu|juta|miliar|milyar|triliun)`
const PREFIX = String.raw`US\$|USD|A\$|AU\$|AUD|S\$|SGD|C\$|CAD|NZ\$|NZD|HK\$|HKD|Rp\.?|IDR|€|EUR|£|GBP|¥|JPY|₫|VND|₩|KRW|\$`
const SUFFIX = String.raw`dol{1,2}ar(?:\s+(?:AS|Amerika\s+Serikat|Amerika|Australia|Singapura|Kanada|Selandia\s+Baru|Hong\s+Kong))?|rupiah|euro|poundsterling|pound|yen|yuan|won|dong|ringgit|baht|franc\s+Swiss`

/** Matches a money amount in either Indonesian form; groups: prefix, number, scale / number, scale, suffix. */
// "US$ 5 juta per tahun": a rate is part of the amount as written.
const RATE = String.raw`(?:\s+(?:per|setiap|tiap)\s+(?:tahun|bulan|pekan|minggu|hari))?`
export const MONEY_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${PREFIX})\s?(${NUMBER})(?:\s+(${SCALE}))?(?![\p{L}\p{N}])|(${NUMBER})(?:\s+(${SCALE}))?\s+(${SUFFIX})(?![\p{L}\p{N}]))${RATE}`,
  'giu',
)

/** Read an Indonesian number: dots group thousands, a comma is the decimal mark. */
export function parseIndonesianNumber(text: string): number {
  if (text.includes(',')) return Number(text.replace(/\./g, '').replace(',', '.'))
  const groups = text.split('.')
  if (groups.length > 1 && groups.slice(1).every(group => group.length === 3)) return Number(groups.join(''))
  return Number(text)
}

/** Every money amount in a text, with its value, currency and scale. */
export function findMoney(text: string): Array<Money & { index: number }> {
  const found: Array<Money & { index: number }> = []
  for (const match of text.matchAll(MONEY_PATTERN)) {
    const [whole, prefix, prefixNumber, prefixScale, suffixNumber, suffixScale, suffix] = match
    const number = prefixNumber ?? suffixNumber
    const scaleWord = (prefixScale ?? suffixScale)?.toLowerCase() as keyof typeof SCALES | undefined
    const currencyWord = (prefix ?? suffix).replace(/\s+/g, ' ')
    const table = prefix ? PREFIX_CURRENCIES : SUFFIX_CURRENCIES
    const currency = table.find(([pattern]) => pattern.test(currencyWord))?.[1] ?? currencyWord.toUpperCase()
    const multiplier = scaleWord ? SCALES[scaleWord] : 1
    found.push({
      text: whole,
      value: Math.round(parseIndonesianNumber(number) * multiplier * 100) / 100,
      currency,
      scale: scaleWord === 'milyar' ? 'miliar' : scaleWord ?? 'satuan',
      index: match.index!,
    })
  }
  return found
}
