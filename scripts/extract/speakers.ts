import { escapeRegExp } from '../lang/escape.js'
import type { Grammar } from '../lang/grammar.js'
import { perGrammar } from '../lang/memo.js'
import type { Sentence } from '../model.js'
import type { Attribution } from './attribution.js'
import { findAttributions, introducedPeople } from './attribution.js'
import { wordCount } from './condense.js'
import { countryAt } from './countries.js'
import type { Mention } from './mentions.js'
import { mentionAt } from './mentions.js'

/** One speaker of the article: a person, an organisation or a country, with every way it is mentioned. */
export interface Speaker {
  id: number
  kind: 'person' | 'organisation' | 'country'
  /** The fullest mention, verbatim: "Presiden Kenya Amani Otieno". */
  label: string
  office?: string
  name?: string
  alias?: string
  country?: { name: string; code: string }
  organisation?: string
  /** Every mention that resolved to this speaker. */
  mentions: Mention[]
  attributions: Attribution[]
}

/** Who speaks in the article, what each says, and what could not be attributed with certainty. */
export interface Speakers {
  speakers: Speaker[]
  /** The person the article is about: most attributed content, the lead weighing more. */
  main?: Speaker
  /** Attributions whose speaker could not be resolved: for the review list. */
  unresolved: Attribution[]
}

// Office keys are compared for every pair of mention and speaker: each office is keyed once per
// language.
const keyOfOffice = perGrammar(computeOfficeKey)

function officeKey(grammar: Grammar, office: string | undefined): string | undefined {
  return office ? keyOfOffice(grammar, office) : undefined
}

// A speaker's office keys (as written, and by its short form), kept with the speaker until a fuller
// mention relabels their office.
type OfficeKeyCache = WeakMap<Speaker, { office: string | undefined; key: string | undefined }>
const speakerKeys: OfficeKeyCache = new WeakMap()
const shortKeys: OfficeKeyCache = new WeakMap()

function cachedByOffice(
  cache: OfficeKeyCache,
  speaker: Speaker,
  compute: (office: string | undefined) => string | undefined,
): string | undefined {
  const cached = cache.get(speaker)
  if (cached && cached.office === speaker.office) return cached.key
  const key = compute(speaker.office)
  cache.set(speaker, { office: speaker.office, key })
  return key
}

function speakerOfficeKey(grammar: Grammar, speaker: Speaker): string | undefined {
  return cachedByOffice(speakerKeys, speaker, office => officeKey(grammar, office))
}

/**
 * The key of an office by its bracketed short form: "Kepala Kepolisian Daerah (Kapolda) Sapta" is
 * also "Kapolda Sapta", and "Kapolda" alone may name its holder.
 */
function speakerShortKey(grammar: Grammar, speaker: Speaker): string | undefined {
  return cachedByOffice(shortKeys, speaker, office => {
    const short = office && SHORT_FORM_OFFICE.exec(office)
    return short ? officeKey(grammar, `${short[1]} ${short[2]}`.trim()) : undefined
  })
}

/**
 * Whether a title with a demonstrative ("Gubernur Kota Lama ini") may stand for this speaker: the
 * same country, and the same office when both are known (a leader's title, for a leader).
 */
function pointerFits(grammar: Grammar, mention: Mention, speaker: Speaker): boolean {
  if (mention.country && speaker.country && mention.country.code !== speaker.country.code)
    return false
  // "Pemimpin Sapta itu": a title of no office of its own stands for a head of state or government.
  if (mention.office && grammar.speakers.leaderTitles.has(mention.office.toLowerCase()))
    return leads(grammar, speaker)
  const key = officeKey(grammar, mention.office)
  const theirs = speakerOfficeKey(grammar, speaker)
  return (
    !key ||
    !theirs ||
    holdsOffice(grammar, speaker, key) ||
    theirs.startsWith(`${key} `) ||
    key.startsWith(`${theirs} `)
  )
}

/**
 * Whether the speaker holds the office `key` names: as written, by its short form in brackets
 * ("Kapolda Sapta"), or by a short form of its words' first parts ("Rektor Unmul").
 */
function holdsOffice(grammar: Grammar, speaker: Speaker, key: string): boolean {
  const theirs = speakerOfficeKey(grammar, speaker)
  return (
    theirs === key ||
    speakerShortKey(grammar, speaker) === key ||
    (theirs !== undefined && syllabicOf(key, theirs))
  )
}

// A title, its short form in brackets (one word), and what follows it (a region, a body).
const SHORT_FORM_OFFICE = /^[^()]+\s\((\p{Lu}[\p{L}]{2,15})\)\s*([^()]*)$/u

function computeOfficeKey(grammar: Grammar, office: string): string {
  const { officeShortForms, ownStateSuffix } = grammar.speakers
  const key = office
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/\s*\([^)]*\)/gu, '')
    .trim()
  const words = key.split(' ')
  // "Rektor Universitas X Prof" (the name's honorific read into the title): the title is before it.
  const honorific = new Set([...grammar.text.honorifics].map(word => word.toLowerCase()))
  while (words.length > 1 && honorific.has(words.at(-1)!.replace(/\.$/u, ''))) words.pop()
  // "Menlu RI" → "menteri luar negeri": compare titles without acronyms of the state.
  const head = officeShortForms[words[0]!] ?? officeShortForms[words.slice(0, 2).join(' ')]
  const base = head
    ? [head, ...words.slice(officeShortForms[words[0]!] ? 1 : 2)].join(' ')
    : words.join(' ')
  return base.replace(ownStateSuffix, '')
}

// A name's tokens are read for every pair of a mention and a speaker: each name is split once per
// article.
const tokenCache = new Map<string, string[]>()
// The honorifics of the article's language ("Hj", "Dr"): two-letter words that are no name.
let honorifics: ReadonlySet<string> = new Set()

function nameTokens(name: string | undefined): string[] {
  if (!name) return []
  let tokens = tokenCache.get(name)
  if (!tokens) {
    // Initials and degrees ("H", "SH") are no name; a two-letter name ("Xi", "Li") is.
    tokens = name
      .split(/[\s.]+/u)
      .filter(
        token => !honorifics.has(token) && (token.length >= 3 || /^\p{Lu}\p{Ll}$/u.test(token)),
      )
    tokenCache.set(name, tokens)
  }
  return tokens
}

/**
 * At most this many named officials are remembered from the whole article (attendance lists
 * included): more are a list, not people who speak, and comparing each with all the others would
 * take time that grows with the square of their number.
 */
const MAX_KNOWN = 200

/**
 * True when `short` is a press nickname of the name: syllables of its words run together ("Anira"
 * for Ani Rahmawati, "Budsan" for Budi Santoso), or its initials ("SBW" for Sari Budi Wijaya).
 */
export function isNickname(short: string, name: string): boolean {
  const words = name.split(/\s+/u).filter(Boolean)
  if (words.length < 2) return false
  if (/^\p{Lu}{2,4}$/u.test(short))
    return words.length === short.length && words.every((word, at) => word[0] === short[at])
  const lower = short.toLowerCase()
  // "Enggar" for Enggartiasto X: the opening letters (five or more) of a longer word of the name;
  // four of the first word when it is much longer ("Sapt" for Saptawati X).
  if (
    lower.length >= 5 &&
    words.some(word => word.length >= lower.length + 2 && word.toLowerCase().startsWith(lower))
  )
    return true
  // (A doubled letter is a slip: "Saptt".)
  const compact = loose(short)
  if (
    compact.length === 4 &&
    words[0].length >= compact.length + 3 &&
    loose(words[0]).startsWith(compact)
  )
    return true
  for (let first = 0; first + 1 < words.length; first++) {
    const a = words[first].toLowerCase()
    const b = words[first + 1].toLowerCase()
    for (let cut = 3; cut < lower.length - 1; cut++) {
      const head = lower.slice(0, cut)
      const tail = lower.slice(cut)
      if (
        a.startsWith(head) &&
        b.startsWith(tail.slice(0, Math.min(3, tail.length))) &&
        tail.length >= 2
      )
        return true
    }
  }
  return false
}

