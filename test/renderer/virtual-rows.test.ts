// The episode list renders only the rows in view: which rows those are, and where to scroll to show one.
import { describe, expect, it } from 'vitest'
import { rowsInView, scrollTopFor } from '../../src/renderer/state/use-virtual-rows'

describe('rows in view', () => {
  it.each([
    // count, row height, top, height, overscan → start, end
    [5000, 50, 0, 500, 5, 0, 15],
    [5000, 50, 1000, 500, 5, 15, 35],
    [5000, 50, 1025, 500, 0, 20, 31],
    [5000, 50, 249_800, 500, 5, 4991, 5000],
    [10, 50, 0, 2000, 5, 0, 10],
    [0, 50, 0, 500, 5, 0, 0],
    // a list that shrank under a scroller still scrolled far down
    [3, 50, 10_000, 500, 5, 3, 3]
  ])('%i rows of %ipx seen from %ipx over %ipx (+%i)', (count, h, top, height, overscan, start, end) => {
    expect(rowsInView(count, h, top, height, overscan)).toEqual({ start, end })
  })

  it('scrolls as little as needed to show a row whole', () => {
    expect(scrollTopFor(3, 50, 0, 500)).toBe(0)
    expect(scrollTopFor(10, 50, 0, 500)).toBe(50)
    expect(scrollTopFor(4999, 50, 0, 500)).toBe(249_500)
    expect(scrollTopFor(2, 50, 400, 500)).toBe(100)
  })
})
