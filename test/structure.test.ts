import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers.js'

// The pipeline's layers, and no import cycle: lang/ → parse/ → extract/ (the grammar); compile/
// (the slides' pieces) beside it; sections/ composes the two; then the pipeline, the report and the
// commands.
const SCRIPTS = join(ROOT, 'scripts')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.(?:ts|mjs)$/u.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  )
}

/** The modules a file imports at run time (type imports are erased), as paths relative to scripts/. */
function imports(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  const found = [
    ...[...code.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'(\.[^']+)'/gmu)].map(
      match => match[1]!,
    ),
    ...[...code.matchAll(/^export\s+(?!type\s)[^'"]*?from\s+'(\.[^']+)'/gmu)].map(
      match => match[1]!,
    ),
    ...[...code.matchAll(/import\('(\.[^']+)'\)/gu)].map(match => match[1]!),
  ]
  return found.map(path => relative(SCRIPTS, resolve(dirname(file), path)).replace(/\.js$/u, '.ts'))
}

const graph = new Map(files(SCRIPTS).map(file => [relative(SCRIPTS, file), imports(file)]))

/** Every cycle of the graph, as the modules in it (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const order = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string): void => {
    order.set(node, index)
    low.set(node, index++)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!))
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!order.has(node)) visit(node)
  return found
}

describe('the structure of scripts/', () => {
  it('reads the imports of every module (the check itself)', () => {
    expect(graph.get('sections/speech.ts')).toContain('sections/points.ts')
    expect(graph.get('main.ts')).toContain('commands/generate.ts')
  })

  it('finds a cycle where there is one (the check itself)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']])
  })

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([])
  })

  // What each layer may import besides its own folder and the shared modules at the top of
  // scripts/.
  const layers: Array<[string, string[]]> = [
    ['lang/', []],
    ['parse/', ['lang/']],
    ['extract/', ['lang/', 'parse/']],
    ['compile/', []],
    ['sections/', ['lang/', 'parse/', 'extract/', 'compile/']],
  ]
  it.each(layers)('keeps %s to its own layer', (layer, allowed) => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith(layer))
      .flatMap(([file, targets]) =>
        targets
          .filter(
            target =>
              target.includes('/') &&
              !target.startsWith(layer) &&
              !allowed.some(prefix => target.startsWith(prefix)),
          )
          .map(target => `${file} imports ${target}`),
      )
    expect(outside).toEqual([])
  })
})