/** A mention that says more: office and name beat a name alone, a name alone beats an office. */
function richness(mention: Mention): number {
  return (
    (mention.name ? 2 : 0) +
    (mention.office ? 1 : 0) +
    (mention.country || mention.organisation ? 1 : 0) +
    mention.text.length / 1000
  )
}

/** Resolve the article's speaker mentions to speakers, and pick the main speaker. */
export function findSpeakers(grammar: Grammar, sentences: Sentence[], title?: string): Speakers {
  tokenCache.clear()
  looseCache.clear()
  honorifics = grammar.text.honorifics
  const attributions = findAttributions(grammar, sentences)
  const speakers: Speaker[] = []
  const unresolved: Attribution[] = []

  // Named officials anywhere in the article ("Yang hadir … Perdana Menteri Lina Hartono") are known
  // people: a later bare "Perdana Menteri" or "Hartono" is them.
  const known: Speaker[] = []
  // (A person named short first, in full later: "Gubernur Sapta" in the headline, "Gubernur Kota
  // Lama Budi Sapta" in the story; the fuller name is the one known.)
  // Where the article first names each of them (its sentence): a bare title points back to a holder
  // named before it.
  const namedAt = new Map<string, number>()
  const know = (mention: Mention, at: number): void => {
    if (mention.name && !namedAt.has(mention.name)) namedAt.set(mention.name, at)
    const same = known.findIndex(person => sameName(person, mention))
    if (same < 0) {
      if (known.length < MAX_KNOWN) known.push(newSpeaker(-1, mention))
    } else if (names(grammar, newSpeaker(-1, mention), labelMention(known[same]!)))
      known[same] = newSpeaker(-1, mention)
  }
  for (const [position, sentence] of sentences.entries()) {
    // "… oleh Prof. Budi Santoso, M.Si., selaku Rektor X": introduced by name and office.
    for (const mention of introducedPeople(grammar, sentence.sentence)) know(mention, position)
    for (const match of sentence.sentence.matchAll(grammar.speakers.officeAnywhere)) {
      const mention = mentionAt(grammar, sentence.sentence, match.index!)
      if (mention?.kind === 'person' && mention.name) know(mention, position)
    }
  }

  // "Ani, sapaan Ani Rahma, …": a short name the article gives for a full one; a later "kata Ani" is
  // that person.
  for (const sentence of sentences) {
    if (!grammar.speakers.anyNicknameWord.test(sentence.sentence)) continue
    for (const match of sentence.sentence.matchAll(grammar.speakers.nicknameOf)) {
      const [, short, full] = match as unknown as [string, string, string]
      const index = match.index! + match[0].length - full.length
      const person: Mention = {
        kind: 'person',
        text: full,
        name: full,
        index,
        end: index + full.length,
      }
      const holder = namedAs(known, person)[0]
      if (holder) holder.alias ??= short
      else if (known.length < MAX_KNOWN) known.push(newSpeaker(-1, { ...person, alias: short }))
    }
  }

  let lastSpeaker: Speaker | undefined
  let lastPosition = -10
  // "…," katanya: a pronoun stands for a person first; a country or a body that spoke since takes it
  // only with no person near ("…," tulisnya, of a ministry's statement).
  let lastPerson: Speaker | undefined
  let lastPersonPosition = -10
  // Continued quotes take their owner's speaker, once the owners are resolved.
  const ordered = [
    ...attributions.filter(entry => entry.form !== 'continued'),
    ...attributions.filter(entry => entry.form === 'continued'),
  ]
  const byMention = new Map<Mention, Speaker | undefined>()
  // Where a quotation that runs over sentences begins, by the mention that closes it ("…," ujar dia):
  // who "dia" is is told from there.
  const quoteStart = new Map<Mention, number>()
  for (const attribution of attributions)
    if (attribution.form === 'continued')
      quoteStart.set(
        attribution.mention,
        Math.min(attribution.position, quoteStart.get(attribution.mention) ?? Infinity),
      )
  for (const attribution of ordered) {
    const { mention } = attribution
    let speaker: Speaker | undefined
    if (attribution.form === 'continued') {
      if (!byMention.has(mention)) continue
      speaker = byMention.get(mention)
      if (!speaker) continue
      speaker.attributions.push(attribution)
      continue
    } else if (mention.kind === 'pronoun') {
      // An epithet may carry a name ("pria yang akrab disapa Anira itu"): that person; else the
      // last speaker.
      // (Not a word right after a title: "mantan Bupati Sapta itu" names a region, not a person.)
      const names = (candidate: Speaker): boolean =>
        [...nameTokens(candidate.name), ...nameTokens(candidate.alias)].some(
          token =>
            containsWord(mention.text, token) &&
            !grammar.speakers.officeWords.has(
              /(\S+)\s+$/u.exec(mention.text.slice(0, mention.text.indexOf(token)))?.[1] ?? '',
            ),
        )
      // (A title's words are no name: "Gubernur Kota Lama ini" names a place.)
      const introduced = mention.office ? undefined : (speakers.find(names) ?? known.find(names))
      const named = introduced && asSpeaker(speakers, introduced)
      // The last speaker, unless the sentence before opens with another titled person ("Menteri
      // Y turut berpidato. Ia menyoroti …"): then who is meant cannot be told. With no speaker
      // near, the person the sentence before (or the story) opens with.
      const from = Math.min(attribution.position, quoteStart.get(mention) ?? Infinity)
      const recent =
        from - lastPersonPosition <= 4
          ? lastPerson
          : from - lastPosition <= 4
            ? lastSpeaker
            : // Farther back, the last person who spoke, when the sentences since name no one else
              // (figures, background): "… kata Menteri X. [data] [data] "…," ujar dia."
              lastPerson &&
                from - lastPersonPosition <= QUIET_REACH &&
                namesNoOne(
                  grammar,
                  sentences.slice(lastPersonPosition + 1, from),
                  [...speakers, ...known].filter(
                    other => other !== lastPerson && !sameName(other, labelMention(lastPerson!)),
                  ),
                )
              ? lastPerson
              : undefined
      const opener = openerBefore(grammar, sentences, from, speakers, known)
      const onlyNamed =
        recent || opener ? undefined : onlyNamedBefore(grammar, sentences, from, speakers, known)
      speaker =
        named ??
        (recent
          ? opener && speakers.find(other => sameName(other, opener)) !== recent
            ? undefined
            : recent
          : opener
            ? subjectOf(grammar, opener, speakers, known, sentences)
            : onlyNamed && subjectOf(grammar, onlyNamed, speakers, known, sentences)) ??
        // "…," katanya saat membuka Munas X: the one the article says opened it.
        opening(grammar, attribution, sentences, speakers, known)
      // "Gubernur Kota Lama ini …": a pointer that keeps a title stands only for one who may hold it.
      if (speaker && !pointerFits(grammar, mention, speaker)) speaker = undefined
      // "pria yang akrab disapa Ani ini": the person named last, whose short name that is.
      const nickname = grammar.speakers.nicknameBefore.exec(mention.text)?.[1]
      if (!named && nickname) {
        const antecedent =
          speaker ?? lastNamed(sentences, attribution.position, [...speakers, ...known])
        if (antecedent) {
          speaker = asSpeaker(speakers, antecedent)
          speaker.alias ??= nickname
        }
      }
    } else if (
      mention.name &&
      !mention.office &&
      grammar.speakers.nicknameAfter.test(attribution.sentence.sentence.slice(mention.end))
    ) {
      // "kata Ani, sapaan akrabnya": the short name of the person named last.
      const antecedent =
        speakers.find(candidate => sameName(candidate, mention)) ??
        lastNamed(sentences, attribution.position, [...speakers, ...known])
      speaker = antecedent && asSpeaker(speakers, antecedent)
      if (speaker) speaker.alias ??= mention.name
    } else
      speaker = resolve(grammar, mention, speakers, known, sentences, {
        position: attribution.position,
        namedAt,
      })
    byMention.set(mention, speaker)
    if (!speaker) {
      unresolved.push(attribution)
      continue
    }
    if (!speakers.includes(speaker)) speakers.push(speaker)
    speaker.attributions.push(attribution)
    // (A short name in capitals points to a person, like a pronoun: it labels no one.)
    if (mention.kind !== 'pronoun' && !isAlias(mention)) {
      speaker.mentions.push(mention)
      if (richness(mention) > richness(labelMention(speaker))) relabel(speaker, mention)
    }
    lastSpeaker = speaker
    lastPosition = attribution.position
    if (speaker.kind === 'person') {
      lastPerson = speaker
      lastPersonPosition = attribution.position
    }
  }
  // "ujar Gubernur Sapta" after "Gubernur Kota Lama Budi Sapta membuka …": the heading is the
  // fullest verbatim mention of the person, the one that names them in full.
  for (const speaker of speakers) {
    if (speaker.kind !== 'person' || !speaker.name) continue
    const fuller = known.find(person => names(grammar, person, labelMention(speaker)))
    if (!fuller || richness(labelMention(fuller)) < richness(labelMention(speaker))) continue
    const mention = labelMention(fuller)
    speaker.mentions.push(mention)
    relabel(speaker, mention)
  }
  // "… disambut baik Menteri Ani Rahma. Ia mengatakan …": a pronoun before anyone else speaks is
  // the one person the sentence before it names, once the article's speakers are known.
  // (A loop, not Math.min(...all): a long article has more attributions than a call takes arguments.)
  let firstHeard = Infinity
  for (const speaker of speakers)
    for (const entry of speaker.attributions) firstHeard = Math.min(firstHeard, entry.position)
  for (const attribution of [...unresolved]) {
    if (attribution.mention.kind !== 'pronoun' || attribution.position > firstHeard) continue
    const named = onlyNamed(sentences, attribution.position - 1, [...speakers, ...known])
    // (Only someone who speaks elsewhere: a pronoun alone makes no speaker of one named in passing.)
    const person =
      named && speakers.find(speaker => speaker === named || speaker.name === named.name)
    if (!person) continue
    unresolved.splice(unresolved.indexOf(attribution), 1)
    person.attributions.push(
      attribution,
      ...attributions.filter(
        entry => entry.form === 'continued' && entry.mention === attribution.mention,
      ),
    )
  }
  // A headline in title case ("Nama Buka Forum Dagang") has capitals that are no name: the fuller
  // names are read from the other sentences, picked out once for all speakers.
  let named: Sentence[] | undefined
  for (const [id, speaker] of speakers.entries()) {
    speaker.id = id
    speaker.attributions.sort((a, b) => a.position - b.position)
    if (speaker.kind !== 'person') continue
    named ??= sentences.filter(sentence => !titleCase(sentence.sentence))
    const full = fullNameAfter(grammar, speaker.name, named)
    if (full) speaker.label = full
  }
  if (speakers.length === 0 && unresolved.length === 0) {
    const speaker = transcriptSpeaker(grammar, sentences, title)
    if (speaker) return { speakers: [speaker], main: speaker, unresolved }
  }
  return { speakers, main: mainSpeaker(grammar, speakers, sentences, title), unresolved }
}

