// The sidebar: every episode of the workspace with its number, title, date and status, newest first.
import { useMemo, useState } from 'react'
import type { EpisodeSummary } from '../../shared/api'

export interface EpisodeListProps {
  episodes: EpisodeSummary[]
  current: string | null
  onOpen: (path: string) => void
}

function shortDate(date: string | null): string {
  return date ? date.slice(0, 10) : '—'
}

export function EpisodeList({ episodes, current, onOpen }: EpisodeListProps) {
  const [filter, setFilter] = useState('')
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase()
    const list = q ? episodes.filter((e) => `${e.title} ${e.path} ${e.tags.join(' ')}`.toLowerCase().includes(q)) : episodes
    return [...list].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path))
  }, [episodes, filter])

  return (
    <nav className="episode-list" aria-label="Episodes">
      <input className="filter" type="search" placeholder="Filter episodes" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter episodes" />
      <ul>
        {shown.map((e) => (
          <li key={e.path}>
            <button className={e.path === current ? 'episode active' : 'episode'} onClick={() => onOpen(e.path)} title={e.path} data-path={e.path}>
              <span className="episode-title">{e.title || e.path}</span>
              <span className="episode-meta">
                {e.number !== null && <span className="episode-number">#{e.number}</span>}
                <span className="episode-date">{shortDate(e.date)}</span>
                <span className={`status status-${e.status}`}>{e.status}</span>
                {e.problems > 0 && <span className="problems" title="Problems in this episode">⚠ {e.problems}</span>}
              </span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="empty">{episodes.length ? 'No episode matches.' : 'No episodes in this folder yet.'}</li>}
      </ul>
    </nav>
  )
}
