// The Search tab's state: the query, the matches as they stream in (`didFindInSite`), which ones are ticked for a
// replace, and the replace itself: the open episode through its editor (undoable there, left unsaved), every other
// one through the main process in one call, then one Undo for all of them.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { EpisodeMatches, ReplaceSummary, SearchSummary } from '../../shared/api'
import { defaultQuery, type SearchQuery } from '../../shared/search/query'
import { api } from '../api'
import { lazyModule } from '../lazy-parts'
import type { EditorBus } from './editor-bus'

/** The open episode's replace, kept to undo it in the editor. */
interface EditorReplace {
  path: string
  count: number
  before: string
  after: string
}

export interface ReplaceOutcome {
  summary: ReplaceSummary
  editor: EditorReplace | null
  /** The open episode was refused: its text changed since the search. */
  editorRefused: string | null
  undone: number | null
}

const SEARCH_DELAY_MS = 200
/** Matching and replace planning (they read front matter) load with the first search, not with the window. */
const searching = lazyModule(() => import('../../shared/search'))
const key = (path: string, i: number) => `${path}\n${i}`

/** `root`: the open folder; another folder searches again (the matches of the last one mean nothing there). */
export function useSiteSearch(bus: EditorBus, root: string | null, openPath: string | null, dirty: boolean) {
  const [query, setQueryState] = useState<SearchQuery>(defaultQuery)
  const [results, setResults] = useState<EpisodeMatches[]>([])
  const [summary, setSummary] = useState<SearchSummary | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set())
  const [outcome, setOutcome] = useState<ReplaceOutcome | null>(null)
  const current = useRef<string | null>(null)
  const live = useRef({ openPath, dirty, query })
  live.current = { openPath, dirty, query }

  // The open episode's unsaved text is what the host sees: its matches come from the editor, not the disk.
  const fromEditor = useCallback(
    (r: EpisodeMatches, q: SearchQuery): EpisodeMatches => {
      const view = bus.view
      const loaded = searching.get()
      if (r.path !== live.current.openPath || !live.current.dirty || !view || !loaded) return r
      return { ...r, matches: loaded.matchesIn(view.state.doc.toString(), q) }
    },
    [bus]
  )

  useEffect(
    () =>
      api.on('didFindInSite', ({ searchId, results: batch }) => {
        if (searchId !== current.current) return
        const q = live.current.query
        setResults((rs) => [...rs, ...batch.map((r) => fromEditor(r, q)).filter((r) => r.matches.length)])
      }),
    [fromEditor]
  )

  const run = useCallback(async (q: SearchQuery) => {
    const searchId = `${Date.now()}-${Math.random().toString(36).slice(2)}`
    current.current = searchId
    setResults([])
    setSummary(null)
    setError(null)
    setUnticked(new Set())
    if (!q.pattern || (q.scope === 'field' && !q.field)) {
      current.current = null
      return
    }
    try {
      await searching.load()
      const done = await api.search.start({ searchId, query: q })
      if (current.current === searchId) setSummary(done)
    } catch (err) {
      if (current.current === searchId) setError(err)
    }
  }, [])

  // Searches as the host types, a moment after the last key, and again in another folder.
  useEffect(() => {
    const timer = window.setTimeout(() => void run(query), SEARCH_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [query, run, root])

  const setQuery = useCallback((patch: Partial<SearchQuery>) => setQueryState((q) => ({ ...q, ...patch })), [])

  const isTicked = useCallback((path: string, i: number) => !unticked.has(key(path, i)), [unticked])
  const toggle = useCallback((path: string, i?: number) => {
    setUnticked((prev) => {
      const next = new Set(prev)
      const episode = results.find((r) => r.path === path)
      const all = i === undefined ? (episode?.matches.map((_, k) => k) ?? []) : [i]
      const tick = i === undefined ? all.some((k) => prev.has(key(path, k))) : prev.has(key(path, i))
      for (const k of all) {
        if (tick) next.delete(key(path, k))
        else next.add(key(path, k))
      }
      return next
    })
  }, [results])
  const tickedCount = results.reduce((n, r) => n + r.matches.filter((_, i) => !unticked.has(key(r.path, i))).length, 0)

  const replace = useCallback(
    async (replacement: string) => {
      const q = query
      const { matchesIn, planReplace } = await searching.load()
      const files = results
        .map((r) => ({ path: r.path, hash: r.hash, ticked: r.matches.map((_, i) => i).filter((i) => !unticked.has(key(r.path, i))) }))
        .filter((f) => f.ticked.length)
      let editor: EditorReplace | null = null
      let editorRefused: string | null = null
      const open = files.find((f) => f.path === live.current.openPath)
      const view = bus.view
      if (open && view && bus.commands) {
        const before = view.state.doc.toString()
        const shown = results.find((r) => r.path === open.path)?.matches.map((m) => m.from).join()
        const plan = matchesIn(before, q).map((m) => m.from).join() === shown ? planReplace(before, q, replacement, open.ticked) : null
        if (plan?.ok) {
          bus.commands.replaceText(plan.text)
          editor = { path: open.path, count: plan.count, before, after: plan.text }
        } else editorRefused = open.path
      }
      try {
        const others = files.filter((f) => f !== open)
        const summary = others.length ? await api.search.replace({ query: q, replacement, files: others }) : { replaceId: '', replaced: [], refused: [] }
        setOutcome({ summary, editor, editorRefused, undone: null })
      } catch (err) {
        setError(err)
      }
      void run(q)
    },
    [bus, query, results, unticked, run]
  )

  const undo = useCallback(async () => {
    if (!outcome) return
    let undone = 0
    try {
      if (outcome.summary.replaceId) undone += (await api.search.undoReplace({ replaceId: outcome.summary.replaceId })).restored.length
    } catch (err) {
      setError(err)
    }
    const view = bus.view
    if (outcome.editor && view && bus.commands && live.current.openPath === outcome.editor.path && view.state.doc.toString() === outcome.editor.after) {
      bus.commands.replaceText(outcome.editor.before)
      undone++
    }
    setOutcome({ ...outcome, summary: { ...outcome.summary, replaceId: '' }, editor: null, undone })
    void run(query)
  }, [bus, outcome, query, run])

  /** What a match becomes with `replacement` (as typed until the matching code has loaded). */
  const preview = useCallback((matchText: string, replacement: string) => searching.get()?.previewReplacement(matchText, query, replacement) ?? replacement, [query])

  return { query, setQuery, results, preview, summary, error, isTicked, toggle, tickedCount, replace, outcome, undo, dismissOutcome: () => setOutcome(null) }
}

export type SiteSearch = ReturnType<typeof useSiteSearch>
