import type { Grammar } from '../lang/grammar.js'
import { countryAt } from './countries.js'

/** A phrase that names who speaks, as written: "Menteri Luar Negeri Jepang Sari Dewi", "Otieno", "Ia". */
export interface Mention {
  /** The whole phrase, verbatim. */
  text: string
  /** Offsets of the phrase in its sentence. */
  index: number
  end: number
  /** The title of office as written ("Menteri Luar Negeri", "Sekjen"). */
  office?: string
  /** The person's name as written. */
  name?: string
  /** A short name given in parentheses after the name: "Ani Rahmawati (Anira)". */
  alias?: string
  /** The country named in the phrase, as written, with its ISO code. */
  country?: { name: string; code: string }
  /** The organisation named in the phrase, as written ("PBB", "Kementerian Luar Negeri Malaysia"). */
  organisation?: string
  kind: 'person' | 'organisation' | 'country' | 'pronoun'
}

// "(Afrika Timur)", "(AS)": a parenthetical inside the phrase.
const PARENTHETICAL = /\s*\([^()]{1,40}\)/uy
// Right after the title's head, only a short form: "Wakil Presiden (Wapres) Nama", not "(kiri)".
const SHORT_FORM = /\s*\(\p{Lu}[^()]{0,39}\)/uy
// A short name in brackets: "(Anira)", "(Pak Sapta)".
const SHORT_NAME = /^\(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\)$/u
// An acronym: "PBB", "DPR", "RI", "ASEAN", "BUMN", "G20".
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]+$/u

interface Token {
  text: string
  index: number
  end: number
}

/** Capitalised words (with joiners and parentheticals) from `from`, up to `max` words. */
// A year between capitalised words of a title: " 2022" before "H. Nama".
const YEAR_TOKEN = /\s+((?:19|20)\d\d)(?=\s+\p{Lu})/uy

