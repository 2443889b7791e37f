// A long list of fixed-height rows with only the rows in view (and a few either side) in the DOM: which rows those
// are for a scroll position, and a hook that follows the scroller's position and size.
import { useCallback, type RefObject } from 'react'
import { useScrollView } from './use-scroll-view'

/** Rows `start` (inclusive) to `end` (exclusive) cover the view from `top` over `height` pixels, plus `overscan`. */
export function rowsInView(count: number, rowHeight: number, top: number, height: number, overscan: number): { start: number; end: number } {
  const first = Math.floor(Math.max(0, top) / rowHeight)
  const last = Math.ceil((Math.max(0, top) + Math.max(0, height)) / rowHeight)
  const start = Math.min(count, Math.max(0, first - overscan))
  return { start, end: Math.min(count, Math.max(start, last + overscan)) }
}

/** The scroll position that shows row `index` whole, moving as little as possible from `top`. */
export function scrollTopFor(index: number, rowHeight: number, top: number, height: number): number {
  const rowTop = index * rowHeight
  if (rowTop < top) return rowTop
  if (rowTop + rowHeight > top + height) return Math.max(0, rowTop + rowHeight - height)
  return top
}

/**
 * The rows of `scroller` to render. Before the first layout the view is taken as the window's height, so the
 * first render already fills the list. `reveal(index)` scrolls that row into view and renders it at once.
 */
export function useVirtualRows(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan = 8) {
  const [view, measure] = useScrollView(scroller, () => ({ top: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight, width: 0 }))

  const reveal = useCallback(
    (index: number) => {
      const el = scroller.current
      if (!el) return
      const top = scrollTopFor(index, rowHeight, el.scrollTop, el.clientHeight)
      if (top !== el.scrollTop) el.scrollTop = top
      measure()
    },
    [scroller, rowHeight, measure]
  )

  return { ...rowsInView(count, rowHeight, view.top, view.height, overscan), reveal }
}
