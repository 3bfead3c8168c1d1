/** What a kept build records beside its `dist/`, so that a later build can patch it (`patch-build.ts`). */
export const RECORD = {
  /** The deck it was built from, byte for byte. */
  deck: 'deck.md',
  /** The key of everything but the deck (`designKey`). */
  design: 'design',
  /** The deck's absolute path: Slidev writes it into every slide's chunk. */
  path: 'deck-path',
} as const
