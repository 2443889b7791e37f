// The Publish tab's link check: sends the editor's text to the main process (which fetches the links), keeps the
// problems' places in step with edits made since, and applies a moved link's quick fix as one undoable edit.
import type { ViewUpdate } from '@codemirror/view'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LinkCheckResult } from '../../shared/api'
import type { CheckDiagnostic } from '../../shared/checks/types'
import { api } from '../api'
import type { EditorBus } from './editor-bus'

export type LinkCheckState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'done'; items: CheckDiagnostic[]; links: number; cached: number; unchecked: number }
  | { phase: 'failed'; error: unknown }

/** The problems' places after the edits of `u` (a problem whose link was deleted goes). */
export function mapItems(items: CheckDiagnostic[], u: ViewUpdate): CheckDiagnostic[] {
  return items.flatMap((d) => {
    const from = u.changes.mapPos(d.from, 1)
    const to = u.changes.mapPos(d.to, -1)
    if (to <= from) return []
    const line = u.state.doc.lineAt(from)
    return [{ ...d, from, to, line: line.number, column: from - line.from + 1, fix: d.fix && { ...d.fix, changes: d.fix.changes.map((c) => ({ ...c, from, to })) } }]
  })
}

export function useLinkCheck(bus: EditorBus, episodePath: string | null) {
  const [state, setState] = useState<LinkCheckState>({ phase: 'idle' })
  const run = useRef(0)
  useEffect(() => {
    run.current++
    setState({ phase: 'idle' })
  }, [episodePath])
  useEffect(
    () =>
      bus.subscribe((u) => {
        if (u?.docChanged) setState((s) => (s.phase === 'done' ? { ...s, items: mapItems(s.items, u) } : s))
      }),
    [bus]
  )

  const check = useCallback(async () => {
    const view = bus.view
    if (!view || !episodePath) return
    const mine = ++run.current
    setState({ phase: 'checking' })
    const text = view.state.doc.toString()
    try {
      const result: LinkCheckResult = await api.links.check({ episode: episodePath, text })
      if (run.current !== mine) return
      // Edits made while the links were fetched: the places found in the text sent follow them.
      const now = bus.view?.state.doc.toString()
      setState({ phase: 'done', ...result, items: now === text ? result.problems : [] })
    } catch (error) {
      if (run.current === mine) setState({ phase: 'failed', error })
    }
  }, [bus, episodePath])

  /** Replaces the moved link with its new address, when the text there is still the old one. */
  const fix = useCallback(
    (item: CheckDiagnostic) => {
      const view = bus.view
      const change = item.fix?.changes[0]
      if (!view || !change || view.state.sliceDoc(item.from, item.to) !== String(item.params?.url ?? '')) return
      view.dispatch({ changes: { from: item.from, to: item.to, insert: change.insert }, userEvent: 'input.fix', scrollIntoView: true })
      setState((s) => (s.phase === 'done' ? { ...s, items: s.items.filter((d) => d !== item && !(d.from === item.from && d.rule === item.rule)) } : s))
    },
    [bus]
  )
  return { state, check, fix }
}
