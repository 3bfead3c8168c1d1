import type { Grammar } from '../lang/grammar.js'
import type { Context, Count, Item, Sentence } from '../model.js'
import { condense, trimSentence } from './condense.js'
import { mentionAt } from './mentions.js'
import { refAt } from '../positions.js'
import { numberValue } from './numbers.js'

/**
 * Who attended: the items of the list in the first sentence that names them: "Yang hadir … adalah
 * A, B", "… dihadiri (oleh) A, B", "hadir pula A, B". What someone attended ("menghadiri sidang …")
 * is no list of people.
 */
export function extractAttendees(grammar: Grammar, sentences: Sentence[]): Item[] {
  const { attendance, attended, attendedBy, by, listOpener, relativeBefore, relativeAttendance } =
    grammar.counts
  const { countFirst, countListCue } = grammar.counts
  for (const sentence of sentences) {
    const text = sentence.sentence
    const verb = attendance.exec(text)
    if (!verb || attended.test(verb[0])) continue
    // "… berasal dari A dan B, diikuti C dan D": followed by, in a ranking; no one attended (but
    // "…, diikuti oleh para bupati" is who took part).
    if (
      grammar.counts.followedBy.test(verb[0]) &&
      /,\s*$/u.test(text.slice(0, verb.index)) &&
      !by.test(text.slice(verb.index + verb[0].length))
    )
      continue
    let start: number | undefined
    if (attendedBy.test(verb[0]))
      start =
        verb.index +
        verb[0].length +
        (by.exec(text.slice(verb.index + verb[0].length))?.[0].length ?? 0)
    else {
      // "Yang hadir … adalah A, B": the list follows the opener after the verb.
      const opener = listOpener.exec(text.slice(verb.index))
      const gap = opener ? text.slice(verb.index + verb[0].length, verb.index + opener.index) : ''
      if (
        opener &&
        !grammar.counts.thingsCounted.test(gap) &&
        (relativeBefore.test(text.slice(0, verb.index).slice(-5)) || relativeAttendance.test(text))
      )
        start = verb.index + opener.index + opener[0].length
    }
    if (start === undefined) continue
    // "dihadiri oleh lima wakil, yaitu A, B …": the list starts after its opener.
    const opener = listOpener.exec(text.slice(start).split(',')[0]!)
    if (opener && !/:/u.test(opener[0])) start += opener.index + opener[0].length
    // "dihadiri oleh dua puluh menteri, terjadi …": a count, with no list after it, is no list of
    // who attended (what follows the comma is another clause).
    else if (
      countFirst.test(text.slice(start)) &&
      !countListCue.test(text.slice(start).split(',').slice(1).join(','))
    )
      continue
    // "Acara yang dihadiri oleh A dan B ini menjadi …": the relative clause, and the list, close at
    // the demonstrative that points back to the event.
    const close = grammar.counts.listClose.exec(text.slice(start))
    // A list ends where a quotation opens or closes ("diikuti waktu saya …,” kata X dalam …").
    const mark = text.slice(start).search(/["“”]/u)
    const end = Math.min(
      close ? start + close.index : text.length,
      mark >= 0 ? start + mark : text.length,
    )
    const listed = splitList(grammar, text.slice(0, end), start)
    // "… yang dihadiri A, sektor wisata juga menjadi andalan": the sentence goes on past the list.
    const clause = listed.findIndex(
      (item, index) => index > 0 && grammar.counts.clauseWord.test(item.text),
    )
    const items = clause > 0 ? listed.slice(0, clause) : listed
    // (Closed so, one item is the whole list: "dihadiri oleh para pemimpin dan ratusan peserta ini".)
    if (items.length >= (close ? 1 : 2))
      return items.map(item => ({ text: condense(item.text), source: refAt(sentence, item.index) }))
  }
  return []
}

// An academic degree as the press abbreviates it, with its full stops: "S.H", "M.H.", "S.I.K.",
// "M.Si" (not "DPRD", a body).
const DEGREE = /^(?=[^.]*\.)(?:\p{Lu}\p{Ll}{0,2}\.?){1,4}$/u

// Split a list at commas outside parentheses; "serta"/"dan" before the last item belongs to the
// list, not the item.
function splitList(
  grammar: Grammar,
  text: string,
  start: number,
): Array<{ text: string; index: number }> {
  const items: Array<{ text: string; index: number }> = []
  let depth = 0
  let from = start
  const push = (end: number): void => {
    const raw = text.slice(from, end)
    const lead = grammar.counts.itemLead.exec(raw)![0].length
    const body = trimSentence(raw.slice(lead))
    // "…, pada Senin (…)": the date the list ends with is no one who attended.
    const date = grammar.cover.firstDate.exec(body)
    if (
      date &&
      body.slice(0, date.index).trim().split(/\s+/u).length <= 1 &&
      date.index + date[0].length >= body.length
    )
      return
    // "Kompol Budi Santoso, S.H., M.H., …": an academic degree after a comma is the name's, not an
    // attendee of its own.
    const previous = items.at(-1)
    if (previous && DEGREE.test(body)) {
      previous.text = trimSentence(text.slice(previous.index, from + lead + body.length))
      return
    }
    if (body) items.push({ text: body, index: from + lead })
  }
  // "Wakil Bupati X, Nama": a title set off from its name by a comma is one attendee (the item's
  // mention, read once where the item starts, runs past the comma).
  const mentionEnd = (): number =>
    mentionAt(grammar, text, from + grammar.counts.itemLead.exec(text.slice(from))![0].length)
      ?.end ?? -1
  let itemMentionEnd = mentionEnd()
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')') depth = Math.max(0, depth - 1)
    else if (text[i] === ',' && depth === 0 && itemMentionEnd <= i) {
      push(i)
      from = i + 1
      itemMentionEnd = mentionEnd()
    }
  }
  push(text.length)
  return items
}