/** The share of a transcript's sentences that are in the first person, at least. */
const TRANSCRIPT_FIRST_PERSON = 0.3

/**
 * A transcript ("Sambutan Presiden RI pada …", then the speech as spoken): nobody is reported as
 * speaking, the text speaks in the first person, and the headline names an office. The speaker is
 * the first person the headline names, and every sentence of some length (no salutation) is theirs.
 */
function transcriptSpeaker(
  grammar: Grammar,
  sentences: Sentence[],
  title: string | undefined,
): Speaker | undefined {
  if (!title) return undefined
  const firstPerson = sentences.filter(sentence =>
    grammar.attribution.firstPerson.test(sentence.sentence),
  ).length
  if (firstPerson < 3 || firstPerson < TRANSCRIPT_FIRST_PERSON * sentences.length) return undefined
  for (const match of title.matchAll(grammar.speakers.officeAnywhere)) {
    const mention = mentionAt(grammar, title, match.index!)
    if (mention?.kind !== 'person') continue
    const speaker = newSpeaker(0, mention)
    for (const [position, sentence] of sentences.entries()) {
      // A salutation ("Yang Mulia …,") or a greeting of a few words is no message.
      if (wordCount(sentence.sentence) < 6 || /,\s*$/u.test(sentence.sentence)) continue
      speaker.attributions.push({
        sentence,
        position,
        mention,
        message: { text: sentence.sentence, index: 0 },
        form: 'transcript',
      })
    }
    return speaker.attributions.length > 0 ? speaker : undefined
  }
  return undefined
}

/**
 * The person a pronoun with no speaker before it may point back to: the named person the sentence
 * before opens with ("PM X menyepakati …. Dia meminta …"), or, when nobody has spoken yet, the one
 * the story's first sentence opens with ("Menteri X membuka rapat …. "…," kata dia"). A person by
 * title and name, or one who already speaks: capitalised words alone may be anything.
 */
function openerBefore(
  grammar: Grammar,
  sentences: Sentence[],
  position: number,
  speakers: Speaker[],
  known: Speaker[],
): Mention | undefined {
  const opener = (at: number): Mention | undefined => {
    const sentence = sentences[at]
    if (!sentence) return undefined
    // The sentence's subject: at its start, or past an opening adverbial ("Sementara itu, …") or a
    // fronted clause of time ("Sebelum rapat dimulai, Menteri X …").
    const { opener: adverbial, frontedClause } = grammar.attribution
    const text = sentence.sentence
    const start = adverbial.exec(text)?.[0].length || frontedClause.exec(text)?.[0].length || 0
    const mention = mentionAt(grammar, text, start)
    // ("Menteri Y turut hadir dalam acara itu.": who only attended is no one who speaks next.)
    if (mention && grammar.counts.attendsOnly.test(text.slice(mention.end))) return undefined
    // A bare name is someone who already spoke, or someone the article introduced ("Nama pun diminta
    // …" after "Menteri X Nama menghadiri …").
    return mention?.kind === 'person' &&
      mention.name &&
      (mention.office ||
        speakers.some(speaker => sameName(speaker, mention)) ||
        known.some(person => introducedAs(person, mention.name!)))
      ? mention
      : undefined
  }
  if (position === 0) return undefined
  return opener(position - 1) ?? (speakers.length === 0 ? opener(0) : undefined)
}

/**
 * "Usai rapat Budi memaparkan …. "…," jelasnya": with no subject at the start of the
 * sentence before (an unmarked fronted phrase), the one person it names, introduced before with a
 * title, and no one else.
 */
function onlyNamedBefore(
  grammar: Grammar,
  sentences: Sentence[],
  position: number,
  speakers: Speaker[],
  known: Speaker[],
): Mention | undefined {
  const text = sentences[position - 1]?.sentence
  if (!text || text.search(grammar.speakers.officeAnywhere) >= 0) return undefined
  const named = [...speakers, ...known].filter(
    person =>
      person.kind === 'person' &&
      person.office &&
      nameTokens(person.name).some(token => containsWord(text, token)),
  )
  const [first] = named
  if (!first || named.some(other => !sameName(other, labelMention(first)))) return undefined
  const token = nameTokens(first.name).find(candidate => containsWord(text, candidate))!
  if (grammar.counts.attendsOnly.test(text.slice(text.indexOf(token) + token.length)))
    return undefined
  return labelMention(first)
}

