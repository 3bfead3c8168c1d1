// The regular expressions of the grammar, built from a Language in one place and kept: the parser
// and the extractors read them from here (through their context), never from words of their own.
import { createRequire } from 'node:module'
import { escapeRegExp, phrasePattern } from './escape.js'
import { ID } from './id.js'
import type { CountRole, Language } from './types.js'

/** Escape a word list into a regular-expression alternation (spaces match any run of white space). */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|')
}

/** The words as written, and each with a capital first letter (at the start of a sentence). */
function withCapitals(words: readonly string[]): string[] {
  return [...words, ...words.map(word => word.charAt(0).toUpperCase() + word.slice(1))]
}

const require = createRequire(import.meta.url)

/** Every name of a country in the language (the ISO gazetteer's and the press's own), with its ISO 3166-1 alpha-2 code. */
function countryNames(language: Language): Map<string, string> {
  // The package's main entry registers every language it has (slow to load): the core and this
  // language only.
  const countries = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries')
  countries.registerLocale(
    require(`i18n-iso-countries/langs/${language.speakers.countryLocale}.json`),
  )
  const names = new Map<string, string>()
  for (const [code, value] of Object.entries(
    countries.getNames(language.speakers.countryLocale, { select: 'all' }),
  )) {
    for (const name of [value].flat()) names.set(name, code)
  }
  for (const [code, list] of Object.entries(language.speakers.pressCountryNames)) {
    for (const name of list) names.set(name, code)
  }
  return names
}

function countryPatterns(language: Language) {
  const names = countryNames(language)
  const source = `(?<![\\p{L}\\p{N}-])(${[...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`
  return { names, pattern: new RegExp(source, 'gu'), sticky: new RegExp(source, 'uy') }
}

/** The grammar of one language: its words, and the patterns made of them. */
export type Grammar = ReturnType<typeof build>

