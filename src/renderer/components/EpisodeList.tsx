// The sidebar: every episode of the workspace with its number, title, date and status, newest first.
import { useMemo, useState } from 'react'
import type { EpisodeSummary } from '../../shared/api'
import { listedDay } from '../../shared/listed-date'
import { useI18n } from '../i18n'
import type { EpisodeMenuRequest } from './EpisodeMenu'

// Dates are ISO 8601 and paths are compared as written, so code-unit order is the right order; localeCompare
// would load the collation tables (tens of milliseconds) while the window first shows.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export interface EpisodeListProps {
  episodes: EpisodeSummary[]
  current: string | null
  onOpen: (path: string) => void
  /** Opens (or, with null, closes) an episode's menu: its ⋯ button or a right-click. */
  onMenu?: (request: EpisodeMenuRequest | null) => void
  /** The episode whose menu is open, so its ⋯ button stays visible. */
  menuFor?: string | null
}

export function EpisodeList({ episodes, current, onOpen, onMenu, menuFor = null }: EpisodeListProps) {
  const { t } = useI18n()
  const [filter, setFilter] = useState('')
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase()
    const list = q ? episodes.filter((e) => `${e.title} ${e.path} ${e.tags.join(' ')}`.toLowerCase().includes(q)) : episodes
    return [...list].sort((a, b) => byText(b.date ?? '', a.date ?? '') || byText(a.path, b.path))
  }, [episodes, filter])

  return (
    <nav className="episode-list" aria-label={t('sidebar.episodes')}>
      <input className="filter" type="search" placeholder={t('episodes.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} aria-label={t('episodes.filter')} />
      <ul>
        {shown.map((e) => (
          <li
            key={e.path}
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
            <button className={e.path === current ? 'episode active' : 'episode'} onClick={() => onOpen(e.path)} title={e.path} data-path={e.path}>
              <span className="episode-title">{e.title || e.path}</span>
              <span className="episode-meta">
                {e.number !== null && <span className="episode-number">#{e.number}</span>}
                <span className="episode-date">{listedDay(e) ?? '—'}</span>
                <span className={`status status-${e.status}`}>{t(`status.${e.status}`)}</span>
                {e.problems > 0 && <span className="problems" title={t('episodes.problems')}>⚠ {e.problems}</span>}
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
        {shown.length === 0 && <li className="empty">{episodes.length ? t('episodes.noMatch') : t('episodes.none')}</li>}
      </ul>
    </nav>
  )
}
