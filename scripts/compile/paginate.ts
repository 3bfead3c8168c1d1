// Geometry of a content slide, in CSS pixels on Slidev's 980×552 canvas.
// These mirror slides/style.css; the browser fit test checks that they hold.
export const CANVAS = { width: 980, height: 552 }
export const CONTENT_HEIGHT = 392
export const CONTENT_WIDTH = 884

/**
 * Each kind of text on the slides: the font size the estimate reads it at and its line height, in
 * px. They are slides/style.css's (`font-size` × `line-height`; the body's line height is 1.38);
 * where the size here is larger than the CSS's, the text is heavy (800) and its letters wider. A
 * change in the style must change this table, and the browser fit test tells when the two part.
 */
export const TYPE = {
  /** A content slide's h1, 30 px heavy. */
  heading: { size: 33, line: 38 },
  /** The cover's subtitle, 22 px. */
  subtitle: { size: 22, line: 31 },
  /** An attendee of the context slide, 18 px. */
  attendee: { size: 18, line: 25 },
  /** A speech message, 20 px. */
  message: { size: 20, line: 28 },
  /** The main quote, 30 px × 1.3. */
  quote: { size: 30, line: 39 },
  /** A further quote under it, 20 px × 1.35. */
  moreQuote: { size: 20, line: 27 },
  /** A point's headline (20 px) and its detail (18 px). */
  pointHeadline: { size: 20, line: 27 },
  pointDetail: { size: 18, line: 25 },
  /** A statement card: the country or organisation (20 px heavy), the office line (15 px capitals), the message (18 px). */
  statementHeading: { size: 20, line: 30 },
  statementOffice: { size: 17, line: 21 },
  statementMessage: { size: 18, line: 25 },
  /** A pledge row: the amount (26 px × 1.2) and the details (16 px). */
  pledgeAmount: { size: 26, line: 32 },
  pledgeDetail: { size: 16, line: 22 },
  /** A key figure: the figure (30 px × 1.25) and its clause (16 px). */
  figureValue: { size: 30, line: 38 },
  figureContext: { size: 16, line: 22 },
} as const

/** A kind of text of `TYPE`. */
export type TextType = (typeof TYPE)[keyof typeof TYPE]

/** The estimated height of a text of a kind within a width (px). */
export function textHeight(text: string, type: TextType, width: number): number {
  return estimateLines(text, type.size, width) * type.line
}

/** Estimated rendered lines of a text at a given font size (px) within a width (px). */
export function estimateLines(text: string, fontSize: number, width: number): number {
  // Be Vietnam Pro averages about 0.56 em per character; round the line count up.
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.56)))
  return Math.max(1, Math.ceil(text.length / perLine))
}

/** The height of a page of items laid out one under another, `gap` apart. */
function stackHeight<T>(height: (item: T) => number, gap: number): (page: T[]) => number {
  return page =>
    page.reduce((sum, item) => sum + height(item), 0) + gap * Math.max(0, page.length - 1)
}

/** The height of a page of cards in rows of `columns`, each row as tall as its tallest card, 14 px apart. */
function gridHeight<T>(height: (item: T) => number, columns: number): (page: T[]) => number {
  return page =>
    rows(page, columns).reduce((sum, row) => sum + Math.max(...row.map(height)), 0) +
    14 * Math.max(0, Math.ceil(page.length / columns) - 1)
}

/**
 * Fill pages in order: each takes items while it stays within the budget. An item
 * taller than the budget gets a page of its own.
 */
export function fill<T>(items: T[], pageHeight: (page: T[]) => number, budget: number): T[][] {
  const pages: T[][] = []
  let page: T[] = []
  for (const item of items) {
    if (page.length > 0 && pageHeight([...page, item]) > budget) {
      pages.push(page)
      page = []
    }
    page.push(item)
  }
  if (page.length > 0) pages.push(page)
  return pages
}

/** `count` runs of items whose sizes differ by one at most, the larger first: 5 → 3 + 2, 7 → 4 + 3. */
export function evenRuns<T>(items: T[], count: number): T[][] {
  const runs: T[][] = []
  let start = 0
  for (let index = 0; index < count; index++) {
    const size = Math.ceil((items.length - start) / (count - index))
    runs.push(items.slice(start, start + size))
    start += size
  }
  return runs
}

/**
 * Balanced pages: as many as filling in order needs, and no more, with the items spread
 * over them evenly (5 → 3 + 2) when every page then fits; else the split into that many
 * pages whose tallest page is lowest, so that a continuation never holds a lone item the
 * pages before it could have shared.
 */
export function balance<T>(items: T[], pageHeight: (page: T[]) => number, budget: number): T[][] {
  const filled = fill(items, pageHeight, budget)
  if (filled.length <= 1) return filled
  const even = evenRuns(items, filled.length)
  if (even.every(page => pageHeight(page) <= budget)) return even
  // The lowest height at which filling in order still needs no more pages (whole pixels, binary
  // search).
  let low = Math.max(...items.map(item => pageHeight([item])))
  let high = budget
  if (low >= high) return filled
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (fill(items, pageHeight, middle).length <= filled.length) high = middle
    else low = middle
  }
  return fill(items, pageHeight, high)
}

/** Items one under another, `gap` apart, on balanced pages. */
export function paginate<T>(
  items: T[],
  height: (item: T) => number,
  budget = CONTENT_HEIGHT,
  gap = 12,
): T[][] {
  return balance(items, stackHeight(height, gap), budget)
}

/** The items that fit the first page, in order (for a section shown on one slide only). */
export function firstPage<T>(
  items: T[],
  height: (item: T) => number,
  budget = CONTENT_HEIGHT,
  gap = 12,
): T[] {
  return fill(items, stackHeight(height, gap), budget)[0] ?? []
}

/** Group items into rows of `columns`, for grids: a row is as tall as its tallest item. */
export function rows<T>(items: T[], columns: number): T[][] {
  const grouped: T[][] = []
  for (let index = 0; index < items.length; index += columns)
    grouped.push(items.slice(index, index + columns))
  return grouped
}

/** Balanced pages of a grid of cards in rows of `columns`. */
export function paginateGrid<T>(items: T[], columns: number, height: (item: T) => number): T[][] {
  return balance(items, gridHeight(height, columns), CONTENT_HEIGHT)
}

/** True when the cards fit one page in rows of `columns`. */
export function fitsOnePage<T>(items: T[], columns: number, height: (item: T) => number): boolean {
  return gridHeight(height, columns)(items) <= CONTENT_HEIGHT
}
