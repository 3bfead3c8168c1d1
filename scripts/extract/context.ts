import type { Context, Figure, Item, Sentence } from '../model.js'
import { condense, trimSentence } from './condense.js'
import { alternation, ATTENDANCE_VERBS, COUNT_HEDGES, COUNT_QUALIFIERS, COUNTED_NOUNS, FIGURE_ROLES, GROUP_SIZE_WORDS, PARTICIPANT_NOUNS } from '../lang/id.js'
import { refAt } from '../positions.js'
import { NUMBER_IN_WORDS, numberValue } from './numbers.js'

const ATTENDANCE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(ATTENDANCE_VERBS)})(?![\p{L}])`, 'iu')
// "kelompok beranggotakan 11 negara": the size of a group, not who took part.
const GROUP_SIZE = new RegExp(String.raw`(?:${alternation(GROUP_SIZE_WORDS)})\s+(?:\S+\s+)?$`, 'iu')
const LIST_OPENER = /\b(?:adalah|antara lain|di antaranya|yakni|yaitu|termasuk|oleh)\s+|:\s*/iu
const NOUNS = alternation(COUNTED_NOUNS)
// "lebih dari 40 negara", "1.200 peserta", "sebelas lembaga": a hedge, a number in digits or words, a counted noun.
export const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${alternation(COUNT_HEDGES)})\s+)?(\d{1,3}(?:\.\d{3})+|\d+|${NUMBER_IN_WORDS})\s+(${NOUNS})(?:\s+(?:${alternation(COUNT_QUALIFIERS)}))?(?:\s+(?:dan|serta)\s+(${NOUNS}))?(?![\p{L}])`,
  'giu',
)
const PARTICIPANTS = new RegExp(String.raw`^(?:${alternation(PARTICIPANT_NOUNS)})$`, 'iu')

/**
 * Who attended: the items of the list in the first sentence that names them: "Yang hadir … adalah A, B",
 * "… dihadiri (oleh) A, B", "hadir pula A, B". What someone attended ("menghadiri sidang …") is no list of people.
 */
export function extractAttendees(sentences: Sentence[]): Item[] {
  for (const sentence of sentences) {
    const text = sentence.sentence
    const verb = ATTENDANCE.exec(text)
    if (!verb || /^menghadiri$/iu.test(verb[0])) continue
    let start: number | undefined
    if (/^(?:dihadiri|diikuti)$/iu.test(verb[0])) start = verb.index + verb[0].length + (/^\s+oleh\b/iu.exec(text.slice(verb.index + verb[0].length))?.[0].length ?? 0)
    else {
      // "Yang hadir … adalah A, B": the list follows the opener after the verb.
      const opener = LIST_OPENER.exec(text.slice(verb.index))
      if (opener && /^\s*yang\s+$/iu.test(text.slice(0, verb.index).slice(-5)) || (opener && /\bYang\s+hadir/iu.test(text))) start = verb.index + opener!.index + opener![0].length
    }
    if (start === undefined) continue
    const items = splitList(text, start)
    if (items.length >= 2) return items.map(item => ({ text: condense(item.text), source: refAt(sentence, item.index) }))
  }
  return []
}

// Split a list at commas outside parentheses; "serta"/"dan" before the last item belongs to the list, not the item.
function splitList(text: string, start: number): Array<{ text: string, index: number }> {
  const items: Array<{ text: string, index: number }> = []
  let depth = 0
  let from = start
  const push = (end: number): void => {
    const raw = text.slice(from, end)
    const lead = /^[\s,]*(?:(?:serta|dan)\s+)?/iu.exec(raw)![0].length
    const body = trimSentence(raw.slice(lead))
    if (body) items.push({ text: body, index: from + lead })
  }
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')') depth = Math.max(0, depth - 1)
    else if (text[i] === ',' && depth === 0) {
      push(i)
      from = i + 1
    }
  }
  push(text.length)
  return items
}

/** The role of a count: read the verb right after it in its clause, else the words before it; "250 peserta" took part. */
function roleOf(text: string, index: number, end: number, noun: string): Figure['role'] | undefined {
  const after = text.slice(end).split(/[,;.]/u)[0].split(/\s+/).slice(0, 6).join(' ')
  const before = text.slice(0, index).split(/[;.]/u).at(-1) ?? ''
  for (const scope of [after, before]) {
    for (const { role, pattern } of FIGURE_ROLES) if (pattern.test(scope)) return role
  }
  return PARTICIPANTS.test(noun) ? 'attendance' : undefined
}

/** Counts of participants, each with its role: attendance, signing, speakers. First of each role wins. */
export function extractFigures(sentences: Sentence[]): Figure[] {
  const figures: Figure[] = []
  for (const sentence of sentences) {
    for (const match of sentence.sentence.matchAll(COUNT)) {
      if (GROUP_SIZE.test(sentence.sentence.slice(0, match.index!))) continue
      const role = roleOf(sentence.sentence, match.index!, match.index! + match[0].length, match[3])
      const value = numberValue(match[2])
      // "satu negara" counts nobody who took part.
      // Up to three counts of a role ("sembilan fraksi hadir … ada 40 orang"), each noun once.
      if (!role || !(value >= 2) || figures.filter(figure => figure.role === role).length >= 3 || figures.some(figure => figure.role === role && figure.text.endsWith(match[3]))) continue
      figures.push({ role, value, number: match[2], text: match[0], source: refAt(sentence, match.index!) })
    }
  }
  const order: Figure['role'][] = ['attendance', 'invited', 'signing', 'speakers']
  return figures.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))
}

/** The context slide: who attended, and the counts. */
export function extractContext(sentences: Sentence[]): Context | undefined {
  const attendees = extractAttendees(sentences)
  const figures = extractFigures(sentences)
  if (attendees.length === 0 && figures.length === 0) return undefined
  return { attendees, figures }
}
