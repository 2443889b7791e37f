// The status line: where the episode lives, the cursor, word and character counts (Japanese counted sensibly,
// the selection's when there is one), problems found, and how many episodes the folder has.
import { useEffect, useState } from 'react'
import { countBody, type DocCounts } from '../editor/doc-counts'
import { episodeWorker } from '../workers/episode-worker-client'
import { frontMatterHead } from '../editor/front-matter-head'
import { useI18n } from '../i18n'
import type { EditorBus } from '../state/editor-bus'

export interface StatusBarProps {
  bus: EditorBus
  path: string
  episodes: number
  note?: string | null
  /** Opens the list of problems (the lint panel). */
  onProblems?: () => void
}

interface Stats {
  /** Null until the worker has counted this editor's episode (never another episode's counts, never a false 0). */
  counts: DocCounts | null
  selection: DocCounts | null
  line: number
  col: number
  problems: number
}

// Counting a long episode takes a few milliseconds: do it when typing pauses, never in the keystroke.
const countDelay = 200

export function StatusBar({ bus, path, episodes, note, onProblems }: StatusBarProps) {
  const { t } = useI18n()
  const words = (n: number) => (n === 1 ? t('counts.word') : t('counts.words', { n }))
  const chars = (n: number) => (n === 1 ? t('counts.char') : t('counts.chars', { n }))
  const [stats, setStats] = useState<Stats | null>(null)
  useEffect(() => {
    let timer: number | undefined
    let counts: DocCounts | null = null
    let generation = 0
    const measure = (recount: boolean) => {
      timer = undefined
      const view = bus.view
      if (!view) return setStats(null)
      const state = view.state
      if (recount) {
        // Counted in the worker; the line and selection show at once, the counts when they arrive.
        const mine = ++generation
        const bodyFrom = frontMatterHead(state.doc).bodyFrom
        void episodeWorker()
          .count(state.doc.sliceString(bodyFrom, state.doc.length, '\n'))
          .then((c) => {
            if (mine !== generation) return
            counts = c
            setStats((s) => (s ? { ...s, counts: c } : s))
          })
      }
      const sel = state.selection.main
      const line = state.doc.lineAt(sel.head)
      setStats({
        counts,
        selection: sel.empty ? null : countBody(state.sliceDoc(sel.from, sel.to)),
        line: line.number,
        col: sel.head - line.from + 1,
        problems: bus.commands?.problemCount() ?? 0
      })
    }
    measure(true)
    return bus.subscribe((u) => {
      // Another episode (or none): its counts are not known yet.
      if (!u) counts = null
      if (!u || u.docChanged) {
        window.clearTimeout(timer)
        timer = window.setTimeout(() => measure(true), u ? countDelay : 0)
      } else if (timer === undefined) measure(false)
    })
  }, [bus])

  return (
    <footer className="statusbar">
      <span className="status-path" title={path}>
        {path}
      </span>
      {note && <span className="status-note">{note}</span>}
      <span className="spacer" />
      {stats && (
        <>
          <span>{t('counts.line', { line: stats.line, col: stats.col })}</span>
          {stats.selection ? (
            <span data-testid="selection-counts">{t('counts.selection', { words: words(stats.selection.words), chars: chars(stats.selection.characters) })}</span>
          ) : (
            stats.counts && (
              <span data-testid="counts">
                {words(stats.counts.words)} · {chars(stats.counts.characters)}
              </span>
            )
          )}
          {stats.problems > 0 && (
            <button type="button" className="status-problems" onClick={onProblems} data-testid="problems">
              ⚠ {stats.problems === 1 ? t('counts.problem') : t('counts.problems', { n: stats.problems })}
            </button>
          )}
        </>
      )}
      <span>{t('episodes.count', { n: episodes })}</span>
    </footer>
  )
}
