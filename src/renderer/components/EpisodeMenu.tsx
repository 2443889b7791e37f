// The small menu of one episode in the list (its "⋯" button or a right-click): Rename…, Duplicate, Delete.
// Kept inside the window, driven by the keyboard as a menu is (arrows, Home/End, Escape), closed by any click outside.
import { useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import type { EpisodeRow } from '../../shared/episode-rows'
import { useI18n, type MessageKey } from '../i18n'

export type EpisodeAction = 'rename' | 'duplicate' | 'delete'

export interface EpisodeMenuRequest {
  episode: EpisodeRow
  /** Where the menu opens (window coordinates); with `alignRight`, x is the menu's right edge. */
  x: number
  y: number
  alignRight?: boolean
  /** What had focus (the ⋯ button or the episode): focus returns there, and a click on it is not "outside". */
  trigger?: HTMLElement | null
}

const ITEMS: { action: EpisodeAction; label: MessageKey }[] = [
  { action: 'rename', label: 'episodes.rename' },
  { action: 'duplicate', label: 'episodes.duplicate' },
  { action: 'delete', label: 'episodes.delete' }
]

export interface EpisodeMenuProps {
  request: EpisodeMenuRequest
  onChoose: (action: EpisodeAction, episode: EpisodeRow) => void
  onClose: () => void
}

export function EpisodeMenu({ request, onChoose, onClose }: EpisodeMenuProps) {
  const { t } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState<{ left: number; top: number } | null>(null)
  const live = useRef({ request, onClose })
  live.current = { request, onClose }

  // Measured before paint so the menu never shows cut off by the window's edge.
  useLayoutEffect(() => {
    const menu = ref.current
    if (!menu) return
    const { width, height } = menu.getBoundingClientRect()
    const left = request.alignRight ? request.x - width : request.x
    const top = request.y + height > window.innerHeight - 4 ? request.y - height : request.y
    setAt({ left: Math.max(4, Math.min(left, window.innerWidth - width - 4)), top: Math.max(4, top) })
    menu.querySelector<HTMLElement>('[role=menuitem]')?.focus()
  }, [request])

  useLayoutEffect(() => {
    const close = (returnFocus: boolean) => {
      live.current.onClose()
      if (returnFocus) live.current.request.trigger?.focus()
    }
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node
      if (ref.current?.contains(target) || live.current.request.trigger?.contains(target)) return
      close(false)
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' || e.key === 'Tab') {
        e.preventDefault()
        close(true)
      }
    }
    const onAway = () => close(false)
    window.addEventListener('mousedown', onDown, true)
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('resize', onAway)
    window.addEventListener('blur', onAway)
    return () => {
      window.removeEventListener('mousedown', onDown, true)
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('resize', onAway)
      window.removeEventListener('blur', onAway)
    }
  }, [])

  const move = (e: ReactKeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])]
    const i = items.indexOf(document.activeElement as HTMLElement)
    const next = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : null
    if (next === null) return
    e.preventDefault()
    items[(next + items.length) % items.length]?.focus()
  }

  return (
    <div
      ref={ref}
      className="menu"
      role="menu"
      aria-label={request.episode.title || request.episode.path}
      style={at ? { left: at.left, top: at.top } : { left: request.x, top: request.y, visibility: 'hidden' }}
      onKeyDown={move}
      onContextMenu={(e) => e.preventDefault()}
    >
      {ITEMS.map((item) => (
        <button
          key={item.action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.action === 'delete' ? 'menu-item danger' : 'menu-item'}
          onClick={() => {
            onClose()
            onChoose(item.action, request.episode)
          }}
        >
          {t(item.label)}
        </button>
      ))}
    </div>
  )
}
