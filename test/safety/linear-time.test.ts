import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/generate-deck.js'
import { ID } from '../../scripts/lang/id.js'

// Small articles that used to take time growing with the square of their length: long runs of one
// pattern in one sentence. Each run is generated with its own variations; the time per KB must stay
// bounded, and four times the text must take about four times as long, not sixteen.
const SEED = Number(process.env.FUZZ_SEED ?? 20261202)
const LEAD =
  'KTT Ekonomi Kawasan di Jakarta\n\nPresiden Joko Widodo mengatakan bahwa kerja sama kawasan harus dipercepat tahun ini.\n\n'

/** One unit of a run, made from a generated number. */
const PATTERNS: Record<string, (n: number) => string> = {
  'money mentions': n =>
    `${['Rp', 'US$', 'USD', '$'][n % 4]}${n % 997},${n % 10} ${['juta', 'miliar', 'triliun'][n % 3]}, `,
  percentages: n => `${n % 100},${n % 10} persen dan `,
  abbreviations: n =>
    `${ID.text.abbreviations[n % ID.text.abbreviations.length]!.replace(/^./u, (letter: string) => letter.toUpperCase())}. `,
  initials: n => `${String.fromCharCode(65 + (n % 26))}. `,
  'numbered items': n => `${(n % 9) + 1}. `,
  quotes: n => [`"kata ${n % 7}" `, `“frasa” `, `"`, `”`][n % 4]!,
  'named officials': n => `Menteri Urusan${n} Budi Santoso, `,
  // Short sentences in one paragraph (Node 20's sentence segmenter alone was quadratic on a long
  // text).
  sentences: n => `Kerja sama nomor ${n % 50} penting. `,
}

function article(pattern: string, seed: number, bytes: number): string {
  const make = PATTERNS[pattern]!
  const units: string[] = []
  let length = 0
  for (let at = 0; length < bytes; at++) {
    const unit = make(seed + at * 7919)
    units.push(unit)
    length += unit.length
  }
  return `${LEAD}Menteri Keuangan mengatakan bahwa ${units.join('')}disiapkan untuk kawasan.\n`
}

function msToGenerate(text: string): number {
  // The lower of two runs: the machine's noise only ever adds time.
  let best = Infinity
  for (let run = 0; run < 2; run++) {
    const started = performance.now()
    generateDeck(text)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

describe(`linear time on long runs of one pattern (seed ${SEED})`, () => {
  it.each(Object.keys(PATTERNS))('%s', { timeout: 120_000 }, pattern => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), seed => {
        const small = msToGenerate(article(pattern, seed, 16 * 1024))
        const large = msToGenerate(article(pattern, seed, 64 * 1024))
        // Generous for a slow, busy machine: a quadratic step is far past both.
        expect(large / 64, `${pattern}: ${large.toFixed(0)} ms for 64 KB`).toBeLessThan(30)
        expect(
          large / Math.max(small, 20),
          `${pattern}: ${small.toFixed(0)} ms for 16 KB, ${large.toFixed(0)} ms for 64 KB`,
        ).toBeLessThan(8)
      }),
      { seed: SEED, numRuns: 2 },
    )
  })
})