/**
 * Whether a bare name is a person the article introduced with a title: their full name, or one word
 * of it ("Budi" after "Menteri X Budi Santoso"). Capitalised words of a headline read as a
 * name ("Menlu X Buka Forum Y") must not make later capitalised words a person.
 */
function introducedAs(person: Speaker, name: string): boolean {
  return Boolean(
    person.office &&
      person.name &&
      (person.name === name || (!/\s/u.test(name) && nameTokens(person.name).includes(name))),
  )
}

/**
 * A pronoun that speaks "saat membuka …" (while opening the event) is the person the article says
 * opened it: "X dibuka Wakil Presiden Nama", "Menteri Nama membuka X"; the one the story's first
 * sentence names (later ones may tell who was to open it instead), else one such person only.
 */
function opening(
  grammar: Grammar,
  attribution: Attribution,
  sentences: Sentence[],
  speakers: Speaker[],
  known: Speaker[],
): Speaker | undefined {
  const { whileOpening, openedBy, opens } = grammar.speakers
  if (!whileOpening.test(attribution.sentence.sentence.slice(attribution.mention.end)))
    return undefined
  const openers: Mention[] = []
  for (const [position, sentence] of sentences.entries()) {
    const text = sentence.sentence
    for (const match of text.matchAll(openedBy)) {
      const mention = mentionAt(grammar, text, match.index! + match[0].length)
      if (mention?.kind === 'person' && mention.name) openers.push(mention)
    }
    const subject = mentionAt(grammar, text, 0)
    if (subject?.kind === 'person' && subject.name && opens.test(text.slice(subject.end)))
      openers.push(subject)
    if (position === 0 && openers.length > 0)
      return subjectOf(grammar, openers[0]!, speakers, known, sentences)
  }
  const people = openers.filter(
    (mention, index) =>
      openers.findIndex(other => sameName(newSpeaker(-1, other), mention)) === index,
  )
  return people.length === 1
    ? subjectOf(grammar, people[0]!, speakers, known, sentences)
    : undefined
}

/** The speaker that opening mention is, with the mention recorded. */
function subjectOf(
  grammar: Grammar,
  mention: Mention,
  speakers: Speaker[],
  known: Speaker[],
  sentences: Sentence[],
): Speaker | undefined {
  const speaker = resolve(grammar, mention, speakers, known, sentences)
  if (speaker && !speaker.mentions.includes(mention)) speaker.mentions.push(mention)
  return speaker
}

/** The one person a sentence names (by surname); none when it names several or nobody. */
function onlyNamed(
  sentences: Sentence[],
  position: number,
  people: Speaker[],
): Speaker | undefined {
  const text = sentences[position]?.sentence
  if (text === undefined) return undefined
  const named = distinctPeople(
    people.filter(person => {
      const surname = nameTokens(person.name).at(-1)
      return person.kind === 'person' && surname !== undefined && containsWord(text, surname)
    }),
  )
  return named.length === 1 ? named[0] : undefined
}

/**
 * Whether `person` names in full the one `short` names: more words of name, ending with all of
 * the short one's, and the same office when the short one has one ("Gubernur Kota Lama Budi Sapta"
 * for "Gubernur Sapta"; not "Pj Ketua TP PKK Ani Rahma Budi Sapta", the wife, for "Wali Kota Budi
 * Sapta").
 */
function names(grammar: Grammar, person: Speaker, short: Mention): boolean {
  const tokens = nameTokens(short.name)
  const theirs = nameTokens(person.name)
  // (The longest title inside: "Wakil Wali Kota" is not "Wali Kota".)
  const office = (title: string | undefined): string | undefined =>
    title
      ? grammar.speakers.officeHeads
          .filter(head => containsWord(title, head))
          .sort((a, b) => b.length - a.length)[0]
      : undefined
  return (
    tokens.length > 0 &&
    theirs.length > tokens.length &&
    theirs.slice(-tokens.length).join(' ') === tokens.join(' ') &&
    (!short.office ||
      (office(short.office) !== undefined && office(short.office) === office(person.office)))
  )
}

/** How far back a pronoun reaches for the last person who spoke, past sentences that name no one. */
const QUIET_REACH = 10

/** Whether no sentence names a person: no title of office, no name of anyone in `others`. */
function namesNoOne(grammar: Grammar, between: Sentence[], others: Speaker[]): boolean {
  const surnames = others
    .filter(other => other.kind === 'person' && other.name)
    .map(other => nameTokens(other.name).at(-1))
    .filter((token): token is string => token !== undefined)
  return between.every(
    sentence =>
      sentence.sentence.search(grammar.speakers.officeAnywhere) < 0 &&
      !surnames.some(surname => containsWord(sentence.sentence, surname)),
  )
}

/** The person whose name the article wrote last, up to six sentences before `position`. */
function lastNamed(
  sentences: Sentence[],
  position: number,
  people: Speaker[],
): Speaker | undefined {
  for (let at = position; at >= Math.max(0, position - 6); at--) {
    const text = sentences[at]!.sentence
    let best: { speaker: Speaker; index: number } | undefined
    for (const person of people) {
      if (person.kind !== 'person' || !person.name) continue
      const surname = nameTokens(person.name).at(-1)
      const index = surname === undefined ? -1 : text.lastIndexOf(surname)
      if (index >= 0 && (!best || index > best.index)) best = { speaker: person, index }
    }
    if (best) return best.speaker
  }
  return undefined
}

function labelMention(speaker: Speaker): Mention {
  return speaker.mentions.find(mention => mention.text === speaker.label) ?? speaker.mentions[0]
}

/** The speaker a person is: already one, or a new speaker from one known from elsewhere in the article. */
function asSpeaker(speakers: Speaker[], person: Speaker): Speaker {
  return speakers.includes(person) ? person : fromKnown(speakers.length, person)
}

/** A speaker from a person known from elsewhere in the article, with the short name given for them. */
function fromKnown(id: number, person: Speaker): Speaker {
  const speaker = newSpeaker(id, labelMention(person))
  speaker.alias ??= person.alias
  return speaker
}

function newSpeaker(id: number, mention: Mention): Speaker {
  const speaker: Speaker = {
    id,
    kind: mention.kind === 'pronoun' ? 'person' : mention.kind,
    label: mention.text,
    mentions: [mention],
    attributions: [],
  }
  relabel(speaker, mention)
  return speaker
}

function relabel(speaker: Speaker, mention: Mention): void {
  if (mention.country && mention.country.code !== speaker.country?.code) countryVersion++
  speaker.label = mention.text
  speaker.office = mention.office ?? speaker.office
  speaker.name = mention.name ?? speaker.name
  speaker.alias = mention.alias ?? speaker.alias
  speaker.country = mention.country ?? speaker.country
  speaker.organisation = mention.organisation ?? speaker.organisation
}

// The speakers of each country, indexed as the list grows; a speaker whose country changes
// (`relabel`) makes the index be built again.
let countryVersion = 0
const countryIndex = new WeakMap<
  Speaker[],
  { version: number; indexed: number; byCountry: Map<string, Speaker[]> }
>()

/** The speakers of a country, in the order they were found. */
function ofCountry(speakers: Speaker[], code: string): Speaker[] {
  let entry = countryIndex.get(speakers)
  if (!entry || entry.version !== countryVersion) {
    entry = { version: countryVersion, indexed: 0, byCountry: new Map() }
    countryIndex.set(speakers, entry)
  }
  for (; entry.indexed < speakers.length; entry.indexed++) {
    const speaker = speakers[entry.indexed]!
    const own = speaker.country?.code
    if (own === undefined) continue
    const bucket = entry.byCountry.get(own)
    if (bucket) bucket.push(speaker)
    else entry.byCountry.set(own, [speaker])
  }
  return entry.byCountry.get(code) ?? []
}

