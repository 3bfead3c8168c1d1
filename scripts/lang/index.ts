// The input languages the tool reads. Adding one: its module beside id.ts (a `Language`), and an
// entry here.
import { ID } from './id.js'
import type { Language } from './types.js'

export const LANGUAGES: Record<string, Language> = { id: ID }

/** The language of an article, by its code (`--language`); Indonesian by default. */
export function languageOf(code = 'id'): Language {
  const language = LANGUAGES[code]
  if (!language)
    throw new Error(
      `no input language "${code}": expected one of ${Object.keys(LANGUAGES).join(', ')}`,
    )
  return language
}