function capitalisedRun(
  grammar: Grammar,
  text: string,
  from: number,
  max: number,
  leadingJoiner = false,
  list = false,
  afterTitle = false,
): Token[] {
  const {
    joiner: JOINER,
    isAnd,
    field: FIELD,
    officeHeadAt,
    capitalised: CAPITALISED,
    holderNumber: ORDINAL_TOKEN,
    isJoiner,
  } = grammar.speakers
  const tokens: Token[] = []
  let at = from
  // Inside a list of the title's fields, "dan" joins its last field; a list that no "dan" closes is
  // not the title's (it is given back).
  let listed = false
  let listFrom = -1
  let closed = false
  while (tokens.length < max) {
    const bracket = tokens.length > 0 ? PARENTHETICAL : afterTitle ? SHORT_FORM : undefined
    if (bracket) bracket.lastIndex = at
    const parenthetical = bracket?.exec(text)
    if (parenthetical) {
      tokens.push({
        text: parenthetical[0].trim(),
        index: at + parenthetical[0].indexOf('('),
        end: at + parenthetical[0].length,
      })
      at += parenthetical[0].length
      continue
    }
    // A comma inside a list of the title's fields goes on: "… Bidang Pangan, Air, dan …".
    if (
      list &&
      tokens.length > 0 &&
      text[at] === ',' &&
      grammar.speakers.listGoesOn.test(text.slice(at + 1))
    ) {
      if (!listed) listFrom = tokens.length
      tokens.push({ text: ',', index: at, end: at + 1 })
      at += 1
      listed = true
      continue
    }
    JOINER.lastIndex = at
    let joiner = tokens.length > 0 || leadingJoiner ? JOINER.exec(text) : null
    // ("Menteri dan Gubernur …": "dan" right after a title joins two people, never the title's words.)
    if (joiner && afterTitle && tokens.length === 0 && isAnd.test(joiner[0])) joiner = null
    // "Komunikasi dan Informatika" joins the words of a title; "Otieno dan Kanselir …" joins two
    // people.
    const joined = joiner && /^\s*(\S+)/u.exec(text.slice(at + joiner[0].length))![1]!
    if (
      joiner &&
      isAnd.test(joiner[0]) &&
      !listed &&
      !FIELD.has(joined!.toLowerCase()) &&
      !grammar.speakers.fieldLike.test(joined!)
    )
      joiner = null
    if (joiner && officeHeadAt.test(text.slice(at + joiner[0].length).trimStart())) joiner = null
    const start = joiner ? at + joiner[0].length : at
    CAPITALISED.lastIndex = start
    ORDINAL_TOKEN.lastIndex = start
    const lowerField = grammar.speakers.lowerField
    lowerField.lastIndex = start
    YEAR_TOKEN.lastIndex = start
    const word =
      CAPITALISED.exec(text) ??
      (tokens.length === 0 ? ORDINAL_TOKEN.exec(text) : null) ??
      (tokens.length === 0 && afterTitle ? lowerField.exec(text) : null) ??
      // "Ketua Panitia Sapta Expo 2022 H. Nama": an event's year inside the title.
      (tokens.length > 0 &&
      afterTitle &&
      !joiner &&
      grammar.cover.eventStart.test(tokens.at(-1)!.text)
        ? YEAR_TOKEN.exec(text)
        : null)
    if (!word) break
    const clean = word[1].replace(/[.,]$/u, '')
    // "Nama Senin (1/5) menyebut …": a weekday with its date ends the name.
    if (
      tokens.length > 0 &&
      grammar.speakers.notAName.has(clean) &&
      /^\s*\(\d/u.test(text.slice(start + word[0].length))
    )
      break
    if (joiner) {
      tokens.push({ text: joiner[0].trim(), index: at + joiner[0].search(/\S/u), end: start })
      if (listed && isAnd.test(joiner[0])) closed = true
    }
    tokens.push({
      text: clean,
      index: start + word[0].length - word[1].length,
      end: start + word[0].length - word[1].length + clean.length,
    })
    at = tokens.at(-1)!.end
    // A full stop or comma ends the run, except after an honorific ("H. Wahyu", "Dr. Ani"), whose
    // full stop the run steps over.
    // So does an initial before the rest of a name ("Budi S. Rahman").
    const honorific =
      word[1]!.endsWith('.') &&
      (grammar.text.honorifics.has(clean) ||
        (/^\p{Lu}$/u.test(clean) && /^\.\s+\p{Lu}\p{Ll}/u.test(text.slice(at))))
    if (clean !== word[1] && !honorific) break
    if (honorific) at += 1
  }
  if (listed && !closed) tokens.length = listFrom
  // A run never ends on a joiner.
  while (tokens.length > 0 && isJoiner.test(tokens.at(-1)!.text)) tokens.pop()
  return tokens
}

/** "Budi Utama": the last of two or more words of a name may be a field word that also ends names. */
function endsName(grammar: Grammar, words: readonly string[], at: number): boolean {
  return at > 0 && at === words.length - 1 && grammar.speakers.fieldWordsInNames.has(words[at]!)
}

function isFieldWord(grammar: Grammar, token: string): boolean {
  return (
    grammar.speakers.field.has(token.toLowerCase()) ||
    ACRONYM.test(token) ||
    /^\(/u.test(token) ||
    // "Covid-19", "G20": a word with a figure in it is never a name; nor is "Se-Wilayah" (all of it).
    /\p{N}/u.test(token) ||
    /^[Ss]e-\p{Lu}/u.test(token) ||
    token.includes('/') ||
    grammar.speakers.fieldLike.test(token)
  )
}

/**
 * Read the speaker phrase that starts exactly at `index`, if one does: a pronoun, a title of office
 * (with its field, a country or organisation, and a name), an organisation, a country, or a name.
 */
export function mentionAt(grammar: Grammar, text: string, index: number): Mention | undefined {
  const {
    pronoun: PRONOUN,
    officeHead: OFFICE_HEAD,
    organisationHead: ORGANISATION_HEAD,
    countryGroup,
    firstWord: FIRST_WORD,
    notAName,
    isNameJoiner,
  } = grammar.speakers
  PRONOUN.lastIndex = index
  const pronoun = PRONOUN.exec(text)
  if (pronoun) return { text: pronoun[0], index, end: index + pronoun[0].length, kind: 'pronoun' }

  // "Mantan Menlu Nama": a title held before is the office, as written; the name is the name.
  // Without a name ("kata mantan Panglima X itu") it is an epithet for someone named before.
  const former = grammar.speakers.formerTitle
  former.lastIndex = index
  const earlier = former.exec(text)
  if (earlier) {
    OFFICE_HEAD.lastIndex = index + earlier[0].length
    const held = OFFICE_HEAD.test(text) && mentionAt(grammar, text, index + earlier[0].length)
    if (
      held &&
      held.kind === 'person' &&
      held.office &&
      held.name &&
      held.index === index + earlier[0].length
    )
      return {
        ...held,
        text: text.slice(index, held.end),
        index,
        office: `${earlier[0]}${held.office}`,
      }
  }
  OFFICE_HEAD.lastIndex = index
  const head = OFFICE_HEAD.exec(text)
  if (head)
    return representative(
      grammar,
      text,
      concurrentOffice(
        grammar,
        text,
        appositiveName(grammar, text, officeMention(grammar, text, index, head[0])),
      ),
    )

  ORGANISATION_HEAD.lastIndex = index
  const organisation = ORGANISATION_HEAD.exec(text)
  if (organisation) {
    const run = capitalisedRun(grammar, text, index + organisation[0].length, 6, true)
    // "Bank", "Badan" alone name no organisation; an acronym ("IMF", "PBB") or a name of several
    // words ("Uni Eropa") does.
    if (run.length === 0 && !ACRONYM.test(organisation[0]) && !/\s/u.test(organisation[0]))
      return undefined
    const end = run.at(-1)?.end ?? index + organisation[0].length
    const phrase = text.slice(index, end)
    const country = run.map(token => countryAt(grammar, text, token.index)).find(Boolean)
    // "Fraksi X melalui Ani Rahma …": the body speaks through a person, who is the speaker.
    const through = grammar.speakers.through.exec(text.slice(end))
    const person = through && mentionAt(grammar, text, end + through[0].length)
    if (person?.kind === 'person' && person.name)
      return {
        ...person,
        text: text.slice(index, person.end),
        index,
        organisation: phrase,
        ...(country ? { country: { name: country.name, code: country.code } } : {}),
      }
    return {
      text: phrase,
      index,
      end,
      organisation: phrase,
      kind: 'organisation',
      ...(country ? { country: { name: country.name, code: country.code } } : {}),
    }
  }

  // "Negara-negara maju": a group of countries acts together.
  const group = countryGroup.exec(text.slice(index))
  if (group)
    return {
      text: group[0],
      index,
      end: index + group[0].length,
      organisation: group[0],
      kind: 'organisation',
    }

  const country = countryAt(grammar, text, index)
  if (country) {
    const end = index + country.name.length
    // "Jepang Sari" is no country; a country stands alone before its verb.
    if (!/^\s+\p{Lu}/u.test(text.slice(end)) || /^\s+(?:[A-Z]{2,})\b/u.test(text.slice(end))) {
      return {
        text: country.name,
        index,
        end,
        country: { name: country.name, code: country.code },
        kind: 'country',
      }
    }
  }

  // "dr. Ani Rahma": a physician's honorific, in lower case, is part of the mention and the name.
  const lower = grammar.text.lowerHonorific.exec(text.slice(index))
  if (lower) {
    const person = mentionAt(grammar, text, index + lower[0].length)
    return person?.kind === 'person' && person.name && !person.office
      ? {
          ...person,
          text: text.slice(index, person.end),
          index,
          name: text.slice(index, person.end),
        }
      : undefined
  }
  if (!/^\p{Lu}/u.test(text.slice(index))) return undefined
  // "Irjen Pol Budi Santoso": a rank before a name is part of the mention, not of the name.
  const rank = grammar.speakers.rankPrefix.exec(text.slice(index))
  if (rank) {
    const person = mentionAt(grammar, text, index + rank[0].length)
    return person?.kind === 'person' && person.name && !person.office
      ? { ...person, text: text.slice(index, person.end), index }
      : undefined
  }
  // "Kabadan Sapta Marsdya Budi Santoso": words the office list does not know, then a rank and a
  // name. The press puts a title before a rank, so those words are the holder's office.
  const titled = untitledRank(grammar, text, index)
  if (titled) return titled
  // "H. Budi Santoso": an honorific with its full stop before a name is part of the mention (also
  // when the page lost the space: "H.Budi Santoso").
  // ("DR. Hj. Ani": a page may write the honorific in capitals.)
  // ("H Budi Santoso": the press may leave the full stop out.)
  const honorific = /^(\p{Lu}[\p{Ll}\p{Lu}]{0,3})(?:\.\s*|\s+)(?=\p{Lu}[\p{Ll}\p{Lu}])/u.exec(
    text.slice(index),
  )
  const mark = honorific?.[1]
  if (
    mark &&
    (grammar.text.honorifics.has(mark) ||
      grammar.text.honorifics.has(mark.charAt(0) + mark.slice(1).toLowerCase()))
  ) {
    const person = mentionAt(grammar, text, index + honorific[0].length)
    // ("H. Budi Santoso Bupati Sapta": the name first, then its office.)
    const first = person?.name !== undefined && text.startsWith(person.name, person.index)
    if (person?.kind === 'person' && person.name && (!person.office || first))
      return {
        ...person,
        text: text.slice(index, person.end),
        index,
        name: text.slice(index, person.office ? person.index + person.name.length : person.end),
      }
    return undefined
  }
  FIRST_WORD.lastIndex = index
  const word = FIRST_WORD.exec(text)
  if (!word || notAName.has(word[0].replace(/[.,]$/u, ''))) return undefined
  const rest = capitalisedRun(grammar, text, index + word[0].length, 3).filter(
    token => !token.text.startsWith('(') && !isNameJoiner.test(token.text),
  )
  const tokens = [
    {
      text: word[0].replace(/[.,]$/u, ''),
      index,
      end: index + word[0].replace(/[.,]$/u, '').length,
    },
    ...rest,
  ]
  // Names are not titles, fields or acronyms: "Negara-negara", "PBB" are not people.
  const words = tokens.map(token => token.text)
  const plain = (at: number): boolean =>
    (!isFieldWord(grammar, tokens[at]!.text) || endsName(grammar, words, at)) &&
    !countryAt(grammar, text, tokens[at]!.index)
  // ("Dadang M. Rahman": a middle initial is part of the name when a name's word follows it.)
  const namePart = (at: number): boolean =>
    plain(at) &&
    (grammar.speakers.namePart.test(tokens[at]!.text) ||
      (/^\p{Lu}$/u.test(tokens[at]!.text) &&
        at + 1 < tokens.length &&
        plain(at + 1) &&
        grammar.speakers.namePart.test(tokens[at + 1]!.text)))
  let count = 0
  while (count < tokens.length && namePart(count)) count++
  if (count === 0) return undefined
  // "Budi Santoso Bupati Sapta mengatakan …": a full name, then a title of office without a comma
  // between them, is the office's holder; the title is no part of the name.
  const title = tokens.findIndex(
    (token, at) =>
      at >= 2 && at <= count && grammar.speakers.officeHeadAt.test(text.slice(token.index)),
  )
  if (title >= 2) {
    const office = mentionAt(grammar, text, tokens[title]!.index)
    const name = text.slice(index, tokens[title - 1]!.end)
    // ("Bupati Sapta" after a name: the one word after a regional title is its region.)
    const region = office !== undefined && regionAsName(grammar, office)
    if (office?.kind === 'person' && office.office && (!office.name || region))
      return {
        ...office,
        ...(region ? { office: office.text } : {}),
        text: text.slice(index, office.end),
        index,
        name,
      }
  }
  const end = tokens[count - 1].end
  const name = text.slice(index, end)
  return { text: name, index, end, name, kind: 'person' }
}

/** At most this many capitalised words of an unknown title stand before a rank, in so many characters. */
const UNKNOWN_TITLE_WORDS = 3
const UNKNOWN_TITLE_REACH = 80

/**
 * "Kabadan Sapta Marsdya Budi Santoso": up to three capitalised words that are no function word,
 * weekday or country, right before a rank and a name, as the holder's office; undefined otherwise.
 */
function untitledRank(grammar: Grammar, text: string, index: number): Mention | undefined {
  const words = [
    ...text.slice(index, index + UNKNOWN_TITLE_REACH).matchAll(/\p{Lu}[\p{L}]*(?=\s)/gu),
  ]
  let end = index
  for (const [count, word] of words.entries()) {
    if (count >= UNKNOWN_TITLE_WORDS || index + word.index! !== end) break
    const bare = word[0]
    if (
      grammar.speakers.notAName.has(bare) ||
      grammar.speakers.functionWords.has(bare) ||
      countryAt(grammar, text, index + word.index!)
    )
      return undefined
    end = index + word.index! + bare.length
    const after = /^\s+/u.exec(text.slice(end))
    if (!after) return undefined
    const rankAt = end + after[0].length
    if (!grammar.speakers.rankPrefix.test(text.slice(rankAt))) {
      end = rankAt
      continue
    }
    const person = mentionAt(grammar, text, rankAt)
    if (person?.kind !== 'person' || !person.name || person.office) return undefined
    return {
      ...person,
      text: text.slice(index, person.end),
      index,
      office: text.slice(index, index + word.index! + bare.length),
    }
  }
  return undefined
}

/**
 * Whether the one word read as the name after a regional title ("Bupati Sapta", "Wali Kota Sapta")
 * may be its region: a name set off after it, or before it, says so.
 */
function regionAsName(grammar: Grammar, office: Mention): boolean {
  // "Kepala Dinas Kabupaten Sapta, Ani Rahma": after a word for a kind of region, whatever the
  // title, the one word is the region's name.
  const last = (office.office ?? '').split(' ').at(-1) ?? ''
  return (
    office.name !== undefined &&
    !/\s/u.test(office.name) &&
    (grammar.speakers.regional.test(regionalTitle(grammar, office)) ||
      grammar.speakers.regionKinds.has(last)) &&
    office.text.endsWith(office.name)
  )
}

// "Bupati Kepulauan Sapta": a word that opens a region's name ("Kepulauan", "Kabupaten") is read
// into the title; the title is what comes before it.
function regionalTitle(grammar: Grammar, office: Mention): string {
  const title = (office.office ?? '').split(' ')
  while (
    title.length > 1 &&
    !grammar.speakers.regional.test(title.join(' ')) &&
    grammar.speakers.regionKinds.has(title.at(-1)!)
  )
    title.pop()
  return title.join(' ')
}

/**
 * "Menteri Koordinator Bidang X (Menko X), Ani Rahma": a title of office set off from the name by a
 * comma is one mention, the title as written (with its short form) and the name.
 */
/** How far after a title a name set off by commas may end. */
const SET_OFF_REACH = 120

function appositiveName(grammar: Grammar, text: string, office: Mention): Mention {
  if (!office.office) return office
  // "Wali Kota Sapta, Ani Rahma, …": the one word after a regional title was its region, not a
  // name, when a name is set off after it.
  const region = regionAsName(grammar, office)
  // "Kepala Bakorwil Sapta, Budi Santoso, dalam laporannya …": a full name set off by commas on
  // both sides after the title says the words before it were the office's body, not a name. (Not
  // in a list: "Menteri Sari Dewi, Budi Santoso, dan …".) Looked at only when the words after the
  // comma are followed by a comma and a lower-case word: reading the mention after every named
  // title would read a list of officials again from each of its names.
  const maySetOff =
    office.name !== undefined &&
    grammar.speakers.setOffName.test(text.slice(office.end, office.end + SET_OFF_REACH))
  // "Kepala Kepolisian Daerah (Kapolda) Sapta, Irjen Pol Budi Santoso": one word after the title's
  // short form, then a person's full name set off by a comma: the word was the title's region.
  const afterShortForm =
    office.name !== undefined && !/\s/u.test(office.name) && /\)\s+\S+$/u.test(office.text)
  if (office.name && !region && !maySetOff && !afterShortForm) return office
  const comma = grammar.speakers.titleThenName.exec(text.slice(office.end))
  const person = comma && mentionAt(grammar, text, office.end + comma[0].length)
  const shortFormRegion =
    afterShortForm &&
    person?.kind === 'person' &&
    person.name !== undefined &&
    !person.office &&
    !person.organisation &&
    person.name.split(/\s+/u).length >= 2
  if (afterShortForm && !region && !maySetOff && !shortFormRegion) return office
  // "…, Budi Santoso (BS), membuka …": the short name in brackets is the person's.
  const aliasBracket = person ? /^\s*\((\p{Lu}[\p{L}]{1,15})\)/u.exec(text.slice(person.end)) : null
  const afterPerson = (person?.end ?? 0) + (aliasBracket?.[0].length ?? 0)
  const setOff =
    maySetOff &&
    person?.kind === 'person' &&
    person.name !== undefined &&
    !person.office &&
    !person.organisation &&
    person.name.split(/\s+/u).length >= 2 &&
    grammar.speakers.setOffAfter.test(text.slice(afterPerson))
  if (office.name && !region && !setOff && !shortFormRegion) return office
  if (person?.kind !== 'person' || !person.name || person.office || person.organisation) {
    // "Bupati Kabupaten Sapta" with no name set off after it: the office alone, its region
    // written out.
    return region && regionalTitle(grammar, office) !== office.office
      ? { ...office, office: office.text, name: undefined }
      : office
  }
  return {
    ...office,
    ...(region || setOff || shortFormRegion ? { office: office.text } : {}),
    // (The short name in brackets is written with the name: "…, Budi Santoso (BS)".)
    text: text.slice(office.index, setOff && aliasBracket ? afterPerson : person.end),
    end: setOff && aliasBracket ? afterPerson : person.end,
    name: person.name,
    ...(person.alias || aliasBracket ? { alias: person.alias ?? aliasBracket![1] } : {}),
  }
}

/**
 * "Bupati diwakili Plt Sekda, Nama, mengatakan …": the one who stands in
 * for the title is the one who speaks; the mention is theirs.
 */
function representative(grammar: Grammar, text: string, office: Mention): Mention {
  const by = grammar.speakers.representedBy.exec(text.slice(office.end))
  if (!by) return office
  const person = mentionAt(grammar, text, office.end + by[0].length)
  return person?.kind === 'person' && (person.name || person.office) ? person : office
}

/**
 * "Menteri Koordinator Bidang X sekaligus Ketua Komite Y Ani Rahma": a title with no name, joined to a
 * second title of the same person, is one mention; the name is the second title's.
 */
function concurrentOffice(grammar: Grammar, text: string, office: Mention): Mention {
  if (office.name || !office.office) return office
  const joined = grammar.speakers.concurrently.exec(text.slice(office.end))
  if (!joined) return office
  const second = mentionAt(grammar, text, office.end + joined[0].length)
  if (second?.kind !== 'person' || !second.name) return office
  return {
    ...second,
    ...(office.country ? { country: office.country } : {}),
    ...(office.organisation ? { organisation: office.organisation } : {}),
    text: text.slice(office.index, second.end),
    index: office.index,
    office: office.office,
  }
}

/** A title of office and what follows it: field words, a country or organisation, a name. */
function officeMention(grammar: Grammar, text: string, index: number, head: string): Mention {
  // ("Menteri untuk Urusan Sapta …", "Utusan Khusus untuk Lamoria …": a joiner may follow the head.)
  const tokens = capitalisedRun(grammar, text, index + head.length, 20, true, true, true)
  // "Direktur Jenderal Pos dan Informatika, Ani Rahma": the words after "dan" are the title's too when
  // a name follows them after a comma.
  const andField =
    tokens.length > 0 && grammar.speakers.andField.exec(text.slice(tokens.at(-1)!.end))
  if (andField) {
    const from = tokens.at(-1)!.end
    for (const word of andField[0].matchAll(/\S+/gu))
      tokens.push({
        text: word[0],
        index: from + word.index!,
        end: from + word.index! + word[0].length,
      })
  }
  const isField = (token: string): boolean => isFieldWord(grammar, token)
  // "Menteri Ani Rahmawati (Anira)", "… (Pak Sapta)": a parenthetical of up to three capitalised
  // words after the name is the short name; any other parenthetical at the end belongs to what
  // follows.
  let alias: string | undefined
  const last = tokens.at(-1)
  if (
    last?.text.startsWith('(') &&
    !(SHORT_NAME.test(last.text) && tokens.length >= 2 && !isField(tokens.at(-2)!.text))
  )
    tokens.pop()
  // ("Bupati X Drs. H. Budi M. Santoso (HBS)": letters that are the initials of the words before, in
  // order, are the person's short name; "(KKP)" after a ministry's field words is not.)
  const initials = (short: string): boolean => {
    // (Only the words after the title's last field word: "Dinas Penanaman Modal … (DPMPTSP)" is a
    // body's acronym.)
    const words = tokens.slice(0, -1)
    const lastField = words.findLastIndex(token => isField(token.text))
    const letters = words.slice(lastField + 1).map(token => token.text.charAt(0))
    if (short.length > 4) return false
    let at = 0
    for (const letter of short) {
      at = letters.indexOf(letter, at)
      if (at < 0) return false
      at++
    }
    return tokens.at(-2)!.text.startsWith(short.at(-1)!)
  }
  if (
    last &&
    SHORT_NAME.test(last.text) &&
    tokens.length >= 2 &&
    !isField(tokens.at(-2)!.text) &&
    (!ACRONYM.test(last.text.slice(1, -1)) || initials(last.text.slice(1, -1)))
  ) {
    alias = last.text.slice(1, -1)
    tokens.pop()
  }
  // The name is the run of capitalised words at the end that are neither field words, acronyms nor
  // a country; after a regional title the first word is the region.
  // ("Gubernur Provinsi Sapta Nama": a kind of region first, then the region's name.)
  const regionWords =
    grammar.speakers.regional.test(head) && tokens.length >= 2
      ? tokens.length >= 3 && grammar.speakers.regionKinds.has(tokens[0]!.text)
        ? 2
        : 1
      : 0
  let nameFrom = tokens.length
  while (
    nameFrom > regionWords &&
    !isField(tokens[nameFrom - 1]!.text) &&
    !countryAt(grammar, text, tokens[nameFrom - 1]!.index) &&
    !countryEndsAt(grammar, text, tokens, nameFrom - 1)
  )
    nameFrom--
  // ("Ani von der Rahma": a foreign name's joiner and the word before it are the name's.)
  while (
    nameFrom >= 2 &&
    nameFrom < tokens.length &&
    grammar.speakers.isForeignJoiner.test(tokens[nameFrom - 1]!.text) &&
    !isField(tokens[nameFrom - 2]!.text)
  )
    nameFrom -= 2
  // "Kapolda Jenderal Budi Chad": a country's name after a word of a name (never a title's
  // field) is the surname; the country of a title stands before the name.
  if (
    nameFrom === tokens.length &&
    tokens.length >= 3 &&
    countryAt(grammar, text, tokens.at(-1)!.index)?.name === tokens.at(-1)!.text &&
    !isField(tokens.at(-2)!.text) &&
    !countryAt(grammar, text, tokens.at(-2)!.index) &&
    !countryEndsAt(grammar, text, tokens, tokens.length - 2) &&
    !grammar.speakers.officeWords.has(tokens.at(-2)!.text)
  ) {
    nameFrom = tokens.length - 1
    while (
      nameFrom - 1 > regionWords &&
      !isField(tokens[nameFrom - 1]!.text) &&
      !countryAt(grammar, text, tokens[nameFrom - 1]!.index) &&
      !grammar.speakers.officeWords.has(tokens[nameFrom - 1]!.text)
    )
      nameFrom--
  }
  // "Ketua DPRD Sapta H. Budi Santoso": an honorific inside what reads as the name opens it; the
  // words before it are the title's (its region or body).
  // (Right after a body's acronym or a field word and one more word: "DPRD Sapta H. …", not the
  // initial inside "Budi H. Santoso".)
  const honorificAt = nameFrom + 1
  if (
    honorificAt >= 2 &&
    honorificAt < tokens.length - 1 &&
    grammar.text.honorifics.has(tokens[honorificAt]!.text) &&
    !grammar.text.honorifics.has(tokens[nameFrom]!.text) &&
    isField(tokens[nameFrom - 1]!.text)
  )
    nameFrom = honorificAt
  // (At most four words of a name, besides the honorifics before them: "Drs. H. Budi M. Santoso".)
  if (tokens.length - nameFrom > 4) {
    let from = tokens.length - 4
    while (from > nameFrom && grammar.text.honorifics.has(tokens[from - 1]!.text)) from--
    nameFrom = from
  }
  const titleTokens = tokens.slice(0, nameFrom)
  const nameTokens = tokens.slice(nameFrom)
  let country: Mention['country']
  let organisation: string | undefined
  for (const token of titleTokens) {
    const place = countryAt(grammar, text, token.index)
    if (place && !country) country = { name: place.name, code: place.code }
    else if (ACRONYM.test(token.text) && !organisation && !place) organisation = token.text
  }
  const officeEnd = titleTokens.at(-1)?.end ?? index + head.length
  const officeText = text.slice(index, officeEnd)
  // "Menteri Luar Negeri RI, Sari Dewi": a name set off by a comma after the title. After brackets
  // ("Sekretaris Provinsi (Sekprov), Nama"), the brackets were the title's short form, no name's.
  const bracket = /^\s*\([^()]{1,40}\)/u.exec(text.slice(officeEnd))
  const appositionFrom =
    nameTokens.length === 0 && bracket ? officeEnd + bracket[0].length : officeEnd
  if (nameTokens.length === 0) {
    const apposition = grammar.speakers.appositiveName.exec(text.slice(appositionFrom))
    // "Kapolda X, Irjen Pol Nama": the ranks before the name are the mention's, not the name's.
    const written = apposition?.[1] ?? ''
    const rank = grammar.speakers.rankPrefix.exec(written)?.[0] ?? ''
    const name = written.slice(rank.length)
    if (
      apposition &&
      name &&
      !name
        .split(/\s+/u)
        .some(
          (word, at, words) =>
            (isField(word) && !endsName(grammar, words, at)) || grammar.speakers.notAName.has(word),
        )
    ) {
      const nameIndex = appositionFrom + apposition[0].length - written.length + rank.length
      alias = undefined
      nameTokens.push({
        text: name,
        index: nameIndex,
        end: nameIndex + name.length,
      })
    }
  }
  // "Bupati X Hj": an honorific alone is no name; the title stands without one.
  if (nameTokens.every(token => grammar.text.honorifics.has(token.text.replace(/\.$/u, ''))))
    nameTokens.length = 0
  const end = alias ? last!.end : (nameTokens.at(-1)?.end ?? officeEnd)
  // The office as written up to the country: "Menteri Luar Negeri" in "Menteri Luar Negeri Jepang".
  const countryAt0 = country ? officeText.indexOf(country.name) : -1
  const office = (countryAt0 > 0 ? officeText.slice(0, countryAt0) : officeText)
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .trim()
  return {
    text: text.slice(index, end),
    index,
    end,
    office,
    ...(nameTokens.length > 0
      ? { name: text.slice(nameTokens[0].index, nameTokens.at(-1)!.end) }
      : {}),
    ...(alias ? { alias } : {}),
    ...(country ? { country } : {}),
    ...(organisation ? { organisation } : {}),
    kind: 'person',
  }
}

// A token that ends a multi-word country ("Selatan" in "Korea Selatan") belongs to the country.
function countryEndsAt(grammar: Grammar, text: string, tokens: Token[], at: number): boolean {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    const place = countryAt(grammar, text, tokens[from]!.index)
    if (place && tokens[from].index + place.name.length >= tokens[at].end) return true
  }
  return false
}