/**
 * "ketua bpbd" for "ketua badan pengawas barang/jasa daerah": the same title, its
 * body written as an acronym of the initials of its words (in order, some left out, the first and
 * the last kept).
 */
function acronymOf(short: string, long: string): boolean {
  const shortWords = short.split(' ')
  const acronym = shortWords.at(-1)!
  const head = shortWords.slice(0, -1).join(' ')
  if (acronym.length < 3 || !/^\p{Ll}+$/u.test(acronym) || !long.startsWith(`${head} `))
    return false
  const initials = long
    .slice(head.length + 1)
    .split(/[\s/]+/u)
    .map(word => word.charAt(0))
  if (initials.length < acronym.length || initials[0] !== acronym[0]) return false
  if (initials.at(-1) !== acronym.at(-1)) return false
  let at = 0
  for (const letter of initials) if (letter === acronym[at]) at++
  return at === acronym.length
}

/**
 * "Rektor Unmul" for "Rektor Universitas Mulawarman": the title the same, and its last word made of
 * the first letters of each word after it in the full title ("Un" + "mul"), in order.
 */
function syllabicOf(short: string, long: string): boolean {
  const shortWords = short.split(' ')
  const word = shortWords.at(-1)!
  const head = shortWords.slice(0, -1).join(' ')
  if (word.length < 4 || !long.startsWith(`${head} `)) return false
  const words = long.slice(head.length + 1).split(' ')
  if (words.length < 2 || words.length > 4) return false
  // Each word of the full title gives a first part of itself (one letter or more) to the word.
  const fits = (at: number, from: number): boolean => {
    if (from === words.length) return at === word.length
    const next = words[from]!
    for (let take = Math.min(next.length, word.length - at); take >= 1; take--)
      if (word.startsWith(next.slice(0, take), at) && fits(at + take, from + 1)) return true
    return false
  }
  return fits(0, 0)
}

