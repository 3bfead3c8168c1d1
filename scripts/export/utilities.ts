// Whether an edit changes the CSS: Slidev's UnoCSS makes a utility class of any word of the deck
// that names one ("flex", "grid", "italic" …), so a patched build keeps the old CSS only while
// the words that come and go make none. Checked with UnoCSS itself, under Slidev's own config.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { UnoGenerator } from '@unocss/core'

const require = createRequire(import.meta.url)

/** Files with which a deck folder or a theme changes Slidev's UnoCSS config. */
const OWN_CONFIG = ['uno.config.ts', 'unocss.config.ts', 'uno.config.js', 'setup/unocss.ts']

export class OwnConfig extends Error {}

let generator: Promise<UnoGenerator> | undefined

/**
 * What the config imports from the `unocss` umbrella, from the packages themselves: the umbrella
 * loads every preset there is (0.2 s). The directives transformer rewrites `@apply` in style
 * sheets, where no word of a slide goes, and loads a CSS parser (0.1 s): a no-op stands in.
 */
const SHIM = `export const defineConfig = config => config
export { default as presetAttributify } from '@unocss/preset-attributify'
export { default as presetTypography } from '@unocss/preset-typography'
export { default as presetWind3 } from '@unocss/preset-wind3'
export { default as transformerVariantGroup } from '@unocss/transformer-variant-group'
export const transformerDirectives = () => ({ name: '@unocss/transformer-directives', enforce: 'pre', idFilter: () => false, transform() {} })
`
const SHIMMED = new Set([...SHIM.matchAll(/(?:as|const|\{) (\w+)/gu)].map(match => match[1]))

/**
 * UnoCSS under the config of Slidev's client (presets, shortcuts, extractors), loaded once: the
 * config is TypeScript, compiled once with esbuild into node_modules/.cache, where its imports
 * resolve to the packages Slidev's build uses.
 */
async function uno(): Promise<UnoGenerator> {
  generator ??= (async () => {
    const source = require.resolve('@slidev/client/uno.config.ts')
    const cache = join(dirname(source), '..', '..', '.cache', 'briefing-uno')
    const code = await readFile(source, 'utf8')
    const file = join(
      cache,
      `uno-config-${createHash('sha256').update(code).update(SHIM).digest('hex').slice(0, 16)}.mjs`,
    )
    if (!existsSync(file)) {
      const { transform } = await import('esbuild')
      let compiled = (await transform(code, { loader: 'ts', format: 'esm' })).code
      const umbrella = /import\s*\{([^}]*)\}\s*from\s*"unocss"/u.exec(compiled)
      const names =
        umbrella?.[1]
          .split(',')
          .map(name => name.trim())
          .filter(Boolean) ?? []
      if (names.every(name => SHIMMED.has(name))) {
        await mkdir(cache, { recursive: true })
        await writeFile(join(cache, 'unocss-shim.mjs'), SHIM)
        compiled = compiled.replace(/from\s*"unocss"/u, 'from "./unocss-shim.mjs"')
      }
      await mkdir(cache, { recursive: true })
      await writeFile(file, compiled)
    }
    const config = (await import(pathToFileURL(file).href)).default
    const { createGenerator } = await import('@unocss/core')
    return createGenerator(config)
  })()
  return generator
}

/** Start loading UnoCSS now, for a check that comes later. */
export function preloadUtilities(): void {
  uno().catch(() => {})
}

/** The tokens UnoCSS's extractors find in a slide: in its HTML, and in each of its strings as the built chunk holds them. */
async function tokens(generator: UnoGenerator, contents: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (const content of contents)
    for (const text of [content, content.replace(/[<>="]/gu, ' ')])
      for (const token of await generator.applyExtractors(text)) found.add(token)
  return found
}

/**
 * The words that come or go with an edit (`before` → `after`, the changed slides' contents) and
 * that UnoCSS turns into CSS. Throws `OwnConfig` when the deck's folder or theme has a UnoCSS
 * config of its own, which this check does not load.
 */
export async function newUtilities(
  before: string[],
  after: string[],
  deck: string,
): Promise<string[]> {
  const theme = dirname(require.resolve('@slidev/theme-default/package.json'))
  for (const root of [dirname(deck), theme])
    for (const name of OWN_CONFIG)
      if (existsSync(join(root, name))) throw new OwnConfig(`${join(root, name)} configures UnoCSS`)
  // A variant group (`hover:(a b)`) is rewritten before UnoCSS reads the words: not checked here.
  if (after.some(content => /[\w-]:\(/u.test(content)))
    throw new OwnConfig('a word shaped like a UnoCSS variant group (“x:(…)”)')
  const generatorNow = await uno()
  const old = await tokens(generatorNow, before)
  const fresh = await tokens(generatorNow, after)
  const changed = [...fresh]
    .filter(token => !old.has(token))
    .concat([...old].filter(token => !fresh.has(token)))
  const utilities: string[] = []
  for (const token of changed) {
    // Icons (i-…) would need their collections loaded: any such word counts as a class.
    if (token.startsWith('i-') || (await generatorNow.parseToken(token))?.length)
      utilities.push(token)
  }
  return utilities
}