function build(language: Language) {
  const {
    text,
    numbers,
    money,
    speakers,
    attribution,
    points,
    counts,
    figures,
    pledges,
    cover,
    outcomes,
  } = language
  const weekday = alternation(text.weekdays)
  const month = alternation(text.months)
  const weekdayLower = alternation(text.weekdays.map(day => day.toLowerCase()))
  // A lower-case word inside a foreign place's name, before a capitalised one: "Kota de Lama".
  const placeJoiners = `(?:${alternation(cover.placeJoiners)})`
  const monthLower = alternation(text.months.map(name => name.toLowerCase()))
  const units = alternation(numbers.units)
  const numberWords = numbers.units.join('|')
  const retired = alternation(speakers.retiredMarks)
  // An academic degree as the press abbreviates it: "S.STP.", "M.Si.", "S.H", "M.Pd".
  const degree = String.raw`\p{Lu}\.\s?\p{Lu}[\p{L}]{0,3}\.?(?:\s?\p{Lu}[\p{L}]{0,3}\.?)?`
  const ordinalTail = speakers.ordinals
    .slice(1)
    .map(word => word.slice(points.ordinalPrefix.length))
    .join('|')
  const ordinal = `${speakers.ordinals[0]}|${points.ordinalPrefix}-?(?:${ordinalTail})|${points.last}`
  // ("Yang ketiga …": an ordinal after a lead word is in lower case.)
  const ordinalAfterLead = `${speakers.ordinals[0]!.toLowerCase()}|${points.ordinalPrefix.toLowerCase()}-?(?:${ordinalTail})|${points.last.toLowerCase()}`
  const copulas = alternation(points.ordinalLinks.filter(link => points.copulas.includes(link)))
  const topics = alternation(points.ordinalLinks.filter(link => !points.copulas.includes(link)))
  const lastItem = points.lastItem.join('|')
  const runOpeners = points.runOpeners.join('|')
  const itemOpeners = points.itemOpeners.join('|')
  const reporting = alternation(attribution.reportingVerbs)
  const complementizer = String.raw`\b(?:${attribution.complementizers.join('|')})\s+`
  const capitalisedReporting = alternation(
    attribution.reportingVerbs.map(verb => verb.charAt(0).toUpperCase() + verb.slice(1)),
  )
  // A title of office as written, its later words also in lower case: "Juru bicara", "Wakil ketua".
  const officeHeads = [...speakers.officeHeads]
    .sort((a, b) => b.length - a.length)
    .map(head =>
      head
        .split(' ')
        .map((word, index) => {
          const escaped = escapeRegExp(word)
          const first = word.charAt(0)
          return index > 0 &&
            first !== first.toLowerCase() &&
            word.slice(1) === word.slice(1).toLowerCase()
            ? `[${first}${first.toLowerCase()}]${escaped.slice(1)}`
            : escaped
        })
        .join(String.raw`\s+`),
    )
    .join('|')
  const trailing = alternation(attribution.trailingVerbs)
  // "…,” demikian kata X": a word that may stand before the trailing verb.
  const trailingLead = String.raw`(?:(?:${alternation(withCapitals(attribution.trailingLeads))})\s+)?`
  const openers = alternation(attribution.sentenceOpeners)
  // A theme or title after its words, as written: quoted, in single quotes, or capitalised up to
  // its end ("bertema "…"", "berjudul: …").
  const themeAfter = (words: string[]): RegExp =>
    new RegExp(
      String.raw`(?<![\p{L}])(?:${alternation(withCapitals(words))})\s*:?\s*(?:\\?["“](?<quoted>[^"“”\\]{3,240})\\?["”]|['‘](?<single>[^'‘’"“”\\]{3,240})['’]|(?<plain>\p{Lu}[^,.;:"“”]{2,160}?)(?=\s+(?:${alternation(cover.themeEnds.filter(word => !cover.themeEndsUnlessTitled.includes(word)))})(?![\p{L}])|\s+(?:${alternation(cover.themeEndsUnlessTitled)})(?![\p{L}])(?!\s+\p{Lu}\p{Ll})|[,.;]|$))`,
      'u',
    )
  const demonstratives = speakers.demonstratives.join('|')
  const moneyScale = `(?:${Object.keys(money.scales).join('|')})`
  const suffixCurrencies = money.suffixes
    .map(([pattern]) =>
      pattern.replace(/^pound\(\?:sterling\)\?\|poundsterling$/u, 'poundsterling|pound'),
    )
    .join('|')
  const numberInWords = String.raw`(?:(?:${numbers.onePrefix}|${units})\s*(?:${numbers.startScales.join('|')})(?:\s+(?:${units})\s+${numbers.tens})?(?:\s+(?:${units}))?|(?:${units})\s+${numbers.tens}(?:\s+(?:${units}))?|(?:${units})\s+${numbers.teen}|${Object.keys(numbers.specials).join('|')}|${units})`
  const capitalisedWord = String.raw`\p{Lu}[\p{L}\p{N}'’.\-]*`
  // A capitalised word of a body's name, its inner dots kept and a closing full stop left out.
  const bodyWord = String.raw`\p{Lu}[\p{L}\p{N}'’\-]*(?:\.[\p{L}\p{N}]+)*`
  // A word of a name: capitalised, or a particle joined to a capitalised word ("al-Rahman").
  const nameParticle = `(?:(?:${text.nameParticles.join('|')})-)?`
  const nameWord = `${nameParticle}${capitalisedWord}`
  const speechNouns = alternation(withCapitals(speakers.speechNouns))
  // ("Forum Perayaan 50 Tahun …": a number before a capitalised word is part of the name.)
  // (A weekday after the name dates the event: "Forum Tahunan 2025 Senin" is no name.)
  // ("Munas VII/2015": an edition with its year after a slash is one word of the name.)
  // The event nouns, also in capitals as a lead opens with them ("KONGRES X ke-20 …"); a session's
  // nouns name no event of their own.
  const eventNouns = cover.eventNouns
    .filter(noun => !cover.sessionNouns.includes(noun))
    .flatMap(noun => (/^\p{Lu}\p{Ll}{4,}$/u.test(noun) ? [noun, noun.toUpperCase()] : [noun]))
  // ("Rakernas Kementerian X/Y": two bodies joined by a slash are one word; "Rakor se-Wilayah": the
  // region it gathers. The year written after the name, "… tahun 2025", unless the name has one.)
  const eventWord = String.raw`(?:(?!(?:${weekday})(?![\p{L}]))\p{Lu}[\p{L}\p{N}'’.\-]*(?:\/(?:\d{4}|\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}]))?|[Ss]e-\p{Lu}[\p{L}\p{N}\-]*|${cover.editionNumber}|\d{4}|\d{1,3}(?=\s+\p{Lu})|\([\p{Lu}\p{N}][^()]{0,20}\))`
  // "Konferensi Asia dan Afrika", "KTT ke-44 dan ke-45": a joiner before a capital or an edition.
  const eventJoin = String.raw`(?:\s+(?:${cover.eventJoiners.join('|')})(?=\s+(?:\p{Lu}|${cover.editionNumber})))?`
  const nameJoin = cover.nameJoiners.join('|')
  const countedNouns = alternation(counts.countedNouns)
  const timeNouns = alternation(figures.timeNouns)
  // Dates as the press writes them, kept as written: "25 Oktober 2025", "24-26 Oktober 2022",
  // "17-18 Juni", "Senin (4/9/2023)", "(13/6/2025)", "Sabtu (17/11)", "22-23/6".
  // A date as the article writes it: "Selasa (4/3/2025) malam", "hari Kamis kemarin (23/2)", "Sabtu, 21
  // November 2015", "5-6 Mei 2025", "Senin siang".
  const dayPart = alternation(cover.dayParts)
  const dayWord = alternation(withCapitals([cover.dayWord]))
  const onDay = String.raw`(?:(?:${dayWord})\s+)?(?:${weekday})`
  const dateTail = String.raw`(?:\s+(?:${dayPart}))?(?:\s+(?:${alternation(cover.dateTails)}))?`
  // "Rabu pagi (9 Oktober)", "Selasa malam (tanggal 26 Oktober)", "Kamis sore (Mei 2019)": the
  // weekday, the date in brackets. (A date in brackets as it is also typed: "(29/12 /2022)",
  // "(23/9-2019)", a bracket left open.)
  const bracketed = String.raw`${onDay}(?:\s+(?:${dayPart}))?\s*\((?:${cover.dateWord}\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:${month})(?:\s+\d{4})?\)`
  const today = `(?:${alternation(withCapitals(cover.today))})`
  // (A weekday the press left in lower case, before a date in full: "kamis, 3 Maret 2022".)
  const oneDate = String.raw`(?:${bracketed}|(?:${weekdayLower}),\s*\d{1,2}\s+(?:${month})(?:,?\s*\d{4})?|(?:(?:${onDay}|${today}),?\s*)?\(\d{1,2}(?:-\d{1,2})?/\d{1,2}(?:\s?[/-]\s?\d{2,4})?(?:\)|(?=[\s,.]))${dateTail}|(?:${onDay}(?:\s+(?:${dayPart}))?,?\s+)?(?:(?:${alternation(withCapitals([cover.dateWord]))})\s+)?\d{1,2}(?:\s*(?:[-–]|(?:${alternation(cover.dateRangeWords)})\s)\s*\d{1,2})?\s+(?:${month})(?:,?\s*\d{4})?|(?:${onDay}(?:\s+\p{Ll}+){0,3}\s*)?\(\d{1,2}(?:-\d{1,2})?/\d{1,2}(?:\s?[/-]\s?\d{2,4})?(?:\)|(?=[\s,.]))${dateTail}|\d{1,2}(?:-\d{1,2})?/\d{1,2}(?:/\d{4})?|${onDay}\s+(?:${dayPart})(?![\p{L}]))`
  const dateSource = String.raw`(?<![\p{N}/\p{L}])${oneDate}(?![\p{N}/])`
  // A format of the occasion, as a whole phrase: "konferensi pers", "sesi pleno".
  // (With its short form in brackets, as the lead writes it: "konferensi pers (konpers)".)
  const formatSource = String.raw`(?<![\p{L}])(?:${alternation(cover.formats)})(?![\p{L}])(?:\s+\(\p{L}{3,12}\))?`

  return {
    language,

    text: {
      abbreviations: new Set(text.abbreviations),
      honorifics: new Set([...text.honorifics, ...text.lowerHonorifics]),
      // "dr. Ani Rahma": a lower-case honorific, its full stop, and a capitalised name.
      lowerHonorific: new RegExp(
        String.raw`^(?:${alternation(text.lowerHonorifics)})\.?\s+(?=\p{Lu}\p{Ll})`,
        'u',
      ),
      // Residue patterns read the line in lower case: a case-insensitive Unicode alternation is
      // slow to compile.
      label: new RegExp(String.raw`^[\s\-–—•*>\[(]*(?:${alternation(text.residueLabels)})\b`, 'u'),
      relatedHeader: new RegExp(
        String.raw`^[\s\-–—•*>\[(]*(?:${alternation(text.relatedHeaders)})\s*[:.>\])]*\s*$`,
        'u',
      ),
      // "Senin, 16 Juli 2012 – 14:56 WIB", "Jumat, 22 Agustus 2014", "12:17 WIB", "Diperbarui
      // 16/07/2012 14:56".
      timestamp: new RegExp(
        String.raw`^(?:[\p{L} ]{0,20}\s)?(?:(?:${weekdayLower}),?\s*)?(?:\d{1,2}\s+(?:${monthLower})\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})?(?:\s*[|,–—-]?\s*(?:(?:${text.clockWords.join('|')})\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:${text.timeZones.map(zone => zone.toLowerCase()).join('|')}\+?\d*))?)?\s*$`,
        'u',
      ),
      captionCredit: new RegExp(`(?:${text.captionCredit})`, 'u'),
      // A photo's credit in capitals, an agency and a name: "KABAR / ANI RAHMA".
      agencyCredit:
        /^\p{Lu}[\p{Lu}\p{N}.&-]{1,30}(?:\s+\p{Lu}[\p{Lu}\p{N}.&-]*){0,2}\s*\/\s*\p{Lu}[\p{Lu}\p{N}.'’-]*(?:\s+\p{Lu}[\p{Lu}\p{N}.'’-]*){0,3}$/u,
      // A line that is only a photo's credit: its label, then a name or an agency with a slash.
      photoCredit: new RegExp(
        String.raw`^(?:${alternation(withCapitals(text.photoLabels))})\s*:\s*[\p{L}\p{N} .'’&-]{1,40}(?:\/[\p{L}\p{N} .'’&-]{1,40})*$`,
        'iu',
      ),
      // A byline or timestamp line: "RABU, 08 MEI 2024 | 19:27 WIB | LAPORAN: …".
      clock: new RegExp(
        String.raw`\b\d{1,2}[:.]\d{2}\s*(?:${text.timeZones.filter(zone => !/\d|GMT/u.test(zone)).join('|')})\b`,
        'u',
      ),
      navigation: new RegExp(`^(?:${text.navigation})$`, 'u'),
      pagination: new RegExp(`^(?:${text.pagination})$`, 'u'),
      weekday,
      month,
      datePart: new RegExp(
        String.raw`^(?:(?:${weekday})\s*,?\s*)?(?:\(?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)?|\d{1,2}\s+(?:${month})(?:\s+\d{4})?)$|^(?:${weekday})$`,
        'iu',
      ),
      outletDomain: new RegExp(
        String.raw`^\S+\.(?:${text.outletDomains.map(ending => ending.replace(/\./gu, '\\.')).join('|')})$`,
        'iu',
      ),
      credit: new RegExp(
        String.raw`^[\s\-–—•*>\[(]*(?:${alternation(text.creditLabels)})\s*:`,
        'iu',
      ),
      promotion: new RegExp(String.raw`^[\s\-–—•*>\[(]*(?:${alternation(text.promotions)})`, 'iu'),
      sourceLine: new RegExp(
        String.raw`^(?:${alternation(text.sourceLabels)})\s*:?\s*(https?:\/\/\S+)`,
        'iu',
      ),
    },

    numbers: {
      inWords: numberInWords,
      units: numbers.units,
      scales: numbers.scales,
      teen: numbers.teen,
      tens: numbers.tens,
      onePrefix: new RegExp(`^${numbers.onePrefix}(${numbers.startScales.join('|')})`, 'u'),
      one: numbers.units[0]!,
      specials: numbers.specials,
      thousands: numbers.thousands,
      decimal: numbers.decimal,
    },

    money: {
      scales: money.scales,
      scaleNames: money.scaleNames,
      prefixes: money.prefixes.map(
        ([pattern, code]) =>
          [new RegExp(`^(?:${pattern})$`, /^\\\$$/u.test(pattern) ? '' : 'i'), code] as const,
      ),
      suffixes: money.suffixes.map(
        ([pattern, code]) => [new RegExp(`^(?:${pattern})$`, 'i'), code] as const,
      ),
      /**
       * Matches a money amount in any form; groups: prefix, number, scale / number, scale, suffix /
       * number in words, scale, suffix ("dua miliar euro").
       */
      // Any currency at all: every amount has one, so a sentence without one is not read further.
      anyCurrency: new RegExp(
        `(?:${money.prefixes.map(([pattern]) => pattern).join('|')}|${suffixCurrencies})`,
        'iu',
      ),
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(?:(${money.prefixes.map(([pattern]) => pattern).join('|')})\s?(\d+(?:[.,]\d+)*)(?:\s+(${moneyScale}))?(?![\p{L}\p{N}])|(\d+(?:[.,]\d+)*)(?:\s+(${moneyScale}))?\s+(${suffixCurrencies})(?![\p{L}\p{N}])|(${numberInWords})\s+(${moneyScale})\s+(${suffixCurrencies})(?![\p{L}\p{N}]))(?:${money.rate})?`,
        'giu',
      ),
    },

    speakers: {
      officeHead: new RegExp(String.raw`(?:${officeHeads})(?![\p{L}])`, 'uy'),
      officeHeadAt: new RegExp(String.raw`^(?:${officeHeads})(?![\p{L}])`, 'u'),
      officeAnywhere: new RegExp(String.raw`(?<![\p{L}])(?:${officeHeads})(?![\p{L}])`, 'gu'),
      officeWords: new Set(speakers.officeHeads.map(head => head.split(' ')[0]!)),
      officeHeads: speakers.officeHeads,
      organisationHead: new RegExp(
        String.raw`(?:${alternation(speakers.organisationHeads)})(?![\p{L}])`,
        'uy',
      ),
      pronoun: new RegExp(String.raw`(?:${alternation(speakers.pronouns)})(?![\p{L}])`, 'uy'),
      // ("Barang/Jasa": two capitalised words joined by a slash are one word of a title.)
      // (A capitalised verb of saying before a lower-case word ends the name: "Budi Santoso
      // Mengatakan bahwa …".)
      capitalised: new RegExp(
        String.raw`\s+(?!(?:${capitalisedReporting})\s+\p{Ll})(${nameWord}(?:\/\p{Lu}[\p{L}\p{N}'’\-]*)?)`,
        'uy',
      ),
      // A word for a speech, before whose speech it is: "pidato (perdana) Gubernur X".
      speechNoun: new RegExp(String.raw`(?<![\p{L}])(?:${speechNouns})(?![\p{L}])`, 'gu'),
      // "… menyampaikan pidato kebangsaan …": the verb's object is the speech itself.
      speechObject: new RegExp(String.raw`^\s+(?:${speechNouns})(?![\p{L}])`, 'u'),
      // After a title of office without a name: a qualifier ("setempat"), its short form in
      // parentheses, a comma, then the name.
      // The comma that closes a name set off after a title, not a list's: ", dalam laporannya", ",
      // menyampaikan".
      // (Degrees after the name count with it: ", Budi Santoso, S.STP., M.Si., dari …".)
      setOffAfter: new RegExp(
        String.raw`^(?:\s*,\s*${degree})*\s*,\s+(?!(?:${lastItem})(?![\p{L}]))(?=\p{Ll})`,
        'u',
      ),
      // ", Budi Santoso, dalam …" right after a title: capitalised words between two commas, then a
      // lower-case word that is no list's last joiner.
      setOffName: new RegExp(
        String.raw`^\s*,\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\((?:${retired})\)|\(\p{Lu}[\p{L}]{1,15}\))){1,6}(?:\s*,\s*${degree})*\s*,\s+(?!(?:${lastItem})(?![\p{L}]))\p{Ll}`,
        'u',
      ),
      titleThenName: new RegExp(
        String.raw`^(?:\s+(?:${alternation(speakers.officeQualifiers)}))?(?:\s*\([^()]{1,40}\))?\s*,\s+(?=\p{Lu}|(?:${alternation(text.lowerHonorifics)})\.?\s+\p{Lu})`,
        'u',
      ),
      // "Ketua Sidang Umum Sapta 41 mengatakan", "Ketua Forum ke-3 …": an office's body with its
      // edition, before a lower-case verb.
      officeEdition: new RegExp(
        String.raw`^\s+(?:${cover.editionNumber}|\d{1,3})(?=\s+\p{Ll})`,
        'u',
      ),
      // "Senada dengan Menteri X, …", "… setuju dengan X bahwa …": the one agreed with follows.
      agreeWith: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(speakers.agreeWith))})\s+`,
        'gu',
      ),
      // "Dalam sambutannya, Menteri X …": what follows is the speech the event gave them.
      inTheirSpeech: new RegExp(
        String.raw`(?<![\p{L}])(?:${speechNouns})(?:${speakers.pronounSuffix})\s*,?\s*$`,
        'u',
      ),
      // "…,” ucap Gubernur X dalam sambutannya": the same right after the speaker's mention.
      inTheirSpeechAfter: new RegExp(
        String.raw`^\s*,?\s*(?:\p{Ll}+\s+)(?:${speechNouns})(?:${speakers.pronounSuffix})(?![\p{L}])`,
        'u',
      ),
      // A speech that opens the sentence: "Pidato (perdana) Gubernur X menyoroti …".
      speechLead: new RegExp(String.raw`^(?:${speechNouns})(?:\s+\p{Ll}+){0,2}\s+(?=\p{Lu})`, 'u'),
      // A word that may be part of a person's name: "Rahman", "al-Rahman".
      namePart: new RegExp(String.raw`^${nameParticle}\p{Lu}\p{Ll}`, 'u'),
      firstWord: new RegExp(capitalisedWord, 'uy'),
      // Lower-case words that may join the words of a title or an organisation: "Menteri Komunikasi
      // dan Informatika".
      joiner: new RegExp(
        String.raw`\s+(?:${[...speakers.titleJoiners, ...speakers.nameJoiners].join('|')})(?=\s+\p{Lu})`,
        'uy',
      ),
      isJoiner: new RegExp(
        `^(?:${[...speakers.titleJoiners, ...speakers.nameJoiners].join('|')})$`,
        'u',
      ),
      isForeignJoiner: new RegExp(`^(?:${speakers.nameJoiners.join('|')})$`, 'u'),
      isNameJoiner: new RegExp(`^(?:${speakers.titleJoiners.slice(0, 4).join('|')})$`, 'u'),
      isAnd: new RegExp(String.raw`^\s*(?:${speakers.and.join('|')})$`, 'u'),
      andField: new RegExp(
        String.raw`^\s+(?:${speakers.and.join('|')})(?!\s+(?:${officeHeads})(?![\p{L}]))(?:\s+\p{Lu}[\p{L}-]*){1,3}(?=\s*,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:,|(?:${reporting})(?![\p{L}])))`,
        'u',
      ),
      // "Kepala Bidang Pangan, Air, dan Energi Daerah": after a comma, a title
      // goes on when its words are a list that ends with "dan" and a capitalised word.
      listGoesOn: new RegExp(
        String.raw`^(?:\s+\p{Lu}[\p{L}-]*){0,4}(?:,(?:\s+\p{Lu}[\p{L}-]*){1,4}){0,3},?\s+(?:${speakers.and.join('|')})\s+\p{Lu}`,
        'u',
      ),
      // "Kepala kemanusiaan PBB Nama": a field noun the page wrote in lower case, right after the
      // title's head and before a capitalised word.
      lowerField: new RegExp(
        String.raw`\s*((?:${speakers.fieldNoun.replace(/\(\?:([^)]*)\)/u, (_, heads: string) => `(?:${heads.toLowerCase()})`)}))(?=\s+\p{Lu})`,
        'uy',
      ),
      fieldLike: new RegExp(
        `^(?:${speakers.titleJoiners.join('|')}|${speakers.holderNumber}|${speakers.fieldNoun})$`,
        'u',
      ),
      through: new RegExp(String.raw`^\s+${speakers.through}\s+(?=\p{Lu})`, 'u'),
      whileOpening: new RegExp(
        String.raw`^(?:\s+\p{Ll}+){0,2}\s+(?:${alternation(speakers.whileWords)})\s+(?:${alternation(speakers.openingVerbs)})(?![\p{L}])`,
        'u',
      ),
      openedBy: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(speakers.openedVerbs)})(?:\s+${counts.by})?\s+(?=\p{Lu})`,
        'gu',
      ),
      opens: new RegExp(
        String.raw`^(?:\s+\p{Ll}+){0,2}\s+(?:${alternation(speakers.openingVerbs)})(?![\p{L}])`,
        'u',
      ),
      concurrently: new RegExp(
        String.raw`^,?\s+(?:${alternation(speakers.concurrently)})\s+(?=${officeHeads}(?![\p{L}]))`,
        'u',
      ),
      regional: new RegExp(`^(?:${alternation(speakers.regionalOffices)})$`, 'u'),
      regionKinds: new Set(speakers.regionKinds),
      representedBy: new RegExp(
        String.raw`^\s*,?\s*(?:${alternation(speakers.representedBy)})\s+(?=\p{Lu})`,
        'u',
      ),
      // "Mantan Menlu …", "Penjabat (Pj) Wali Kota …": a word before the title, its short form after it.
      formerTitle: new RegExp(
        String.raw`(?:${alternation([...speakers.formerTitles, ...speakers.actingTitles])})(?:\s*\([^()]{1,12}\))?\s+`,
        'uy',
      ),
      // "Mayjen TNI (Purn) Nama": a retired one's mark after the ranks is theirs too.
      rankPrefix: new RegExp(
        String.raw`^(?:(?:${alternation(speakers.ranks)})\.?\s+)+(?:\((?:${retired})\)\s+)?`,
        'u',
      ),
      // ", Sari Dewi," after a title: two to four capitalised words, then a comma, a full stop or a
      // preposition.
      appositiveName: new RegExp(
        String.raw`^,\s+(\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.?(?=\s+\p{Lu}\p{Ll}))(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\((?:${retired})\))){1,4})(?=\s*[,.]|\s+(?:${speakers.appositionEnds.join('|')})\b|\s+(?:${reporting})(?![\p{L}]))`,
        'u',
      ),
      holderNumber: new RegExp(String.raw`\s+(${speakers.holderNumber})`, 'uy'),
      countryGroup: new RegExp(`^${speakers.countryGroup}`, 'u'),
      field: new Set(
        [...speakers.officeFieldWords, ...speakers.organisationHeads, ...speakers.ranks].map(word =>
          word.toLowerCase(),
        ),
      ),
      officeFieldWords: new Set(speakers.officeFieldWords.map(word => word.toLowerCase())),
      // "pj gubernur x" → "gubernur x": an office key without the acting title before it.
      actingKey: new RegExp(
        String.raw`^(?:${alternation([...speakers.actingShort, ...speakers.actingTitles].map(word => word.toLowerCase()))})\s+`,
        'u',
      ),
      fieldWordsInNames: new Set(speakers.fieldWordsInNames),
      // "…, Senin": a weekday opens no name.
      // ("Tiga Gubernur menyoroti …": a number opens a group, not a name.)
      notAName: new Set([
        ...speakers.functionWords,
        ...speakers.ordinals,
        ...numbers.units.map(word => word.charAt(0).toUpperCase() + word.slice(1)),
        // ("Kata Ani, …": a verb of saying that opens the sentence is no part of a name.)
        ...attribution.trailingVerbs.map(word => word.charAt(0).toUpperCase() + word.slice(1)),
        ...speakers.reporters,
        ...text.weekdays,
      ]),
      notNames: new Set([...speakers.functionWords, ...speakers.officeHeads]),
      functionWords: new Set(speakers.functionWords),
      officeShortForms: speakers.officeShortForms,
      leaderTitles: new Set(speakers.leaderTitles),
      leaderOffices: speakers.leaderOffices,
      ownStateSuffix: new RegExp(speakers.ownStateSuffix, 'u'),
      demonstrative: new RegExp(String.raw`^\s+(?:${demonstratives})(?![\p{L}])`, 'u'),
      // "mantan Bupati X itu": a title held before, pointing back.
      heldBefore: new RegExp(String.raw`^(?:${alternation(speakers.formerTitles)})\s`, 'u'),
      // "… ujar perwakilan (dari) Bank Sapta": one who speaks for a body, the body named.
      representativeOf: new RegExp(
        String.raw`^(?:${alternation(speakers.representatives)})(?:\s+dari)?\s+${bodyWord}(?:\s+${bodyWord}){0,4}?(?=[\s.,;]*$|\s*[,.;]|\s+\p{Ll})`,
        'u',
      ),
      epithet: new RegExp(
        String.raw`^(?:${alternation(speakers.epithetHeads)})(?![\p{L}])[^,.;:"“”]{0,90}?\s(?:${[...speakers.demonstratives].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`,
        'iu',
      ),
      nicknameBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(speakers.nicknameBefore)})\s+(\p{Lu}[\p{L}'’-]+)`,
        'u',
      ),
      nicknameAfter: new RegExp(
        String.raw`^\s*,\s*(?:${alternation(speakers.nicknameAfter)})(?![\p{L}])`,
        'u',
      ),
      // "Ani, sapaan Ani Rahma, …": the short name (group 1) and the full one it stands for (group 2).
      // Any word that introduces a short name: a sentence without one is not scanned for them.
      anyNicknameWord: new RegExp(`(?:${alternation(speakers.nicknameOf)})`, 'u'),
      nicknameOf: new RegExp(
        String.raw`(?<![\p{L}])(\p{Lu}[\p{L}'’-]+),\s+(?:${alternation(speakers.nicknameOf)})\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4})(?=\s*[,.;)]|\s+\p{Ll})`,
        'gu',
      ),
      countries: countryPatterns(language),
    },

    attribution: {
      // "Sebelumnya, X mengatakan …": said before the event.
      earlier: new RegExp(
        String.raw`^["“]?(?:${alternation(attribution.earlier)})(?![\p{L}])`,
        'u',
      ),
      // A verb that reports only before a comma or colon ("Dia melanjutkan, …") counts there alone.
      // A page that capitalises the verb ("Bupati Sapta Mengatakan bahwa …") is read too, when a
      // lower-case word follows (a headline's next word is capitalised).
      // ("Nama Senin (1/5/2024) menyebut …": the day written between the speaker and the verb.)
      verbAfter: new RegExp(
        String.raw`^(?:\s+(?:${weekday})(?:\s+\p{Ll}+)?\s*\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\))?${attribution.verbGap}\s+((?:${reporting})(?![\p{L}])|(?:${alternation(attribution.commaVerbs)})(?=\s*[,:])|(?:${capitalisedReporting})(?=\s+\p{Ll}))`,
        'u',
      ),
      // "Lebih lanjut kata X, …", "Ditambahkan Bupati, …": the verb and the speaker open the sentence.
      leadingVerb: new RegExp(
        String.raw`^(?:(?:${openers}),?\s+)?(?:${alternation(withCapitals(attribution.leadingVerbs))})\s+`,
        'u',
      ),
      // "Menurutnya, …": according to the last speaker.
      accordingToSelf: new RegExp(
        String.raw`(?:^(?:(?:${openers}),?\s+)?|[,;]\s*)[${attribution.accordingTo[0]!.toUpperCase()}${attribution.accordingTo[0]}]${attribution.accordingTo.slice(1)}${speakers.pronounSuffix}\s*,\s*`,
        'u',
      ),
      firstPerson: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(attribution.firstPerson))})(?![\p{L}])`,
        'u',
      ),
      narration: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(attribution.narration))})(?![\p{L}])`,
        'u',
      ),
      // "Kawasan ini perlu …", "Negara-negara anggota hendaknya …", "Perlu memperkuat …": a modal among
      // the sentence's first words.
      obligation: new RegExp(
        String.raw`^["“]?(?:[^\s,;:"“”]+\s+){0,5}(?:${alternation(withCapitals(attribution.obligations))})(?![\p{L}])`,
        'u',
      ),
      // "… disampaikan oleh X", "Hal ini diakui Presiden X": the speaker after a passive verb (a
      // capitalised mention, without "oleh").
      passiveBy: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(attribution.relayedBy))}|(?:${alternation(attribution.passiveVerbs)})(?=\s+\p{Lu}))\s+`,
        'gu',
      ),
      relayedBy: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(attribution.relayedBy)})\s+\p{Lu}`,
        'u',
      ),
      // "Pimpinan rapat yang juga Wakil Ketua X Nama mengatakan …": the speaker is the title after it.
      // Any word that introduces an office after a name: a sentence without one is not scanned.
      anyAppositionWord: new RegExp(`(?:${alternation(attribution.appositionIntroducers)})`, 'u'),
      apposition: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(attribution.appositionIntroducers)})\s+(?=(?:${officeHeads})(?![\p{L}]))`,
        'gu',
      ),
      // "“… sejak lama jelasnya": the verb that ends a quotation the page never closed.
      unclosedTail: new RegExp(
        String.raw`\s+(?:${alternation(withCapitals(attribution.trailingVerbs))})(?:${speakers.pronounSuffix})?\s*[.!]?\s*$`,
        'u',
      ),
      sourceTag: new RegExp(
        String.raw`\s*,\s*(?:${alternation(attribution.sourceTags)})(?![\p{L}])`,
        'u',
      ),
      sourceTagAnywhere: new RegExp(
        String.raw`[\s,]+(?:${alternation(attribution.sourceTags)})(?![\p{L}])`,
        'u',
      ),
      leadingThat: new RegExp(
        String.raw`^(?:${alternation(attribution.complementizers)})\s+(?=\p{Ll})`,
        'u',
      ),
      deliversFormat: new RegExp(
        String.raw`^(?:${alternation(attribution.deliveringVerbs)})\s+(?:${alternation(attribution.deliveredFormats)})(?![\p{L}])`,
        'iu',
      ),
      // "…," kata Rahma / "…, ujar Menteri X" / "…," tegasnya: a trailing verb after a comma or a
      // closing quote.
      trailingVerb: new RegExp(
        String.raw`(?:,\s*["”’]?|["”’]\s*,?)\s*${trailingLead}(${alternation(withCapitals(attribution.trailingVerbs))})(${speakers.pronounSuffix})?(?![\p{L}])\s*`,
        'gu',
      ),
      // "Dengan MoU ini kata Bupati X, …": a trailing verb inside the sentence, without its comma
      // before (the empty group stands where `trailingVerb` has its "-nya", which this form never
      // takes).
      insertedVerb: new RegExp(
        String.raw`(?<=[\p{L}\p{N})])\s+(${alternation(withCapitals(attribution.insertedVerbs))})()(?![\p{L}])\s*(?=\p{Lu})`,
        'gu',
      ),
      trailingVerbAnywhere: new RegExp(
        String.raw`(?:,\s*["”’]?|["”’]\s*,?)\s*${trailingLead}(${alternation(withCapitals(attribution.trailingVerbs))})(${speakers.pronounSuffix})?(?![\p{L}])`,
        'u',
      ),
      pronounSuffixLength: speakers.pronounSuffix.length,
      accordingTo: new RegExp(
        String.raw`(?:^|[,;]\s*|^\p{Lu}\p{Ll}+\s+)[${attribution.accordingTo[0]!.toUpperCase()}${attribution.accordingTo[0]}]${attribution.accordingTo.slice(1)}\s+`,
        'gu',
      ),
      accordingToVerb: attribution.accordingTo,
      saying: new RegExp(`^(?:${alternation(withCapitals(attribution.sayingVerbs))})$`, 'u'),
      topic: new RegExp(`^(?:${alternation(withCapitals(attribution.topicVerbs))})$`, 'u'),
      opener: new RegExp(String.raw`^(?:(?:${openers})\s*,?\s*)`, 'u'),
      // "Pada akhir sambutannya Nama menegaskan …": a fronted phrase of lower-case words with no comma,
      // before a capitalised subject.
      frontedPhrase: new RegExp(
        String.raw`^(?:${alternation(attribution.phraseOpeners)})(?:\s+\p{Ll}[\p{L}-]*){1,4}\s+(?=\p{Lu})`,
        'u',
      ),
      // "Sebelum rapat dimulai oleh Ketua, …": a fronted clause of time, up to its comma, before
      // the sentence's subject.
      frontedClause: new RegExp(
        String.raw`^(?:${alternation(attribution.clauseOpeners)})\s[^,;:"“”]{3,100},\s+`,
        'u',
      ),
      complementizer: new RegExp(complementizer, 'iu'),
      complementizers: new RegExp(complementizer, 'giu'),
      // "X membuka KTT …, dengan menyerukan …": a verb of saying after the comma tells what X said
      // while doing it (group 1).
      byVerb: new RegExp(
        String.raw`^[^"“”;.]{0,160}?,\s+(?:${alternation(attribution.byWords)})\s+((?:${reporting}))(?![\p{L}])`,
        'u',
      ),
      // "Menekankan bahwa P, X mengatakan …": a fronted clause of the speaker's, what they said
      // (group 1) before the sentence's subject.
      fronted: new RegExp(
        String.raw`^(?:${alternation(withCapitals(attribution.reportingVerbs))})\s+(?:${attribution.complementizers.join('|')})\s+([^"“”;:]{12,}?),\s*$`,
        'u',
      ),
      // "Menyoroti X sebagai …, Nama mengatakan …": the fronted clause, its verb kept (what the
      // speaker did with the words), is theirs too.
      frontedAct: new RegExp(
        String.raw`^(?:(?:${alternation(attribution.frontedOpeners)})\s+)?((?:${alternation(withCapitals(attribution.frontedVerbs.map(verb => verb.toLowerCase())))})\s+(?!(?:${attribution.complementizers.join('|')})\s)[^"“”;:,]{12,}?),\s*$`,
        'u',
      ),
      // A verb of reporting anywhere: "… dan menegaskan bahwa …" reports a second thing.
      reportingWord: new RegExp(String.raw`(?<![\p{L}])(?:${reporting})(?![\p{L}])`, 'u'),
      hasComplementizer: new RegExp(
        String.raw`\b(?:${attribution.complementizers.join('|')})\b`,
        'iu',
      ),
      notSaid: new RegExp(String.raw`^\s*(?:${attribution.notSaid.join('|')})\b`, 'u'),
      courtesy: new RegExp(String.raw`\b(?:${attribution.courtesy.join('|')})\b`, 'iu'),
      commitment: new RegExp(String.raw`\b${attribution.commitment}`, 'iu'),
    },

    points: {
      // "Kesempatan itu, masyarakat Kota Lama yang … menyampaikan …": a crowd as the subject, at the
      // sentence's start or after its first comma.
      crowdSubject: new RegExp(
        String.raw`^(?:[^,.;:"“”]{0,60},\s+)?(?:${alternation(withCapitals(points.crowdSubjects))})(?![\p{L}])[^.;:"“”]{0,120}?(?<![\p{L}])(?:${alternation(attribution.sayingVerbs)})(?![\p{L}])`,
        'u',
      ),
      // "Yang kedua, Nama menekankan …": a verb after which the point is what the speaker said.
      pointSaying: new RegExp(
        `^(?:${alternation(withCapitals([...attribution.sayingVerbs, ...points.stressingVerbs]))})$`,
        'u',
      ),
      // Any ordinal at all: a sentence without one opens no point, and is not scanned further.
      anyOrdinal: new RegExp(`(?:${ordinal})`, 'iu'),
      // An ordinal opens a point when it starts the sentence (after "Yang", "Hal penting" …),
      // follows a colon or semicolon (", dan"/"; dan" included), "yaitu"/"yakni" or a copula ("Yang
      // terpenting adalah, pertama, …; kedua, …"), and a comma, a colon or a link word follows it.
      marker: new RegExp(
        String.raw`(?<=^["“]?|[:;]\s*|[,;]\s*(?:${lastItem})\s+|\b(?:${itemOpeners}|${copulas}),?\s+|^(?:${runOpeners})\s+|(?:\d+|${numberWords})\s+\p{Ll}+(?:\s+\p{Ll}+)?,?\s+|(?<![\p{L}])(?:${reporting})\s+(?=(?:${alternation(points.ordinalLeads)})\s))(?:(?:${alternation(points.ordinalLeads)})(?:\s+\p{L}+)?\s+)?(${ordinal})(?:\s*[,:]\s*(?:(?:${copulas})(?![\p{L}])[\s,:]*)?|\s+(?:${copulas})(?![\p{L}])[\s,:]*|\s+(?=(?:${topics})(?![\p{L}])))`,
        'giu',
      ),
      // Once a run has begun, a later point may open without punctuation: "Kedua revitalisasi …",
      // "Terakhir pelatihan …". ("Kedua negara", "kedua belah pihak" mean "both" and never continue
      // a run; after "Yang", "“Yang ketiga negara …" is the third point, group 2.)
      looseMarker: new RegExp(
        String.raw`(?<=^["“]?|^(?:${runOpeners})\s+)(?:(${ordinal})\s+(?!(?:${alternation(points.bothNouns)})(?![\p{L}]))|(?:${alternation(withCapitals(points.ordinalLeads))})\s+(${ordinalAfterLead})\s+)(?=\p{Ll})`,
        'gu',
      ),
      // A count announced in quotes before the points: semangat "4 langkah".
      // "12 prinsip yaitu A, B …", "tiga hal: …": the list a count announces follows it.
      listFollows: new RegExp(String.raw`^\s*(?:[:,]|(?:,\s*)?(?:${itemOpeners})(?![\p{L}]))`, 'u'),
      quotedLabel: new RegExp(
        String.raw`["“]\s*(\d+|${numberWords})\s+([^"“”]{2,40}?)\s*["”]`,
        'iu',
      ),
      // A count announced in prose: "tiga usulan", "2 (dua) hal", "lima agenda".
      proseLabel: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(\d{1,2}|${numberWords})(?:\s*\((?:${numberWords})\))?\s+((?:\p{Ll}[\p{Ll}-]*)(?:\s+(?!${points.labelStops.join('|')})\p{Ll}[\p{Ll}-]*){0,2})`,
        'giu',
      ),
      // "mengusulkan tiga langkah, yaitu A, B, dan C": a count, its noun, an opener, then the
      // items.
      // "Kita hendaknya …" opening a paragraph: a subject, then a word of obligation.
      parallelOpener: new RegExp(
        String.raw`^(\p{L}+)\s+(?:${alternation(points.parallelModals)})\s+(?=\p{Ll})`,
        'u',
      ),
      // The count may be collective ("ketiga hal itu adalah A, B, serta C"): the list must still
      // match it.
      countedList: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(?:${points.ordinalPrefix}(?=\p{L}))?(\d{1,2}|${numberWords})(?:\s*\((?:${numberWords})\))?\s+((?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}-]*)(?:[’”]?\s+(?!(?:${numberWords})(?![\p{L}]))[\p{L}][\p{L}-]*){0,8}?)[’”]?(?:,\s*(?:${trailing})(?:${speakers.pronounSuffix})?(?:\s+\p{Lu}[\p{L}.]*){0,4})?\s*(?:(?:,\s*)?(?:${alternation(points.listOpeners)})\s*:?\s+|:\s*|,\s*(?=["“]))`,
        'giu',
      ),
      attributionInside: new RegExp(
        String.raw`^(?:${trailing})(?:${speakers.pronounSuffix})?(?:\s+[^,]{1,40})?,\s*`,
        'u',
      ),
      isLast: new RegExp(`^${points.last}$`, 'iu'),
      trailingJoin: new RegExp(String.raw`[;,]?\s*(?:${lastItem})?\s*$`, 'u'),
      itemLead: new RegExp(String.raw`^[\s,;]*(?:(?:${lastItem})\s+)?`, 'iu'),
      lastItemInside: new RegExp(String.raw`\s(?:${lastItem})\s`, 'u'),
      lastItemFirst: new RegExp(String.raw`^\s*(?:${lastItem})\s`, 'u'),
      clauseJoins: new Set(points.clauseJoins),
      pointNouns: new Set(points.pointNouns.map(noun => noun.toLowerCase())),
      units: numbers.units,
      ordinals: speakers.ordinals,
    },

    counts: {
      // "X turut hadir …": right after a person, a verb that says they only attended (not "hadir
      // sekaligus membuka …").
      attendsOnly: new RegExp(
        String.raw`^\s+(?:(?:${alternation(counts.attendAdverbs)})\s+)*(?:${alternation(counts.attendanceVerbs.slice(0, 2))})(?![\p{L}])(?!\s+(?:${alternation(counts.attendGoesOn)})\s)`,
        'u',
      ),
      clauseWord: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(counts.clauseWords)})(?![\p{L}])`,
        'u',
      ),
      attendance: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(counts.attendanceVerbs)})(?![\p{L}])`,
        'iu',
      ),
      attended: new RegExp(`^(?:${counts.attended.join('|')})$`, 'iu'),
      attendedBy: new RegExp(`^(?:${counts.attendedBy.join('|')})$`, 'iu'),
      followedBy: new RegExp(`^(?:${counts.followedBy.join('|')})$`, 'iu'),
      by: new RegExp(String.raw`^\s+${counts.by}\b`, 'iu'),
      relativeBefore: new RegExp(String.raw`^\s*${counts.relative}\s+$`, 'iu'),
      relativeAttendance: new RegExp(
        String.raw`\b${counts.relative[0]!.toUpperCase()}${counts.relative.slice(1)}\s+(?:${alternation(counts.attendanceVerbs.slice(0, 1))})`,
        'iu',
      ),
      listOpener: new RegExp(
        String.raw`\b(?:${counts.attendeeListOpeners.join('|')})\s+|:\s*`,
        'iu',
      ),
      // "dihadiri oleh dua puluh menteri, …": a count opens what follows the verb.
      countFirst: new RegExp(String.raw`^\s*(?:\d|(?:${numberInWords})\s)`, 'iu'),
      // "… yang hadir dalam pertemuan itu mengangkat lima isu, yakni …": a count of things, not of
      // people, between the verb and the list makes it a list of those things.
      thingsCounted: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(?:\d+|${numberInWords})\s+(?!(?:${countedNouns})(?![\p{L}]))\p{Ll}+`,
        'iu',
      ),
      countListCue: new RegExp(
        String.raw`^\s*(?:${alternation(counts.countListCues)})(?![\p{L}])`,
        'iu',
      ),
      itemLead: new RegExp(
        String.raw`^[\s,]*(?:(?:${[...points.lastItem].reverse().join('|')})\s+)?`,
        'iu',
      ),
      // "kelompok beranggotakan 11 negara": the size of a group, not who took part.
      groupSize: new RegExp(
        String.raw`(?:${alternation(counts.groupSizeWords)})\s+(?:\S+\s+)?$`,
        'iu',
      ),
      // "lebih dari 40 negara", "1.200 peserta", "sebelas lembaga": a hedge, a number in digits or
      // words, a counted noun.
      // (Not an edition: "Pertemuan ke-15 Pemimpin …".)
      count: new RegExp(
        String.raw`(?<![\p{L}\p{N}-])(?:(${alternation(counts.hedges)})\s+)?(\d{1,3}(?:\.\d{3})+|\d+|${numberInWords}|${alternation(withCapitals(Object.keys(counts.approximateNumbers)))})\s+(${countedNouns})(?:\s+(?:${alternation(counts.qualifiers)}))?(?:\s+(?:${lastItem})\s+(${countedNouns}))?(?![\p{L}])`,
        'giu',
      ),
      participants: new RegExp(`^(?:${alternation(counts.participantNouns)})$`, 'iu'),
      listClose: new RegExp(
        String.raw`\s(?:${[...speakers.demonstratives].join('|')})\s+(?=\p{Ll})`,
        'u',
      ),
      approximate: new Map(Object.entries(counts.approximateNumbers)),
      // "Tiga menteri tidak hadir": a count of who did not take part.
      negated: new RegExp(String.raw`^\s*(?:${alternation(outcomes.negations)})(?![\p{L}])`, 'iu'),
      // "… rencananya akan dihadiri dua gubernur", "empat bupati dijadwalkan hadir": who was
      // to come, not who came.
      planned: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.strongFutureWords)})(?![\p{L}])(?:\s+\S+){0,3}\s*$`,
        'iu',
      ),
      plannedAfter: new RegExp(
        String.raw`^\s*(?:\S+\s+)?(?:${alternation(cover.strongFutureWords)})(?![\p{L}])`,
        'iu',
      ),
      roles: counts.roles.map(({ role, pattern }) => ({
        role: role as CountRole,
        pattern: new RegExp(pattern, 'iu'),
      })),
    },

    figures: {
      // "Pada Forum 1 hadir 300 orang": a figure of an earlier edition of the event.
      earlierEditions: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(figures.earlierEditionOpeners))})\s+(?:${alternation(withCapitals(cover.eventNouns.map(noun => noun.toLowerCase())))})\s+(?:${alternation(figures.firstEditions)})(?![\p{L}\p{N}])`,
        'gu',
      ),
      // A year as a time ("tahun 2010", "pada 2010"; not "Forum X 2017", not "Nomor 1 tahun 2018"),
      // and the words around it that make it one end of a span or the start of a change.
      years: new RegExp(
        String.raw`(?<=(?<![\p{L}]|\p{N}\s+)(?:${alternation(figures.yearWords)})\s+)((?:19|20)\d\d)(?![\p{N}/]|[.,]\d)`,
        'giu',
      ),
      spanWords: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(figures.spanWords)})(?![\p{L}])`,
        'giu',
      ),
      spanAfter: /^\s*[-–/]/u,
      // "2,7%", "90 persen".
      percent: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(?:${figures.minus}\s+)?\d+(?:[.,]\d+)?\s?(?:%|${figures.percent})(?![\p{L}])`,
        'giu',
      ),
      // "133 paket", "74 juta penduduk", "lima belas lembaga": a number, an optional scale, a noun
      // that is no unit of time.
      count: new RegExp(
        String.raw`(?<![\p{L}\p{N}/.,-])(?:${figures.hedges.map(hedge => `${hedge}\\s+`).join('|')})?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|${numberInWords})(?:\s+(?:${Object.keys(
          money.scales,
        )
          .filter(scale => scale !== 'milyar')
          .join(
            '|',
          )}))?\s+(?!(?:${timeNouns}|${alternation(figures.countStopWords)})(?![\p{L}]))(\p{Ll}[\p{Ll}-]{2,}(?:\s+(?:${countedNouns}|${figures.countTails.join('|')}))?(?:\s+\p{Lu}{2,}(?![\p{L}]))?)(?![\p{L}])`,
        'gu',
      ),
      // An exchange rate or an assumption is no figure of the event: "kurs Rp 15 ribu per USD".
      rate: new RegExp(String.raw`(?:${figures.rates.join('|')})\s*$`, 'iu'),
    },

    pledges: {
      verb: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(pledges.verbs)})(?![\p{L}])`, 'giu'),
      purpose: new RegExp(String.raw`^[\s,]*(?:${alternation(pledges.purposeOpeners)})\s+`, 'iu'),
      timeSpan: new RegExp(
        String.raw`^[\s,]*${pledges.within}\s+(?:\S+\s+){0,2}(?:${alternation(pledges.timeWords)})\b`,
        'iu',
      ),
      wholeOf: new RegExp(String.raw`(?<![\p{L}])${pledges.wholeOf}$`, 'u'),
      notPledged: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(pledges.nonPledgeNouns)})(?![\p{L}])`,
        'iu',
      ),
      part: new RegExp(String.raw`^[\s,]*(?:${alternation(pledges.partMarkers)})(?![\p{L}])`, 'iu'),
      partBefore: new RegExp(
        String.raw`(?:${alternation(pledges.partMarkers)})\s+(?:\S+\s+){0,2}$`,
        'iu',
      ),
      opener: new RegExp(String.raw`^(?:(?:${openers})\s*,?\s*)`, 'u'),
      // "Kami akan memberikan …", "Pemerintah kami berkomitmen …": the speaker pledges.
      firstPerson: new RegExp(
        String.raw`^["“]?\s*(?:${alternation(pledges.firstPersonSubjects)})(?![\p{L}])`,
        'iu',
      ),
      // "hibah dari pemerintah Jepang", "pinjaman dari Bank Dunia": the giver after the amount.
      from: new RegExp(pledges.giverAfter, 'iu'),
      relative: new RegExp(String.raw`\b${pledges.relative}\b`, 'iu'),
      // "… yang (juga) " right before the pledge verb.
      relativeBefore: new RegExp(
        String.raw`\s${pledges.relative}(?:\s+(?:${alternation(pledges.relativeAdverbs)}))*\s+$`,
        'u',
      ),
      // " yang berkumpul di Kota Lama telah ": a relative clause that says which, then the verb's
      // adverbs (group 1).
      // (The clause may name a place between commas: "yang berkumpul di Kota Lama, Sapta, telah".)
      describedBy: new RegExp(
        String.raw`^(?:\s+${pledges.relative}\s+(?:[^,.;:"“”]|,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,(?=\s)){3,110}?)?((?:\s+(?:${alternation(pledges.relativeAdverbs)}))*)\s*$`,
        'u',
      ),
      // "Para donor", "Beberapa donor asing", "9 negara", "Sebuah konferensi donor di Kota Lama":
      // a group, counted, with one lower-case word that describes it and its place.
      groupSubject: new RegExp(
        String.raw`^(?:${alternation(withCapitals(pledges.groupSubjects))}|(?:${alternation(withCapitals(pledges.groupCounts))}|\d+)\s+(?:${alternation(pledges.groupNouns)}))(?![\p{L}-])(?:\s+(?!(?:${alternation([pledges.relative, pledges.groupPlace, ...pledges.relativeAdverbs])})(?![\p{L}-]))\p{Ll}[\p{Ll}-]*)?(?:\s+${pledges.groupPlace}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?`,
        'u',
      ),
      // Lower-case words that put the pledger among those who pledge: " termasuk di antara negara".
      among: new RegExp(
        String.raw`^\s+(?:${alternation(pledges.amongWords)})(?:\s+[\p{Ll}-]+){0,6}\s*$`,
        'u',
      ),
      joint: new RegExp(String.raw`^\s+(?:${lastItem})\s+`, 'u'),
      each: new RegExp(String.raw`^\s+${pledges.each}(?![\p{L}])`, 'u'),
      // ", sedangkan B …", "dan B …" after an amount: where another subject's clause starts.
      contrast: new RegExp(
        String.raw`(?:^|[\s,;])(?:${alternation(withCapitals(pledges.contrast))})\s+`,
        'gu',
      ),
      afterAmount: new RegExp(
        String.raw`\d[\d.,]*(?:\s+\p{L}+){0,3}[\s,]+(?:${lastItem})\s+`,
        'gu',
      ),
      // Between two amounts of a list, each with its giver: ", ", " dan ".
      listGap: new RegExp(String.raw`^[\s,]*(?:(?:${lastItem})\s+)?$`, 'u'),
      // "…, Kota Lama (USD 5 juta)": the name before an amount's bracket (group 1).
      bracketGiver: new RegExp(
        String.raw`(?:^|[,;]\s*(?:(?:${lastItem})\s+)?|\s(?:${lastItem})\s+)([^,;()]{2,60}?)\s*\(\s*$`,
        'u',
      ),
      // From one bracketed amount to the next name's bracket: "), dan Kota Baru (".
      bracketRun: new RegExp(String.raw`^\)[,\s]*(?:(?:${lastItem})\s+)?[^,;()]{2,60}\(\s*$`, 'u'),
      conversionBare: new RegExp(
        String.raw`^\s+${pledges.conversion}(?:\s+${pledges.conversion})?\s+$`,
        'u',
      ),
      // "lebih dari US$ 3 miliar": the hedge is part of the amount as the article gives it.
      hedgeBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(figures.hedges))})\s+$`,
        'u',
      ),
      // "… di Oslo, " before a country: the country is the place's, not a subject.
      placeBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(pledges.placePrepositions)})\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3},\s*$`,
        'u',
      ),
      government: new RegExp(String.raw`^${pledges.government}\s`, 'u'),
      // The word that only joins a conversion to its amount: "USD 2 juta atau Rp 30 miliar".
      conversionJoin: new RegExp(String.raw`^(?:${pledges.conversionJoin})\s+`, 'u'),
      conversionOpen: new RegExp(String.raw`^\s*\(\s*${pledges.conversion}?\s*$`, 'u'),
    },

    cover: {
      date: new RegExp(dateSource, 'gu'),
      firstDate: new RegExp(dateSource, 'u'),
      // "… di Kota Lama hari Rabu.", "…, Senin yang …": a weekday alone, right after the event's
      // name or place, dates it (group 1, without the "pada" before it).
      weekdayAfter: new RegExp(
        String.raw`^,?\s+(?:(?:${alternation(cover.heldWords)})\s+)?(${onDay}(?:\s+(?:${dayPart}))?)(?![\p{L}\p{N}])(?!\s*\(|,?\s*\d)`,
        'u',
      ),
      // "… pada (hari) Senin menandatangani …": a weekday alone after "pada" or "hari" in the
      // story's opening dates the event when nothing else does.
      weekdayAlone: new RegExp(
        String.raw`(?<![\p{L}])(?:pada\s+(?:(?:${dayWord})\s+)?|(?:${dayWord})\s+)(?:${weekday})(?:\s+(?:${dayPart}))?(?![\p{L}\p{N}])(?!\s*\(|,?\s*\d)`,
        'u',
      ),
      // The rest of a span of days after its first: "… hingga Rabu (5/5)" (`dateSpan` reads it).
      dateRangeTail: new RegExp(
        String.raw`^\s+(?:${alternation(cover.dateRangeWords)})\s+(?=\S)`,
        'u',
      ),
      // "… akan digelar …", "bakal hadir … pada 7-8 Juli": what is still to come is not this event.
      future: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.futureWords)})(?![\p{L}])[^.;]*$`,
        'iu',
      ),
      // "di sela (penyelenggaraan) KTT X": the event around the one reported.
      markedOccasion: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.markedOccasions)})(?:\s+(?:${alternation(cover.markedOccasionNouns)}))?\s+$`,
        'iu',
      ),
      sidelines: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.sidelineWords)})(?:\s+\p{Ll}+){0,2}\s+$`,
        'iu',
      ),
      arrival: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.arrivalWords)})(?![\p{L}])`,
        'iu',
      ),
      // "Forum X tahun lalu": a time gone by right after the event's name.
      pastTimeAfter: new RegExp(
        String.raw`^\s*(?:${alternation(cover.pastTimeWords)})(?![\p{L}])`,
        'iu',
      ),
      // "… setelah rapat perdananya pada 2010 silam di Kota Lama": a past time right before the place.
      pastTimeBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation([...cover.pastTimeWords, ...cover.agoWords])})\s*$`,
        'iu',
      ),
      // "Akhir Juni mendatang, …", "tahun depan": a time still to come anywhere before the event.
      futureTime: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.futureTimeWords)})(?![\p{L}])`,
        'iu',
      ),
      invitedTo: new RegExp(
        String.raw`(?<![\p{L}])(?<!(?:${alternation(cover.invitationMet)})\s+)(?:${alternation(cover.invitationWords)})(?![\p{L}])[^.;]{0,120}(?<![\p{L}])(?:${alternation(cover.holdingVerbs)})(?:\s+\p{Ll}+)?\s*$`,
        'iu',
      ),
      futureEvent: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.strongFutureWords)})\s+(?:\S+\s+){0,3}(?:${alternation(cover.holdingVerbs)})(?![\p{L}])[^.;]*$`,
        'iu',
      ),
      topic: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.topicWords)})(?![\p{L}])`,
        'iu',
      ),
      // "pada Kamis (…) berencana akan …": right after a date, a word that puts it still to come.
      toComeAfter: new RegExp(
        String.raw`^\s*,?\s*(?:${alternation(withCapitals([...cover.strongFutureWords, ...cover.plannedWords]))})(?![\p{L}])`,
        'u',
      ),
      planned: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.plannedWords)})(?![\p{L}])[^.;]*$`,
        'u',
      ),
      received: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.receivedWords)})\s+$`,
        'u',
      ),
      history: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(cover.historyWords))})(?![\p{L}])[^,;.]{0,60}$`,
        'u',
      ),
      // "… banjir yang merendam kota pada 3 Maret lalu": the date of what a relative clause
      // tells of, which the article says is past (the clause before the date, the words after it).
      relativeClause: new RegExp(
        String.raw`(?<![\p{L}])yang\s+(?!(?:${alternation(cover.heldAfterWords)})(?![\p{L}]))\p{Ll}[^,;]{0,60}$`,
        'u',
      ),
      agoAfter: new RegExp(String.raw`^\s*(?:${alternation(cover.agoAfterWords)})(?![\p{L}])`, 'u'),
      recurring: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(cover.recurringWords))})\s+$`,
        'u',
      ),
      earlier: new RegExp(
        String.raw`^\S+\s+(?:${alternation(cover.earlierWords)})(?![\p{L}])`,
        'iu',
      ),
      // "… setelah sebelumnya mengikuti KTT X di Kota Lama": an event attended before this one.
      earlierBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.earlierWords.slice(0, 1))})(?![\p{L}])`,
        'iu',
      ),
      // A sentence about an earlier meeting: "Pertemuan sebelumnya …", "KTT terakhir …".
      earlierMeeting: new RegExp(
        String.raw`^(?:${alternation(cover.eventNouns)})\s+(?:${alternation(cover.earlierWords)})(?![\p{L}])`,
        'u',
      ),
      // Words before an event that is held: "dalam Forum …", "menggelar Forum …".
      held: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.heldWords)})\s+(?:\S+\s+){0,2}$`,
        'iu',
      ),
      eventStart: new RegExp(String.raw`^(?:${alternation(cover.eventNouns)})(?![\p{L}])`, 'u'),
      // "Sapta Ministers' Meeting": an event named in English ends with its noun.
      eventEnd: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.englishEventNouns)})$`,
        'u',
      ),
      // (A full stop inside a word, "Kabar.com", ends nothing.)
      statementDate: new RegExp(
        String.raw`(?:${alternation(cover.statementDateWords)})(?:[^.;]|\.(?=\p{L})){0,40}$`,
        'iu',
      ),
      // A named event: capitalised words (joiners, "ke-46", a year, an acronym in parentheses)
      // around an event noun. Parts of a bigger event ("Sesi Tanya Jawab", "Upacara Penutupan")
      // rank after the event itself.
      // Any event noun at all: a sentence without one names no event, and is not scanned further.
      anyEventNoun: new RegExp(String.raw`(?:${alternation(eventNouns)})(?![\p{L}\p{N}])`, 'u'),
      event: new RegExp(
        String.raw`(?<![\p{L}\p{N}])(?:${eventWord}(?:\s+(?:${nameJoin}))?\s+){0,4}(?:${alternation(eventNouns)})(?![\p{L}\p{N}])(?:${eventJoin}\s+${eventWord})*(?:(?<!(?<![\p{N}])\d{4}[^.;:]{0,150})\s+(?:${alternation(withCapitals([cover.yearWord]))})\s+\d{4}(?![\p{L}\p{N}]))?`,
        'gu',
      ),
      session: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.sessionNouns)})(?:${eventJoin}\s+${eventWord})+`,
        'gu',
      ),
      // "rapat paripurna istimewa": an event phrase with the kind of sitting it was.
      eventPhrase: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.eventPhrases)})(?:\s+(?:${alternation(cover.phraseQualifiers)}))?(?![\p{L}])`,
        'iu',
      ),
      // What names the event after its phrase: "rapat koordinasi Gubernur Se-Wilayah tahun 2019", its
      // capitalised words (no day, no month) and a year.
      eventComplement: new RegExp(
        String.raw`^(?:\s+(?!(?:${weekday}|${month})(?![\p{L}]))(?:\p{Lu}[\p{L}\-]*|\(\p{Lu}[\p{L}\d\-]{1,12}\)|[Ss]e-\p{Lu}\p{L}*))+(?:\s+(?:${alternation(withCapitals([cover.yearWord]))})?\s*\d{4}(?![\p{N}]))?`,
        'u',
      ),
      // Words after which "di …" is where the event took place: "pidato … di Hotel Nusantara".
      placeAnchor: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation([...cover.eventPhrases, ...cover.placeAnchors])})(?![\p{L}])`,
        'giu',
      ),
      heldAnchor: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.heldAnchors)})(?![\p{L}])`,
        'gu',
      ),
      // "… datang ke Hotel X, tempat rakernas digelar": the place, named as where the event is held.
      venueNamed: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.towards)})\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,4}),\s+(?:${alternation(cover.venueAppositions)})\s+(?:\S+\s+){0,2}(?:${alternation(cover.heldAfterWords)})(?![\p{L}])`,
        'u',
      ),
      // A venue is a place on its own: "di Gedung Serbaguna", "di Kompleks Olahraga, Kota Baru".
      venue: new RegExp(String.raw`^(?:${alternation(cover.venueWords)})(?![\p{L}])`, 'u'),
      // The same in lower case before a name: "di kantor PT Sapta, Kota Lama", "di halaman Masjid X".
      lowerVenue: new RegExp(
        String.raw`^(?:${alternation(cover.venueWords.map(word => word.toLowerCase()))})\s+(?!(?:${weekday})(?![\p{L}]))\p{Lu}`,
        'u',
      ),
      // "di Ruang Rapat Rektorat …": an event or session noun inside a room's name.
      venueTail: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(cover.venueTails)})(?![\p{L}])`,
        'u',
      ),
      venueBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(cover.venueWords))})\s+$`,
        'u',
      ),
      // "di Gedung Sate, Bandung", "di Hotel Nusantara, Jakarta": a place after "di", up to one
      // comma; an acronym in parentheses is part of it ("Balai Sidang Utama (BSU)"), and so is a
      // lower-case head before the name ("di ibu kota Lama").
      place: new RegExp(
        String.raw`(?<![\p{L}])${cover.at}\s+((?:(?:${alternation(cover.placeHeads)})\s+){0,2}(?!(?:${weekday})(?![\p{L}]))\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:${placeJoiners}\s+)?\p{Lu}[\p{L}'’.\-]*|\d+|\(\p{Lu}[\p{L}\d\-]{1,11}\)))*(?:,\s+(?!(?:${weekday})\b)\p{Lu}[\p{L}'’.\-]*(?:\s+(?:${placeJoiners}\s+)?\p{Lu}[\p{L}'’.\-]*)*(?:\s+\(\p{Lu}{2,6}\))?)?)`,
        'u',
      ),
      at: new RegExp(String.raw`(?<![\p{L}])${cover.at}\s+`, 'gu'),
      // How the event was held: "digelar secara virtual", "rilis secara daring", "konferensi
      // virtual", "diadakan secara hybrid (di aula dan daring)" (the verb or noun before it kept).
      mode: new RegExp(
        String.raw`(?<![\p{L}])(?:(?:${alternation(cover.heldAfterWords)}|${alternation(cover.formats)}|${alternation(cover.eventNouns.map(noun => noun.toLowerCase()))})\s+(?:${cover.modeWord}\s+)?)(?:${alternation(cover.modes)})(?![\p{L}])(?:\s*\([^()]{1,30}\))?|(?<=(?<![\p{L}])(?:${alternation(withCapitals(cover.spokeVerbs))})(?:\s+[^\s.;:"“”]+){0,12}?\s)(?:${cover.modeWord}\s+(?:${alternation(cover.modes)})|${alternation(cover.remoteLinks)})(?![\p{L}])`,
        'u',
      ),
      // "… di Kota Lama berlangsung persidangan …": the place right before the verb that holds it.
      heldAfter: new RegExp(
        String.raw`^\s+(?:${alternation(cover.heldAfterWords)})(?![\p{L}])`,
        'u',
      ),
      // The city of a venue: "Markas Besar X di Kota Lama".
      venueIn: new RegExp(
        String.raw`^\s+${cover.at}\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}(?=\s*[,.;(]|\s+\p{Ll}|$)`,
        'u',
      ),
      // One more part of a venue's address: ", Kota Lama" before a comma, a full stop or a lower-case
      // word, not a weekday.
      addressPart: new RegExp(
        String.raw`^,\s+(?!(?:${weekday})(?![\p{L}]))\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}(?=\s*[,.;]|\s+\p{Ll}|$)`,
        'u',
      ),
      // "Presiden ke-9 Forum X …": shortly after a title of office, the name is the office's body,
      // not an event held.
      officeBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(speakers.officeHeads)})(?:(?:\s+\S+){0,2}|(?:\s+(?:\p{Lu}\S*|${speakers.titleJoiners.join('|')})){0,5})\s+$`,
        'u',
      ),
      nameJoiner: new RegExp(`^(?:${nameJoin})$`, 'u'),
      // What follows the speaker's name and tells where and when they spoke: ", dalam …", " saat …".
      occasion: new RegExp(
        String.raw`^\s*,?\s*(?:${alternation(cover.occasionOpeners)})(?![\p{L}])`,
        'u',
      ),
      // A verb of saying ends where and when: "dalam sambutannya mengatakan …".
      // … and so does another person: "… dengan Wali Kota X", "… yang disampaikan oleh Menteri Y".
      occasionStop: new RegExp(
        String.raw`\s(?:dan\s+)?(?:${reporting})(?![\p{L}])|\s(?:(?:\p{Ll}+\s+)?(?:${alternation(cover.occasionEnds)})\s+)?(?:${officeHeads})(?![\p{L}])|\s(?:${alternation(cover.occasionEnds)})\s+(?=\p{Lu})`,
        'u',
      ),
      written: new RegExp(
        String.raw`^(?:\S+\s+){0,1}(?:${alternation(cover.writtenStatements)})(?![\p{L}])`,
        'u',
      ),
      // "bertema 'Energi untuk Semua'", "dengan tema: "…"", "mengangkat tema Kerja Sama Kawasan yang …".
      theme: themeAfter(cover.themeWords),
      // "konferensi pers berjudul “…”": a title, after a format or a speech (see `titledAfter`).
      titled: themeAfter(cover.titleWords),
      titledAfter: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals([...cover.formats, ...speakers.speechNouns]))})(?![\p{L}])[^.;:"“”]{0,40}$`,
        'u',
      ),
      format: new RegExp(formatSource, 'iu'),
      // (The same, for every format a sentence names.)
      formats: new RegExp(formatSource, 'giu'),
      // A format that also names a document: "hasil rilis lembaga statistik".
      weakFormat: new RegExp(String.raw`^(?:${alternation(cover.weakFormats)})$`, 'iu'),
      // "… konferensi pers sebelumnya": what follows a format says it was an earlier one's.
      earlierAfter: new RegExp(
        String.raw`^(?:\s+[\p{L}\p{N}-]+){0,2}?\s+(?:${alternation(cover.earlierWords)})(?![\p{L}])`,
        'u',
      ),
      // "… rilis yang diterima redaksi": a text the newsroom received, not the event's format.
      receivedAfter: new RegExp(
        String.raw`^\s+yang\s+(?:${alternation(cover.receivedVerbs)})(?![\p{L}])`,
        'u',
      ),
      groupEvent: new RegExp(String.raw`^(?:${cover.groupEventNouns.join('|')})\s`, 'u'),
      eventNounWords: new Set(
        [...cover.eventNouns, ...eventNouns].map(noun => noun.split(' ')[0]!),
      ),
      // Words that never open an event's name: another event noun, a session noun, a function word.
      notFirst: new Set([
        ...cover.sessionNouns,
        ...cover.eventNouns,
        ...cover.organisers,
        ...speakers.functionWords,
      ]),
    },
    outcomes: {
      // A verb of signing, adopting or agreeing, as a whole word, also at a sentence's start.
      verb: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.verbs))})(?![\p{L}])`,
        'gu',
      ),
      weakVerb: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.weakVerbs))})(?![\p{L}])`,
        'gu',
      ),
      carriedOut: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(outcomes.carriedOut)})(?![\p{L}])`,
        'u',
      ),
      document: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(outcomes.documents)})(?![\p{L}])`,
        'iu',
      ),
      // "belum menandatangani", "akan disahkan", "siap menjalin": within two words before the verb.
      undone: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals([...outcomes.negations, ...outcomes.elsewhen, ...outcomes.wishes, ...cover.strongFutureWords]))})(?:\s+\S+){0,2}\s*$`,
        'u',
      ),
      // "kita telah menandatangani": done, also when a speaker says it.
      done: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.done))})(?:\s+(?:juga|pun|secara resmi))?\s+$`,
        'u',
      ),
      now: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.now))})(?![\p{L}])`,
        'u',
      ),
      // "atas … dalam menyetujui": the verb is what someone is thanked or greeted for.
      // "… dukungannya terhadap Deklarasi X yang disepakati …": a stand taken, then the document
      // and a relative clause that agrees it (another meeting's).
      stanceThenRelative: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.stances))})(?![\p{L}])[^.;]{0,120}\syang\s+(?:${alternation(outcomes.done)}\s+)?$`,
        'u',
      ),
      // "untuk bersama- sama menandatangani": a verb of purpose, after at most two words.
      purposeBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(outcomes.purposes)})\s+(?:\S+\s+){0,2}$`,
        'u',
      ),
      // "Pantauan media, …": the reporter's framing, up to its comma.
      framing: new RegExp(
        String.raw`^(?:${alternation(outcomes.framing)})(?:\s+\p{Ll}+){0,3}\s*,\s*`,
        'u',
      ),
      thanked: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.thanks))})(?![\p{L}])`,
        'u',
      ),
      relativeBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(outcomes.relatives)})\s+$`,
        'u',
      ),
      // "tiga nota yang ditandatangani": the verb whose subject is what was signed.
      passiveVerb: new RegExp(
        String.raw`^(?:${alternation(withCapitals(outcomes.passiveVerbs))})$`,
        'u',
      ),
      asReason: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.reasons))})\s+(?:telah\s+|berhasil\s+)?$`,
        'u',
      ),
      // "lewat penandatanganan nota itu": the signing named again, as the means of something else.
      instrument: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(withCapitals(outcomes.instruments))})\s+$`,
        'u',
      ),
      namedAgain: new RegExp(
        String.raw`^\S+\s+(?:${alternation(outcomes.documents)})(?:\s+\([^)]{1,20}\))?\s+(?:${speakers.demonstratives.join('|')})(?![\p{L}])`,
        'iu',
      ),
      value: new RegExp(
        String.raw`(?<![\p{L}])(?:${alternation(outcomes.valueWords)})\s+(?:sebesar\s+|hingga\s+|mencapai\s+)?$`,
        'iu',
      ),
    },
  }
}

const grammars = new Map<Language, Grammar>()

/** The grammar of a language, built once. */
export function grammarOf(language: Language = ID): Grammar {
  let grammar = grammars.get(language)
  if (!grammar) {
    grammar = build(language)
    grammars.set(language, grammar)
  }
  return grammar
}