// Names compared as the press spells them: "Nasution" and "Nassution", "Ma'ruf" and "Maruf" are
// one name.
function loose(token: string): string {
  return token
    .toLowerCase()
    .replace(/['’‘`]/gu, '')
    .replace(/(\p{L})\1/gu, '$1')
}

// Read for every pair of a mention and a speaker, like the tokens: each name once per article.
const looseCache = new Map<string, string[]>()

function looseTokens(name: string | undefined): string[] {
  if (!name) return []
  let tokens = looseCache.get(name)
  if (!tokens) {
    tokens = nameTokens(name).map(loose)
    looseCache.set(name, tokens)
  }
  return tokens
}

/**
 * "Zulkifl Hasan" after "Zulkifli Hasan": the same words, one of them long and written with one
 * letter left out (a reporter's slip), the others exactly. Only a letter left out of the one
 * name against the other: a letter added ("Nasutiton") may be a different name, so it stays apart.
 */
function misspelt(full: string[], other: string[]): boolean {
  if (full.length !== other.length || full.length < 2) return false
  let slips = 0
  for (const [at, long] of full.entries()) {
    const short = other[at]!
    if (long === short) continue
    if (!oneSlip(long, short)) return false
    slips++
  }
  return slips === 1
}

/**
 * Whether two words of five letters or more differ by one slip of the pen: a letter more
 * ("Soelistiyo", "Soelistyo") or two letters swapped ("Abswedan", "Baswedan").
 */
function oneSlip(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a]
  if (short.length < 5) return false
  const cut = [...long].findIndex((char, index) => char !== short[index])
  if (long.length === short.length + 1) return long.slice(0, cut) + long.slice(cut + 1) === short
  if (long.length !== short.length || cut < 0 || cut + 1 >= long.length) return false
  return (
    long[cut] === short[cut + 1] &&
    long[cut + 1] === short[cut] &&
    long.slice(cut + 2) === short.slice(cut + 2)
  )
}

/** "Wapres BS" after "Wakil Presiden Budi Santoso": a name written as the initials of a full one. */
function initialsOf(short: string | undefined, full: string | undefined): boolean {
  const written = short?.trim() ?? ''
  if (!full || !/^\p{Lu}{2,4}$/u.test(written)) return false
  const words = nameTokens(full)
  return (
    words.length === written.length &&
    words.map(word => word.charAt(0).toUpperCase()).join('') === written
  )
}

/** Those of `people` named as `mention` is; a name with a slip only when none is named exactly. */
function namedAs(people: Speaker[], mention: Mention): Speaker[] {
  const exact = people.filter(person => sameName(person, mention, false))
  return exact.length > 0 ? exact : people.filter(person => sameName(person, mention))
}

function sameName(speaker: Speaker, mention: Mention, slips = true): boolean {
  if (initialsOf(mention.name, speaker.name) || initialsOf(speaker.name, mention.name)) return true
  // "Pak Sapta" after "… Nama (Pak Sapta)": the short name given, written out whole.
  const whole = (name: string | undefined): string => (name ? loose(name.trim()) : '')
  if (
    (speaker.alias && /\s/u.test(speaker.alias) && whole(speaker.alias) === whole(mention.name)) ||
    (mention.alias && /\s/u.test(mention.alias) && whole(mention.alias) === whole(speaker.name))
  )
    return true
  const tokens = [...nameTokens(speaker.name), ...nameTokens(speaker.alias)]
  const theirs = [...nameTokens(mention.name), ...nameTokens(mention.alias)]
  // "Otieno" is Amani Otieno; "Budi Hartono Santoso" is not "Agus Wira Santoso" for sharing a
  // surname: two full names are one person only when one holds all the words of the other.
  const full = looseTokens(speaker.name)
  const other = looseTokens(mention.name)
  // (Counted on the written words: "Sleman H" and "Dwi Prasetyo" are two-word names both.)
  const written = (name: string | undefined): number =>
    name ? (name.trim().match(/\s+/gu)?.length ?? 0) + (name.trim() ? 1 : 0) : 0
  if (written(speaker.name) >= 2 && written(mention.name) >= 2) {
    return (
      other.every(token => full.includes(token)) ||
      full.every(token => other.includes(token)) ||
      // A short name is distinctive: "Anira …" is Ani Rahmawati (Anira).
      Boolean(speaker.alias && other.includes(loose(speaker.alias))) ||
      Boolean(mention.alias && full.includes(loose(mention.alias))) ||
      (slips && misspelt(full, other))
    )
  }
  const looseTheirs = [...other, ...looseTokens(mention.alias)]
  if ([...full, ...looseTokens(speaker.alias)].some(token => looseTheirs.includes(token)))
    return true
  // "Soelistiyo" after "Marsekal Madya FHB Soelistyo": the one name with a slip, on a long word.
  if (
    slips &&
    full.length >= 1 &&
    other.length >= 1 &&
    (full.length === 1 || other.length === 1) &&
    full.at(-1)!.length >= 6 &&
    oneSlip(full.at(-1)!, other.at(-1)!)
  )
    return true
  // "Anira" after "Ani Rahmawati": a nickname of the full name.
  return Boolean(
    speaker.name &&
      mention.name &&
      ((theirs.length === 1 && isNickname(theirs[0], speaker.name)) ||
        (tokens.length === 1 && isNickname(tokens[0], mention.name))),
  )
}

/** The speaker a mention refers to: by name, by office and country, by organisation or country; a new one if none. */
function resolve(
  grammar: Grammar,
  mention: Mention,
  speakers: Speaker[],
  known: Speaker[],
  sentences: Sentence[],
  // The sentence of the mention, and where the article first names each known person.
  place?: { position: number; namedAt: ReadonlyMap<string, number> },
): Speaker | undefined {
  if (mention.kind === 'country') {
    return (
      speakers.find(
        speaker => speaker.kind === 'country' && speaker.country?.code === mention.country!.code,
      ) ?? newSpeaker(speakers.length, mention)
    )
  }
  if (mention.kind === 'organisation') {
    const key = mention.text.toLowerCase()
    return (
      speakers.find(
        speaker => speaker.kind === 'organisation' && speaker.label.toLowerCase() === key,
      ) ?? newSpeaker(speakers.length, mention)
    )
  }
  // "Wali Kota Sapta" after "Wali Kota Sapta, Ani Rahma": the one word after a regional title is
  // the region of the one who holds that office, not a name.
  if (mention.name && mention.office && !/\s/u.test(mention.name)) {
    const key = officeKey(grammar, mention.text.replace(/\s*,.*$/u, ''))
    const holders = [...speakers, ...known].filter(
      speaker => speaker.name && key !== undefined && holdsOffice(grammar, speaker, key),
    )
    const [holder] = holders
    if (holder && holders.every(other => other.name === holder.name))
      return asSpeaker(speakers, holder)
    // "Kapolda Sapteng" after "Kapolda Sapta Tengah Nama": the region written short; the one person
    // of that title, when no one of a fitting title has that word in their name.
    const head = officeKey(grammar, mention.office)
    const fits = (person: Speaker): boolean => {
      const theirs = speakerOfficeKey(grammar, person)
      return (
        theirs !== undefined &&
        head !== undefined &&
        (theirs === head || theirs.startsWith(`${head} `))
      )
    }
    const titled = distinctPeople(
      [...speakers, ...known].filter(person => person.name && fits(person)),
    )
    // (Someone of another title whose name opens or ends with the word is still named by it.)
    const named = [...speakers, ...known].filter(person => {
      const tokens = nameTokens(person.name)
      return (
        tokens.includes(mention.name!) &&
        (!person.office ||
          fits(person) ||
          tokens[0] === mention.name ||
          tokens.at(-1) === mention.name)
      )
    })
    if (
      titled.length === 1 &&
      named.length === 0 &&
      !mention.country &&
      /^\p{Lu}\p{Ll}+$/u.test(mention.name)
    ) {
      const [only] = titled
      return asSpeaker(speakers, only!)
    }
  }
  // "BS mengatakan …" after "Budi Santoso (BS)": a short name in capitals is the one person the
  // article gave it to, or no one.
  if (isAlias(mention)) {
    const given = distinctPeople(
      [...speakers, ...known].filter(
        person =>
          person.alias === mention.name ||
          person.mentions.some(
            own => own.alias === mention.name || own.text.includes(`(${mention.name})`),
          ),
      ),
    )
    if (given.length !== 1) return undefined
    return asSpeaker(speakers, given[0]!)
  }
  // "Sikap Rahma dalam menyampaikan …" after "Ketua Umum X Ani Rahma": a word
  // before a name the article already gave to one person, no word of any name it gives, is a noun
  // of theirs ("Sikap", "Langkah"), not a first name; who speaks cannot be told.
  const words = mention.name && !mention.office ? nameTokens(mention.name) : []
  if (words.length === 2) {
    const people = [...speakers, ...known].filter(person => nameTokens(person.name).length >= 2)
    // (Not a slip of their first name: "Ann Rahma" for "Ani Rahma".)
    const slipOf = (word: string, token: string): boolean =>
      word.length >= 4 && token.slice(0, 4) === word.slice(0, 4)
    const owner = people.filter(person => nameTokens(person.name).includes(words[1]!))
    if (
      owner.length > 0 &&
      !people.some(person => nameTokens(person.name).includes(words[0]!)) &&
      !owner.some(person => nameTokens(person.name).some(token => slipOf(words[0]!, token)))
    )
      return undefined
  }
  if (mention.name) {
    const byName = namedAs(speakers, mention)
    // "Santoso" after two people of that name: who is meant cannot be told.
    if (byName.length > 1) return undefined
    if (byName.length === 1) return byName[0]
    const introducedAll = namedAs(known, mention)
    if (new Set(introducedAll.map(person => person.name)).size > 1) return undefined
    const introduced = introducedAll[0]
    if (introduced) {
      const speaker = fromKnown(speakers.length, introduced)
      return speaker
    }
    // "Gubenur menegaskan …" after "Gubernur Sapta Nama": a title with a slip of the pen is the
    // one holder of that title named in full.
    if (!mention.office && !/\s/u.test(mention.name)) {
      const slipped = distinctPeople(
        [...speakers, ...known].filter(person => {
          const title = person.office?.split(/\s+/u)[0]
          return (
            person.kind === 'person' &&
            nameTokens(person.name).length >= 2 &&
            title !== undefined &&
            title.length >= 6 &&
            title !== mention.name &&
            oneSlip(title, mention.name!)
          )
        }),
      )
      const [holder] = slipped
      if (slipped.length === 1 && holder) return asSpeaker(speakers, holder)
    }
    // "Kabalai" after "Kabalai Marsdya TNI Nama": one word that is the whole office of one
    // person named with it is that person, not a name of its own.
    if (!mention.office && !/\s/u.test(mention.name)) {
      const holders = distinctPeople(
        [...speakers, ...known].filter(
          person => person.kind === 'person' && person.name && person.office === mention.name,
        ),
      )
      const [holder] = holders
      if (holders.length === 1 && holder) return asSpeaker(speakers, holder)
    }
    // A name never introduced: a person when the name is clearly one (several words, or an office
    // before it).
    if (mention.office || nameTokens(mention.name).length >= 2)
      return newSpeaker(speakers.length, mention)
    if (!isProperNoun(mention.name, sentences)) return undefined
    // "kata Rashid" after "…, Khalid Nasser Al-Rashid": the article's fullest writing of the name
    // labels them.
    const fuller = fullerName(grammar, mention.name, sentences)
    return newSpeaker(
      speakers.length,
      fuller ? { ...mention, text: fuller, name: fuller } : mention,
    )
  }
  // A one-word title that is also a word of one speaker's name ("Sultan" after "Sultan Nama"): that
  // speaker.
  if (!/\s/u.test(mention.text)) {
    const byWord = speakers.filter(speaker => nameTokens(speaker.name).includes(mention.text))
    if (byWord.length === 1) return byWord[0]
  }
  // "Wapres BS": read as a title and a body's acronym, the letters may be the initials of a person
  // the article names in full.
  if (mention.organisation && mention.text.endsWith(mention.organisation)) {
    // (Or the short name the article gave them: "… Budi M. Santoso (HBS)", then "Bupati HBS".)
    const holders = [...speakers, ...known].filter(
      person =>
        initialsOf(mention.organisation, person.name) || person.alias === mention.organisation,
    )
    const [holder] = holders
    if (holder && holders.every(other => other.name === holder.name))
      return asSpeaker(speakers, holder)
  }
  // "Pemimpin Rusia", "Kepala Negara": a title of no office of its own stands for the one head of
  // state or government of that country the article names; with several, who is meant cannot be told.
  if (mention.office && grammar.speakers.leaderTitles.has(mention.office.toLowerCase())) {
    const leaders = distinctPeople(
      [...speakers, ...known].filter(
        speaker =>
          speaker.kind === 'person' &&
          (!mention.country || speaker.country?.code === mention.country.code) &&
          leads(grammar, speaker),
      ),
    )
    if (leaders.length > 1) return undefined
    const [leader] = leaders
    if (leader) return asSpeaker(speakers, leader)
  }
  // An office without a name: the one person who holds it ("Perdana Menteri" after "Perdana Menteri
  // X").
  const key = officeKey(grammar, mention.office)
  // "Bupati" is the "Bupati Sleman" of the article: a bare title matches a fuller one that begins
  // with it.
  // "Ketua BPBD": a title whose body is written as an acronym may match the title written in full.
  const acronym = Boolean(key && /\s\p{Lu}{3,}$/u.test(mention.office ?? ''))
  // The country first: it is one comparison, and in a long article of many delegations it rules
  // out nearly every speaker before their office is compared.
  const sameOffice = (speaker: Speaker): boolean => {
    if (mention.country && speaker.country?.code !== mention.country.code) return false
    const theirs = speakerOfficeKey(grammar, speaker)
    const short = speakerShortKey(grammar, speaker)
    // ("Gubernur" for "Pj Gubernur Sapta": the acting holder of the office.)
    const acting = theirs?.replace(grammar.speakers.actingKey, '')
    return (
      theirs === key ||
      (acting !== theirs &&
        Boolean(key) &&
        (acting === key || Boolean(acting?.startsWith(`${key} `)))) ||
      Boolean(key && holdsOffice(grammar, speaker, key)) ||
      Boolean(key && short?.startsWith(`${key} `)) ||
      Boolean(key && theirs?.startsWith(`${key} `)) ||
      (acronym && Boolean(theirs && acronymOf(key!, theirs)))
    )
  }
  // A known holder of the office who already speaks under their name alone ("Hj X mengatakan …",
  // then "Ditambahkan Bupati"): that speaker.
  const holders = known
    .filter(sameOffice)
    .map(
      person =>
        speakers.find(speaker => person.name && sameName(speaker, labelMention(person))) ?? person,
    )
  // (Of a country's office, only that country's speakers can hold it.)
  const pool = mention.country ? ofCountry(speakers, mention.country.code) : speakers
  const candidates = [...pool.filter(sameOffice), ...holders]
  // "Wali Kota Sapta" (a region read as a one-word name) beside "Wali Kota Sapta, Ani Rahma": one
  // holder of the office, written once with the name.
  const distinct = distinctPeople(
    candidates.filter(
      candidate =>
        !(
          candidate.name &&
          !/\s/u.test(candidate.name) &&
          candidates.some(
            other =>
              other !== candidate &&
              other.name !== candidate.name &&
              speakerOfficeKey(grammar, other) === officeKey(grammar, candidate.label),
          )
        ),
    ),
  )
  if (distinct.length === 1) {
    const [only] = distinct
    return asSpeaker(speakers, only!)
  }
  if (distinct.length > 1) {
    // A bare title with several holders: the one who already speaks, if that is one person.
    const speaking = distinct.filter(candidate => speakers.includes(candidate))
    if (speaking.length === 1) return speaking[0]
    // Else the one the article named before it, if that is one person ("Bupati" after "Bupati
    // Kota Lama Ani Rahma", another regent named only in the list of who attended, at the end).
    const before = place
      ? distinct.filter(
          candidate =>
            candidate.name !== undefined &&
            (place.namedAt.get(candidate.name) ?? Infinity) < place.position,
        )
      : []
    if (before.length === 1) return asSpeaker(speakers, before[0]!)
    // Else the one without a foreign country, if that is one person.
    const bare = mention.country ? [] : distinct.filter(candidate => !candidate.country)
    if (bare.length === 1) return asSpeaker(speakers, bare[0])
    return undefined
  }
  return newSpeaker(speakers.length, mention)
}

// A short name in capitals, as a person's alias: "BS", "OSO".
const ALIAS = /^\p{Lu}{2,6}$/u

/** A mention that is a short name in capitals alone ("BS mengatakan …"). */
function isAlias(mention: Mention): boolean {
  return mention.name !== undefined && ALIAS.test(mention.name) && mention.text === mention.name
}

/** The candidates, each person once: the same label or the same name is the same person. */
function distinctPeople(candidates: Speaker[]): Speaker[] {
  return candidates.filter(
    (candidate, index) =>
      candidates.findIndex(
        other =>
          other.label === candidate.label ||
          (other.name && candidate.name && sameName(other, { name: candidate.name } as Mention)),
      ) === index,
  )
}

/** Whether the speaker heads a state or a government ("Presiden Rusia Nama", "PM Nama"). */
function leads(grammar: Grammar, speaker: Speaker): boolean {
  const key = speakerOfficeKey(grammar, speaker)
  return Boolean(
    key &&
      grammar.speakers.leaderOffices.some(office => key === office || key.startsWith(`${office} `)),
  )
}

// The longest run of capitalised words in the article that ends with the name ("Khalid Nasser
// Al-Rashid").
function fullerName(grammar: Grammar, name: string, sentences: Sentence[]): string | undefined {
  const escaped = escapeRegExp(name)
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}'’]*[\s-]+){1,3}(?:\p{Lu}[\p{L}'’]*-)?${escaped}(?![\p{L}])`,
    'gu',
  )
  let best: string | undefined
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(pattern)) {
      const words = match[0].split(/\s+/u)
      // Titles and function words are not part of a name.
      // (Nor is an acronym, or what comes before it: "Politikus PDL Nama" names a party.)
      const acronym = words.findLastIndex(
        (word, at) => at < words.length - 1 && /^\p{Lu}{2,}$/u.test(word),
      )
      const start = words.findIndex((word, at) => at > acronym && !titleWord(grammar, word))
      const candidate = words.slice(Math.max(0, start)).join(' ')
      if (candidate !== name && (!best || candidate.length > best.length)) best = candidate
    }
  }
  return best
}

/** A word of a title or a function word ("Menteri", "Luar", "Dan"), which is no part of a name. */
function titleWord(grammar: Grammar, word: string): boolean {
  const { officeFieldWords, notNames, notAName } = grammar.speakers
  return officeFieldWords.has(word.toLowerCase()) || notNames.has(word) || notAName.has(word)
}

/**
 * "Gubernur Nama" when the article also writes "Nama Kedua Ketiga": a speaker known by one word of
 * their name is labelled with the one fuller name `sentences` write from that word on (up to three
 * more capitalised words, none a title, a field word or a country). With two fuller names, neither.
 */
function fullNameAfter(
  grammar: Grammar,
  name: string | undefined,
  sentences: Sentence[],
): string | undefined {
  const { notNames, officeWords, rankPrefix } = grammar.speakers
  // (A title read as a name, "Wapres", has no fuller name.)
  if (!name || /\s/u.test(name) || notNames.has(name) || officeWords.has(name)) return undefined
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])${escapeRegExp(name)}((?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?![\p{L}])`,
    'gu',
  )
  const found = new Set<string>()
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(pattern)) {
      const words: string[] = []
      for (const word of match[1]!.trim().split(/\s+/u)) {
        const bare = word.replace(/[.]$/u, '')
        // (A rank opens the name of someone else: "Kapolres Kota AKBP Nama".)
        if (
          titleWord(grammar, bare) ||
          officeWords.has(bare) ||
          rankPrefix.test(`${word} `) ||
          countryAt(grammar, word, 0)
        )
          break
        words.push(word)
      }
      if (words.length > 0) found.add([name, ...words].join(' ').replace(/[.]$/u, ''))
    }
  }
  return found.size === 1 ? [...found][0] : undefined
}

