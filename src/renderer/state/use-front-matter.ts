// The open episode's front matter as the form shows it, read again only when an edit touched the front matter.
// The reader (YAML, TOML, JSON parsers) loads after the window shows; the first read waits for it if it must.
// A very long front matter (thousands of fields) is read in the episode worker once typing pauses, never on the
// window's thread per keystroke.
import { useEffect, useState } from 'react'
import type { FrontMatter } from '../../shared/front-matter'
import { frontMatterHead, type FrontMatterHead } from '../editor/front-matter-head'
import { frontMatterReader } from '../lazy-parts'
import { episodeWorker } from '../workers/episode-worker-client'
import type { EditorBus } from './editor-bus'

export interface FrontMatterState {
  head: FrontMatterHead
  frontMatter: FrontMatter
}

/** Front matter longer than this (characters) is read in the worker when typing pauses (a read takes ~1 ms per 1,000). */
const readAtOnceUpTo = 32 * 1024
const pauseMs = 300

export function useFrontMatter(bus: EditorBus): FrontMatterState | null {
  const [state, setState] = useState<FrontMatterState | null>(null)
  useEffect(() => {
    let limit = Infinity
    let live = true
    let later: number | undefined
    let asked = 0 // the latest read in the worker; older answers are dropped
    const read = () => {
      window.clearTimeout(later)
      later = undefined
      const view = bus.view
      if (!view) {
        limit = Infinity
        return setState(null)
      }
      const reader = frontMatterReader.get()
      if (!reader) return void frontMatterReader.load().then(() => live && read())
      const head = frontMatterHead(view.state.doc)
      limit = head.split.unclosed ? Infinity : head.bodyFrom > 0 ? head.bodyFrom + 1 : 4
      const ask = ++asked
      if (head.bodyFrom <= readAtOnceUpTo) return setState({ head, frontMatter: reader.readFrontMatter(head.source, head.split) })
      void episodeWorker()
        .readFrontMatter(head.source, head.split)
        .then((frontMatter) => live && ask === asked && setState({ head, frontMatter }))
    }
    read()
    const off = bus.subscribe((u) => {
      if (!u) return read()
      if (!u.docChanged) return
      // Edits wholly inside the body leave the front matter as it was (the margin catches a new opening or
      // closing line; an unclosed block is read again on every edit).
      let touched = false
      u.changes.iterChangedRanges((fromA) => {
        if (fromA <= limit) touched = true
      })
      if (!touched) return
      if (limit === Infinity || limit <= readAtOnceUpTo) return read()
      window.clearTimeout(later)
      later = window.setTimeout(read, pauseMs)
    })
    return () => {
      live = false
      window.clearTimeout(later)
      off()
    }
  }, [bus])
  return state
}
