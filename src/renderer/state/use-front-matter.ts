// The open episode's front matter as the form shows it, read again only when an edit touched the front matter.
import { useEffect, useState } from 'react'
import { readFrontMatter, type FrontMatter } from '../../shared/front-matter'
import { frontMatterHead, type FrontMatterHead } from '../editor/front-matter-head'
import type { EditorBus } from './editor-bus'

export interface FrontMatterState {
  head: FrontMatterHead
  frontMatter: FrontMatter
}

export function useFrontMatter(bus: EditorBus): FrontMatterState | null {
  const [state, setState] = useState<FrontMatterState | null>(null)
  useEffect(() => {
    let limit = Infinity
    const read = () => {
      const view = bus.view
      if (!view) {
        limit = Infinity
        return setState(null)
      }
      const head = frontMatterHead(view.state.doc)
      limit = head.split.unclosed ? Infinity : head.bodyFrom > 0 ? head.bodyFrom + 1 : 4
      setState({ head, frontMatter: readFrontMatter(head.source, head.split) })
    }
    read()
    return bus.subscribe((u) => {
      if (!u) return read()
      if (!u.docChanged) return
      // Edits wholly inside the body leave the front matter as it was (the margin catches a new opening or
      // closing line; an unclosed block is read again on every edit).
      let touched = false
      u.changes.iterChangedRanges((fromA) => {
        if (fromA <= limit) touched = true
      })
      if (touched) read()
    })
  }, [bus])
  return state
}