/** Whether most words of a text open with a capital, as a headline in title case does. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter(word => /\p{L}/u.test(word))
  return (
    words.length >= 3 &&
    words.filter(word => /^\P{L}*\p{Lu}/u.test(word)).length >= words.length * TITLE_CASE_SHARE
  )
}

/** The share of capitalised words from which a text reads as a headline in title case. */
const TITLE_CASE_SHARE = 0.8

// A single word is a name when the article also writes it capitalised inside a sentence.
function isProperNoun(name: string, sentences: Sentence[]): boolean {
  const inside = new RegExp(String.raw`[\p{Ll},]\s+${escapeRegExp(name)}(?![\p{L}])`, 'u')
  return sentences.some(sentence => inside.test(sentence.sentence))
}

/** True when `word` stands in `text` as a whole word. */
function containsWord(text: string, word: string): boolean {
  let at = text.indexOf(word)
  while (at >= 0) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? ''))
      return true
    at = text.indexOf(word, at + 1)
  }
  return false
}

function namedIn(speaker: Speaker, title: string): boolean {
  const tokens = nameTokens(speaker.name)
  const inTitle = (token: string): boolean => containsWord(title, token)
  return (
    (tokens.length > 0 && inTitle(tokens.at(-1)!)) ||
    nameTokens(speaker.alias).some(inTitle) ||
    tokens.filter(inTitle).length >= 2
  )
}

