/** The flag emoji of an ISO 3166-1 alpha-2 code (two regional indicator symbols). */
export function flagEmoji(code: string): string {
  return [...code.toUpperCase()]
    .map(letter => String.fromCodePoint(0x1f1e6 + letter.charCodeAt(0) - 65))
    .join('')
}
