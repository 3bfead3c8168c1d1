// Geometry of a content slide, in CSS pixels on Slidev's 980×552 canvas.
// These mirror slides/style.css; the browser fit test checks that they hold.
export const CANVAS = { width: 980, height: 552 }
export const CONTENT_HEIGHT = 392
export const CONTENT_WIDTH = 884

/** Estimated rendered lines of a text at a given font size (px) within a width (px). */
export function estimateLines(text: string, fontSize: number, width: number): number {
  // Be Vietnam Pro averages about 0.56 em per character; round the line count up.
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.56)))
  return Math.max(1, Math.ceil(text.length / perLine))
}

/**
 * Split items into pages whose summed heights (plus gaps) stay within the budget.
 * An item taller than the budget gets a page of its own.
 */
export function paginate<T>(items: T[], height: (item: T) => number, budget = CONTENT_HEIGHT, gap = 12): T[][] {
  const pages: T[][] = []
  let page: T[] = []
  let used = 0
  for (const item of items) {
    const needed = height(item) + (page.length > 0 ? gap : 0)
    if (page.length > 0 && used + needed > budget) {
      pages.push(page)
      page = []
      used = 0
    }
    used += page.length > 0 ? needed : height(item)
    page.push(item)
  }
  if (page.length > 0) pages.push(page)
  return pages
}

/** Group items into rows of `columns`, for grids: a row is as tall as its tallest item. */
export function rows<T>(items: T[], columns: number): T[][] {
  const grouped: T[][] = []
  for (let index = 0; index < items.length; index += columns) grouped.push(items.slice(index, index + columns))
  return grouped
}

/** Pages of a grid of cards: rows of `columns`, each as tall as its tallest card, 14 px apart. */
export function paginateGrid<T>(items: T[], columns: number, height: (item: T) => number): T[][][] {
  return paginate(rows(items, columns), row => Math.max(...row.map(height)), CONTENT_HEIGHT, 14)
}