// The distinctive words of a speaker's organisation or title: capitalised, not a title word, not
// the name.
function organisationWords(grammar: Grammar, speaker: Speaker): string[] {
  const name = new Set(nameTokens(speaker.name))
  const office = new Set((speaker.office ?? '').split(/\s+/u))
  return speaker.label
    .split(/[\s()]+/u)
    .filter(
      word =>
        /^\p{Lu}[\p{L}-]{3,}$/u.test(word) &&
        !name.has(word) &&
        !office.has(word) &&
        !grammar.speakers.officeFieldWords.has(word.toLowerCase()),
    )
}

/** Whether a sentence of the lead names the speaker right after a word for a speech ("pidato X"). */
function speechOf(grammar: Grammar, speaker: Speaker, lead: Sentence[]): boolean {
  if (speaker.kind !== 'person') return false
  const names = speaker.mentions.map(mention => mention.text)
  return lead.some(sentence =>
    [...sentence.sentence.matchAll(grammar.speakers.speechNoun)].some(match => {
      const after = sentence.sentence.slice(match.index! + match[0].length)
      // Up to two words between: "pidato perdana Gubernur X", "sambutan resmi Menteri X".
      // The mention right there is theirs: "pidato perdana Gubernur Y, Nama".
      const gap = /^(?:\s+\p{Ll}+){0,2}\s+/u.exec(after)
      const mention = gap && mentionAt(grammar, after, gap[0].length)
      return Boolean(
        mention &&
          (names.includes(mention.text) ||
            (mention.name &&
              speaker.name &&
              nameTokens(mention.name).join(' ') === nameTokens(speaker.name).join(' '))),
      )
    }),
  )
}

/** Up to this many sentences that name a speaker add to their weight as the article's subject. */
const NAMED_AGAIN = 6

/** How many sentences contain one of the names, counted up to `most` (no need to read further). */
function sentencesNaming(sentences: Sentence[], names: string[], most: number): number {
  let count = 0
  for (const sentence of sentences) {
    if (names.some(name => sentence.sentence.includes(name)) && ++count >= most) break
  }
  return count
}

/** How far after "senada dengan" the one agreed with is named. */
const AGREED_WITHIN = 60

/**
 * "Senada dengan X, Y juga menuturkan …", "Y setuju dengan X bahwa …": Y agrees with what X said
 * first; each such sentence weighs for X as the one who leads, and against Y.
 */
function agreements(grammar: Grammar, speakers: Speaker[]): Map<Speaker, number> {
  const weights = new Map<Speaker, number>()
  for (const speaker of speakers) {
    for (const attribution of speaker.attributions) {
      const text = attribution.sentence.sentence
      for (const match of text.matchAll(grammar.speakers.agreeWith)) {
        const after = text.slice(match.index + match[0].length).slice(0, AGREED_WITHIN)
        const other = speakers.find(
          candidate =>
            candidate !== speaker &&
            [...nameTokens(candidate.name), ...nameTokens(candidate.alias)].some(token =>
              containsWord(after, token),
            ),
        )
        if (!other) continue
        weights.set(other, (weights.get(other) ?? 0) + 1)
        weights.set(speaker, (weights.get(speaker) ?? 0) - 1)
      }
    }
  }
  return weights
}

/** The person the article is about: most attributed statements, those in the lead and the title weighing more. */
function mainSpeaker(
  grammar: Grammar,
  speakers: Speaker[],
  sentences: Sentence[],
  title?: string,
): Speaker | undefined {
  const leadParagraphs = new Set(
    [...new Set(sentences.map(sentence => sentence.paragraph))].slice(0, 2),
  )
  const lead = sentences.filter(sentence => leadParagraphs.has(sentence.paragraph))
  let best: Speaker | undefined
  let bestScore = 0
  const firstToSpeak = [...speakers].sort(
    (a, b) => (a.attributions[0]?.position ?? Infinity) - (b.attributions[0]?.position ?? Infinity),
  )[0]
  const agreed = agreements(grammar, speakers)
  for (const speaker of speakers) {
    let score = agreed.get(speaker) ?? 0
    for (const attribution of speaker.attributions) {
      // A quotation that runs on over several sentences is one statement, not several; a sentence
      // read as going on with reported words is the reading's, not the article's, and weighs nothing.
      score +=
        attribution.form === 'continued'
          ? attribution.quote
            ? 0.5
            : 0
          : 1 +
            (leadParagraphs.has(attribution.sentence.paragraph) ? 0.5 : 0) +
            (attribution.quote ? 0.25 : 0)
    }
    // The headline names them: by surname (the last word of the name), by short name, or by two
    // words of it.
    if (title && namedIn(speaker, title)) score += 1.5
    // A headline that names the speaker's organisation ("Presiden Yayasan Cahaya …") is about them
    // too.
    else if (title && organisationWords(grammar, speaker).some(word => containsWord(title, word)))
      score += 1
    // The first to speak is usually the one the report opens with.
    if (speaker === firstToSpeak) score += 0.75
    // "… mendengarkan pidato perdana Gubernur X": the lead names whose speech the event is; it outweighs
    // a few procedural words of the chair who opens it.
    if (speechOf(grammar, speaker, lead)) score += 4
    // "Gubernur X menyampaikan pidato …": who delivers the speech, anywhere in the story.
    else if (
      speaker.attributions.some(
        attribution =>
          attribution.verb !== undefined &&
          grammar.speakers.speechObject.test(
            attribution.sentence.sentence.slice(
              attribution.sentence.sentence.indexOf(attribution.verb, attribution.mention.end) +
                attribution.verb.length,
            ),
          ),
      )
    )
      score += 1.5
    // "Dalam sambutannya, Menteri X …", "…,” ucap Gubernur X dalam sambutannya": their words are
    // the event's speech, not a report before it.
    else if (
      speaker.attributions.some(
        attribution =>
          grammar.speakers.inTheirSpeech.test(
            attribution.sentence.sentence.slice(0, attribution.mention.index),
          ) ||
          grammar.speakers.inTheirSpeechAfter.test(
            attribution.sentence.sentence.slice(attribution.mention.end),
          ),
      )
    )
      score += 1
    // The person the article is about is named again and again, also where they do not speak.
    // (By the last word of the name, or the short name: "Nguyen" is shared by many.)
    const names = [...nameTokens(speaker.name).slice(-1), ...nameTokens(speaker.alias)]
    if (names.length > 0) score += 0.3 * sentencesNaming(sentences, names, NAMED_AGAIN)
    // A country or an organisation speaks through people: one of them who speaks is the briefing's
    // speaker rather than the body ("Lembaga X menyatakan …", then its head's quote).
    if (speaker.kind === 'country') score *= 0.5
    else if (speaker.kind === 'organisation') score *= 0.6
    if (score > bestScore) {
      best = speaker
      bestScore = score
    }
  }
  return best
}
