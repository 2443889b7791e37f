// The part of a scrolling element in view — its scroll top, height and inner width — kept as it scrolls or is
// resized: what the virtual lists (episodes, transcript cues) lay their rows out from.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'

export interface ScrollView {
  top: number
  height: number
  width: number
}

type Target = RefObject<HTMLElement | null> | HTMLElement | null
const elementOf = (target: Target) => (target && 'current' in target ? target.current : target)

/**
 * `target`: the element, or a ref to it; `initial`: the view assumed before it is measured. Also returns a function
 * that reads the view again at once (after the code scrolled the element itself).
 */
export function useScrollView(target: Target, initial: () => ScrollView): [ScrollView, () => void] {
  const [view, setView] = useState(initial)
  const measure = useCallback(() => {
    const el = elementOf(target)
    if (el) setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight && v.width === el.clientWidth ? v : { top: el.scrollTop, height: el.clientHeight, width: el.clientWidth }))
  }, [target])
  useLayoutEffect(() => {
    const el = elementOf(target)
    if (!el) return
    const read = measure
    read()
    el.addEventListener('scroll', read, { passive: true })
    const resized = new ResizeObserver(read)
    resized.observe(el)
    return () => {
      el.removeEventListener('scroll', read)
      resized.disconnect()
    }
  }, [target, measure])
  return [view, measure]
}