/** The role of a count: read the verb right after it in its clause, else the words before it; "250 peserta" took part. */
function roleOf(
  grammar: Grammar,
  text: string,
  index: number,
  end: number,
  noun: string,
): Count['role'] | undefined {
  const after = text.slice(end).split(/[,;.]/u)[0]!.split(/\s+/).slice(0, 6).join(' ')
  if (grammar.counts.negated.test(after)) return undefined
  const before = text.slice(0, index).split(/[;.]/u).at(-1) ?? ''
  // A count of those who were to come ("rencananya akan dihadiri dua gubernur", "empat bupati
  // dijadwalkan hadir") is no count of who came.
  if (grammar.counts.planned.test(before) || grammar.counts.plannedAfter.test(after))
    return undefined
  for (const scope of [after, before]) {
    for (const { role, pattern } of grammar.counts.roles) if (pattern.test(scope)) return role
  }
  return grammar.counts.participants.test(noun) ? 'attendance' : undefined
}

/** Counts of participants, each with its role: attendance, signing, speakers. First of each role wins. */
export function extractCounts(grammar: Grammar, sentences: Sentence[]): Count[] {
  const counts: Count[] = []
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(grammar.counts.count)) {
      if (grammar.counts.groupSize.test(sentence.sentence.slice(0, match.index!))) continue
      const role = roleOf(
        grammar,
        sentence.sentence,
        match.index!,
        match.index! + match[0].length,
        match[3]!,
      )
      // ("ratusan peserta": a word of magnitude counts at least what it says.)
      const value =
        grammar.counts.approximate.get(match[2]!.toLowerCase()) ?? numberValue(grammar, match[2]!)
      // "satu negara" counts nobody who took part.
      // Up to three counts of a role ("sembilan fraksi hadir … ada 40 orang"), each noun once.
      if (
        !role ||
        !(value >= 2) ||
        counts.filter(count => count.role === role).length >= 3 ||
        counts.some(count => count.role === role && count.text.endsWith(match[3]!))
      )
        continue
      counts.push({
        role,
        value,
        number: match[2]!,
        text: match[0],
        source: refAt(sentence, match.index!),
      })
    }
  }
  const order: Count['role'][] = ['attendance', 'invited', 'signing', 'speakers']
  return counts.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))
}

/** The context slide: who attended, and the counts. */
export function extractContext(grammar: Grammar, sentences: Sentence[]): Context | undefined {
  const attendees = extractAttendees(grammar, sentences)
  const counts = extractCounts(grammar, sentences)
  if (attendees.length === 0 && counts.length === 0) return undefined
  return { attendees, counts }
}
