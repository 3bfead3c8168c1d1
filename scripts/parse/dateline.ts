import type { Grammar } from '../lang/grammar.js'

/** The dateline that opens a report: "JAKARTA, KOMPAS.com -", "Bogor (ANTARA) -", "MEDAN, Harian.id –". */
export interface Dateline {
  /** The whole tag, with its separator, as written. */
  text: string
  /** The place, as written ("JAKARTA", "Kota Baru"), when the tag names one. */
  place?: string
  /** A date in the tag, as written ("Senin (4/9/2023)"): the report's date, not necessarily the event's. */
  date?: string
}

// Up to about 70 characters without a verb, ending in a dash: the tag before the story (also a
// hyphen glued to the outlet's domain: "KOTA, Harian.com- …", "KOTA, HARIAN.COM-Kalimat …").
// A hyphen glued to the outlet in brackets, or to a place in capitals, counts too: "KOTA
// (harian.com)-Kalimat …", "KECAMATAN- Kalimat …".
const TAG =
  /^([^\n–—]{2,70}?)\s*(?:--+|–|—|\s-\s|(?<=\.\p{Ll}{2,6})-\s|(?<=\.(?:\p{Ll}{2,6}|\p{Lu}{2,6})|\))-(?=\p{Lu})|(?<=(?:^|\s)\p{Lu}{3,})-\s)\s*/u
// "(KBR) Kalimat …": an outlet's initials in brackets that open the story, with no dash.
const CREDIT = /^\((\p{Lu}{2,8})\)\s+(?=\p{Lu})/u
const OUTLET_BUREAU = /^\p{Lu}{3,6}\s+\p{Lu}\p{Ll}+$/u
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u

/** Read the dateline at the start of a paragraph, if there is one. */
export function readDateline(grammar: Grammar, text: string): Dateline | undefined {
  const { datePart, outletDomain } = grammar.text
  const credit = CREDIT.exec(text)
  if (credit) return { text: credit[0] }
  const match = TAG.exec(text)
  if (!match) return undefined
  // "(Kota Lama, KL) - …": the whole tag in brackets, as some outlets write it.
  const bracketed = /^\(([^()]{2,60})\)$/u.exec(match[1])
  const parts = (bracketed ? bracketed[1]! : match[1]).split(/\s*,\s*/u)
  if (parts.length > 3) return undefined
  let place: string | undefined
  let date: string | undefined
  let outlets = bracketed ? 1 : 0
  for (const part of parts) {
    // "Jakarta (ANTARA)", "26 Mei (Bernama)": a press agency in parentheses after the place or
    // date.
    const agency = /\s*\(([^)]*)\)$/u.exec(part)
    // "Sydney (26/2)": a place with the report's day and month in brackets.
    const dated = /^(\p{Lu}[^()]*?)\s*(\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\))$/u.exec(part)
    if (dated && !datePart.test(part)) {
      date ??= dated[2]
      if (place === undefined) place = dated[1]
      else outlets++
      continue
    }
    const rest = agency && !/\d/u.test(agency[1]) ? part.slice(0, agency.index) : part
    if (rest !== part) outlets++
    if (rest === '') continue
    // "22 Muharram 1437/5 November 2015": a date of another calendar, then the date.
    const afterSlash = rest.slice(rest.lastIndexOf('/') + 1).trim()
    if (datePart.test(rest)) date ??= rest
    else if (/\p{L}/u.test(rest.slice(0, rest.lastIndexOf('/'))) && datePart.test(afterSlash))
      date ??= rest
    else if (outletDomain.test(rest))
      outlets++ // "KOMPAS.com", "Harian.id"
    // "MMC Lama -", "RRI Sapta -": an acronym and a word is an outlet's bureau.
    else if (OUTLET_BUREAU.test(rest)) outlets++
    else if (CAPITALISED.test(rest)) {
      if (place === undefined) place = rest
      else outlets++ // "Jakarta, CNN Indonesia"
    } else return undefined
  }
  // A tag names its outlet or date, or its place in capitals: "Jakarta Raya -" alone is not a tag.
  if (
    outlets === 0 &&
    date === undefined &&
    !(place && place === place.toUpperCase() && /\p{Lu}{3}/u.test(place))
  )
    return undefined
  return { text: match[0], place, date }
}
