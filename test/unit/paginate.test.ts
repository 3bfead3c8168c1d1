import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  balance,
  evenRuns,
  fill,
  firstPage,
  paginate,
  paginateGrid,
} from '../../scripts/compile/paginate.js'

const sizes = (pages: unknown[][]): number[] => pages.map(page => page.length)
const stack =
  (height: number, gap = 0) =>
  (page: unknown[]): number =>
    page.length * height + gap * Math.max(0, page.length - 1)

describe('balanced pagination', () => {
  it('splits items evenly over the pages filling in order needs, the larger first', () => {
    expect(sizes(evenRuns([1, 2, 3, 4, 5], 2))).toEqual([3, 2])
    expect(sizes(evenRuns([1, 2, 3, 4, 5, 6, 7], 2))).toEqual([4, 3])
    expect(sizes(evenRuns([1, 2, 3, 4, 5, 6, 7], 3))).toEqual([3, 2, 2])
    // Four fit a page: filling gives 4 + 1, balancing 3 + 2, and 4 + 3 for seven.
    expect(sizes(fill([1, 2, 3, 4, 5], stack(100), 400))).toEqual([4, 1])
    expect(sizes(paginate([1, 2, 3, 4, 5], () => 100, 400, 0))).toEqual([3, 2])
    expect(sizes(paginate([1, 2, 3, 4, 5, 6, 7], () => 100, 400, 0))).toEqual([4, 3])
    expect(sizes(paginate([1, 2, 3], () => 100, 400, 0))).toEqual([3])
    expect(paginate([], () => 100, 400, 0)).toEqual([])
  })

  it('balances a grid by cards: five cards in two columns are 3 + 2, not 4 + 1', () => {
    // Rows of 180 px, 14 px apart: two rows (374 px) fit the 392 px content height, three do not.
    expect(sizes(paginateGrid([1, 2, 3, 4, 5], 2, () => 180))).toEqual([3, 2])
    expect(paginateGrid([1, 2, 3, 4, 5], 2, () => 180).flat()).toEqual([1, 2, 3, 4, 5])
  })

  it('when an even split does not fit, keeps the page count and lowers the tallest page', () => {
    // One tall item first: an even split (2 + 2) would overflow the first page.
    const heights = [300, 50, 50, 50]
    const pages = balance(heights, page => page.reduce((sum, height) => sum + height, 0), 400)
    expect(pages).toEqual([
      [300, 50],
      [50, 50],
    ])
  })

  it('gives an item taller than the page a page of its own, and keeps the first page for one-slide sections', () => {
    expect(paginate([500, 10, 10], height => height, 400, 0)).toEqual([[500], [10, 10]])
    expect(firstPage([1, 2, 3, 4, 5], () => 100, 400, 0)).toEqual([1, 2, 3, 4])
  })

  it('keeps every item once, in order, on no more pages than filling needs, each page fitting, none under half the one before when counts allow', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 200 }), { maxLength: 40 }), heights => {
        const pageHeight = (page: number[]): number =>
          page.reduce((sum, height) => sum + height, 0) + 12 * Math.max(0, page.length - 1)
        const pages = balance(heights, pageHeight, 392)
        expect(pages.flat()).toEqual(heights)
        expect(pages.length).toBe(fill(heights, pageHeight, 392).length)
        for (const page of pages) expect(page.length === 1 || pageHeight(page) <= 392).toBe(true)
        const uniform = heights.every(height => height === heights[0])
        if (uniform)
          for (let index = 1; index < pages.length; index++)
            expect(pages[index]!.length * 2).toBeGreaterThanOrEqual(pages[index - 1]!.length)
      }),
      { seed: 11, numRuns: 500 },
    )
  })
})
