// The sidebar: every episode of the workspace with its number, title, date and status, newest first. Only the rows
// in view are in the DOM (a site may have thousands of episodes); the arrow keys move through all of them.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { GitMark } from '../../shared/api'
import type { EpisodeRow } from '../../shared/episode-rows'
import { listedDay } from '../../shared/listed-date'
import { useI18n } from '../i18n'
import { useVirtualRows } from '../state/use-virtual-rows'
import type { EpisodeMenuRequest } from './EpisodeMenu'

/** Every row is this tall (title and meta on one line each), which is what lets the list render only the rows in view. */
export const episodeRowHeight = 54

// Dates are ISO 8601 and paths are compared as written, so code-unit order is the right order; localeCompare
// would load the collation tables (tens of milliseconds) while the window first shows.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export interface EpisodeListProps {
  episodes: EpisodeRow[]
  current: string | null
  onOpen: (path: string) => void
  /** Opens (or, with null, closes) an episode's menu: its ⋯ button or a right-click. */
  onMenu?: (request: EpisodeMenuRequest | null) => void
  /** The episode whose menu is open, so its ⋯ button stays visible. */
  menuFor?: string | null
  /** Episodes with something to publish in git (changed, new, not pushed), by path. */
  marks?: Readonly<Record<string, GitMark>>
}

export function EpisodeList({ episodes, current, onOpen, onMenu, menuFor = null, marks }: EpisodeListProps) {
  const { t } = useI18n()
  const [filter, setFilter] = useState('')
  const scroller = useRef<HTMLDivElement>(null)
  // Sorted once per list, with each episode's lowercased search text beside it, so a keystroke in the filter is one pass.
  const sorted = useMemo(
    () =>
      [...episodes]
        .sort((a, b) => byText(b.date ?? '', a.date ?? '') || byText(a.path, b.path))
        .map((e) => ({ e, text: `${e.title} ${e.path} ${e.tags.join(' ')}`.toLowerCase() })),
    [episodes]
  )
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase()
    return (q ? sorted.filter((s) => s.text.includes(q)) : sorted).map((s) => s.e)
  }, [sorted, filter])
  const { start, end, reveal } = useVirtualRows(scroller, shown.length, episodeRowHeight)
  const [focusPath, setFocusPath] = useState<string | null>(null)

  // The open episode is scrolled into view when it changes (a reopened episode far down the list shows) and when
  // the filter is cleared.
  const unfiltered = filter.trim() === ''
  useLayoutEffect(() => {
    const at = current ? shown.findIndex((e) => e.path === current) : -1
    if (at >= 0) reveal(at)
    // Not on every keystroke in the filter: typing must not jump the list.
  }, [current, unfiltered, reveal])

  // A row reached with the keyboard gets focus once it is rendered.
  useLayoutEffect(() => {
    if (focusPath === null) return
    const button = [...(scroller.current?.querySelectorAll<HTMLButtonElement>('button.episode') ?? [])].find((b) => b.dataset.path === focusPath)
    button?.focus()
    setFocusPath(null)
  }, [focusPath, start, end])

  const moveTo = (index: number) => {
    const at = Math.max(0, Math.min(shown.length - 1, index))
    if (!shown[at]) return
    reveal(at)
    setFocusPath(shown[at].path)
  }
  const onKeyDown = (ev: KeyboardEvent<HTMLElement>) => {
    const from = (ev.target as HTMLElement).closest('li')?.dataset.index
    const index = from === undefined ? -1 : Number(from)
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / episodeRowHeight) - 1)
    const to: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: shown.length - 1 }
    if (!(ev.key in to) || (index < 0 && ev.key !== 'ArrowDown')) return
    ev.preventDefault()
    moveTo(to[ev.key])
  }

  return (
    <nav className="episode-list" aria-label={t('sidebar.episodes')}>
      <input
        className="filter"
        type="search"
        placeholder={t('episodes.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => e.key === 'ArrowDown' && (e.preventDefault(), moveTo(0))}
        aria-label={t('episodes.filter')}
      />
      <div className="episode-scroll" ref={scroller} onKeyDown={onKeyDown}>
        <ul style={{ height: shown.length * episodeRowHeight, paddingTop: start * episodeRowHeight }}>
          {shown.slice(start, end).map((e, k) => (
            <li
              key={e.path}
              data-index={start + k}
              aria-setsize={shown.length}
              aria-posinset={start + k + 1}
              style={{ height: episodeRowHeight }}
              className={menuFor === e.path ? 'menu-open' : undefined}
              onContextMenu={
                onMenu &&
                ((ev) => {
                  ev.preventDefault()
                  // From the keyboard (the menu key, Shift+F10) there is no pointer: open under the episode instead.
                  const box = ev.currentTarget.getBoundingClientRect()
                  const fromKeyboard = ev.clientX === 0 && ev.clientY === 0
                  onMenu({ episode: e, x: fromKeyboard ? box.left + 16 : ev.clientX, y: fromKeyboard ? box.bottom : ev.clientY, trigger: ev.currentTarget.querySelector<HTMLElement>('button.episode') })
                })
              }
            >
              <button className={e.path === current ? 'episode active' : 'episode'} onClick={() => onOpen(e.path)} title={e.title || e.path} data-path={e.path}>
                <span className="episode-title">{e.title || e.path}</span>
                <span className="episode-meta">
                  {e.number !== null && <span className="episode-number">#{e.number}</span>}
                  <span className="episode-date">{listedDay(e) ?? '—'}</span>
                  <span className={`status status-${e.status}`}>{t(`status.${e.status}`)}</span>
                  {e.problems > 0 && <span className="problems" title={t('episodes.problems')}>⚠ {e.problems}</span>}
                  {marks?.[e.path] && <span className={`git-mark git-${marks[e.path]}`} title={t(`git.mark.${marks[e.path]}.hint`)} data-testid="git-mark">{t(`git.mark.${marks[e.path]}`)}</span>}
                </span>
              </button>
              {onMenu && (
                <button
                  type="button"
                  className="episode-more"
                  aria-label={t('episodes.actions', { title: e.title || e.path })}
                  title={t('episodes.actions', { title: e.title || e.path })}
                  aria-haspopup="menu"
                  aria-expanded={menuFor === e.path}
                  onClick={(ev) => {
                    if (menuFor === e.path) return onMenu(null)
                    const box = ev.currentTarget.getBoundingClientRect()
                    onMenu({ episode: e, x: box.right, y: box.bottom + 2, alignRight: true, trigger: ev.currentTarget })
                  }}
                >
                  ⋯
                </button>
              )}
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p className="empty">{episodes.length ? t('episodes.noMatch') : t('episodes.none')}</p>}
      </div>
    </nav>
  )
}
