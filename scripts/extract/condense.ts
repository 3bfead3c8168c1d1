/** Longest bullet on a slide, in words. */
export const MAX_BULLET_WORDS = 30

/** Marks words left out of a verbatim piece of the article. */
export const ELLIPSIS = '…'

interface Clause {
  start: number
  end: number
  words: number
  score: number
}

/** Count words the way a reader would: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Drop the sentence's closing full stop (but not a closing quote) and surrounding space. */
export function trimSentence(text: string): string {
  return text
    .trim()
    .replace(/[\s,;:]+$/, '')
    .replace(/\.$/, '')
    .replace(/,(["”])$/, '$1')
    .trim()
}

/**
 * Shorten a piece of article text to at most `maxWords` words without rewording it:
 * keep whole clauses, preferring those with quotes and figures, in their order,
 * and mark every gap with an ellipsis. Each part stays a verbatim slice.
 */
export function condense(text: string, maxWords = MAX_BULLET_WORDS, focus?: RegExp): string {
  const source = trimSentence(text)
  if (wordCount(source) <= maxWords) return source
  const clauses = splitClauses(source, focus)
  const ranked = [...clauses].sort((a, b) => b.score - a.score || a.start - b.start)
  const chosen: Clause[] = []
  let words = 0
  for (const clause of ranked) {
    if (words + clause.words > maxWords) continue
    chosen.push(clause)
    words += clause.words
  }
  if (chosen.length === 0) {
    const best = ranked[0]
    const piece = source
      .slice(best.start, best.end)
      .split(/\s+/)
      .slice(0, maxWords - 1)
      .join(' ')
    return `${trimClause(piece)} ${ELLIPSIS}`
  }
  chosen.sort((a, b) => a.start - b.start)
  const position = new Map(clauses.map((clause, index) => [clause, index]))
  const parts: string[] = []
  for (const [index, clause] of chosen.entries()) {
    const previous = chosen[index - 1]
    if (previous && position.get(previous)! + 1 === position.get(clause))
      parts.push(source.slice(previous.end, clause.end))
    else
      parts.push(`${index === 0 ? '' : ` ${ELLIPSIS} `}${source.slice(clause.start, clause.end)}`)
  }
  let result = parts.join('')
  if (position.get(chosen[0]!)! > 0) result = `${ELLIPSIS} ${result}`
  if (position.get(chosen.at(-1)!)! < clauses.length - 1)
    result = `${trimClause(result)} ${ELLIPSIS}`
  return result
}

function trimClause(text: string): string {
  return text.replace(/[\s,;:]+$/, '')
}

/**
 * Split at commas and semicolons that stand outside quotation marks. A clause of
 * fewer than five words joins its neighbour: the next one when it opens a part
 * ("pada saat itu, …"), else the one before (a short list item).
 */
function splitClauses(text: string, focus?: RegExp): Clause[] {
  const clauses: Clause[] = []
  let inStraight = false
  let curly = 0
  let start = 0
  const opens: boolean[] = []
  const push = (end: number): void => {
    const body = text.slice(start, end)
    const lead = body.length - body.trimStart().length
    const piece = body.trim()
    if (!piece) return
    clauses.push({
      start: start + lead,
      end: start + lead + piece.length,
      words: wordCount(piece),
      score: 0,
    })
    opens.push(start === 0 || text[start - 1] === ';')
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '"') inStraight = !inStraight
    else if (char === '“') curly++
    else if (char === '”') curly = Math.max(0, curly - 1)
    // A decimal comma ("37,7") splits nothing.
    else if (
      (char === ',' || char === ';') &&
      !inStraight &&
      curly === 0 &&
      !(char === ',' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? ''))
    ) {
      push(i)
      start = i + 1
    }
  }
  push(text.length)

  const merged: Clause[] = []
  let carry: Clause | undefined
  for (const [index, clause] of clauses.entries()) {
    const current = carry
      ? { ...carry, end: clause.end, words: carry.words + clause.words }
      : { ...clause }
    carry = undefined
    const previous = merged.at(-1)
    if (current.words < 5 && opens[index] && index < clauses.length - 1) carry = current
    else if (current.words < 5 && previous) {
      previous.end = current.end
      previous.words += current.words
    } else merged.push(current)
  }
  if (carry) merged.push(carry)
  for (const [index, clause] of merged.entries()) {
    const piece = text.slice(clause.start, clause.end)
    const quotes = (piece.match(/["“”]/g)?.length ?? 0) / 2
    // (A year alone, "tahun 2026", is a date, not a figure that makes a clause worth keeping.)
    const figures = /\d/u.test(piece.replace(/(?<![\p{N}.,])(?:19|20)\d{2}(?![\p{N}.,])/gu, ''))
      ? 1
      : 0
    const focused = focus?.test(piece) ? 3 : 0
    clause.score = quotes * 2 + figures * 2 + focused + (index === 0 ? 1 : 0)
  }
  return merged
}
