// Two static builds compared byte for byte, with the content hashes in file names normalised:
// a patched build must be what a full build of the same deck gives.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { filesUnder } from '../../scripts/export/patch-build.js'

/** A hash Rolldown puts in a file name (`md-Ab3_x-9Q.js`), wherever it is written. */
const NAME_HASH = /-[\w-]{8}(?=\.(?:js|css|woff2?|png|svg)\b)/gu

/**
 * Every file of a build as `name → contents`, names and contents with their hashes replaced by
 * `-HASH`; files whose normalised names collide (eleven `md-HASH.js`) are listed sorted.
 */
export async function normalisedBuild(dist: string): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {}
  for (const file of (await filesUnder(dist)).sort()) {
    const bytes = await readFile(join(dist, file))
    const text = /\.(?:js|css|html|svg)$|_redirects$/u.test(file)
      ? bytes.toString('utf8').replace(NAME_HASH, '-HASH')
      : createHash('sha256').update(bytes).digest('hex')
    const name = file.replace(NAME_HASH, '-HASH')
    result[name] = [...(result[name] ?? []), text].sort()
  }
  return result
}

/** The first difference between two normalised builds, in a line, or undefined when they are equal. */
export function firstDifference(
  a: Record<string, string[]>,
  b: Record<string, string[]>,
): string | undefined {
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [left, right] = [a[name] ?? [], b[name] ?? []]
    if (left.length !== right.length) return `${name}: ${left.length} files against ${right.length}`
    for (const [i, text] of left.entries()) {
      if (text === right[i]) continue
      let at = 0
      while (text[at] === right[i][at]) at++
      return `${name}: differs at ${at}: …${text.slice(Math.max(0, at - 80), at + 80)}… against …${right[i].slice(Math.max(0, at - 80), at + 80)}…`
    }
  }
  return undefined
}

/**
 * Files of `fresh` that sit under a name `old` also has, with other bytes: a server or cache
 * that kept the old file under that name would serve stale content. Must be none.
 */
export async function reusedNames(old: string, fresh: string): Promise<string[]> {
  const before = new Set(await filesUnder(old))
  const clashes: string[] = []
  for (const file of await filesUnder(fresh)) {
    if (!before.has(file) || /\.html$|_redirects$/u.test(file)) continue
    const [a, b] = await Promise.all([readFile(join(old, file)), readFile(join(fresh, file))])
    if (!a.equals(b)) clashes.push(file)
  }
  return clashes
}
