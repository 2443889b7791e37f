// The sidebar's drag handle: a vertical separator moved with the pointer, or with the arrow keys once focused
// (Home/End: narrowest/widest). The width shows live while it moves and is kept when the drag or key press ends.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { sidebarWidthRange } from '../../shared/setting-limits'
import { useI18n } from '../i18n'

const keyStep = 16

export function clampSidebarWidth(width: number): number {
  return Math.round(Math.min(sidebarWidthRange.max, Math.max(sidebarWidthRange.min, width)))
}

export interface SidebarResizerProps {
  width: number
  /** The width while it moves. */
  onResize: (width: number) => void
  /** The width to keep, once the move ends. */
  onCommit: (width: number) => void
}

export function SidebarResizer({ width, onResize, onCommit }: SidebarResizerProps) {
  const { t } = useI18n()
  const drag = useRef<{ x: number; width: number; now: number } | null>(null)

  const down = (ev: PointerEvent<HTMLDivElement>) => {
    if (ev.button !== 0) return
    ev.preventDefault()
    ev.currentTarget.setPointerCapture(ev.pointerId)
    drag.current = { x: ev.clientX, width, now: width }
  }
  const move = (ev: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d) return
    d.now = clampSidebarWidth(d.width + ev.clientX - d.x)
    onResize(d.now)
  }
  const up = () => {
    const d = drag.current
    drag.current = null
    if (d && d.now !== d.width) onCommit(d.now)
  }
  const key = (ev: KeyboardEvent<HTMLDivElement>) => {
    const to: Record<string, number> = { ArrowLeft: width - keyStep, ArrowRight: width + keyStep, Home: sidebarWidthRange.min, End: sidebarWidthRange.max }
    if (!(ev.key in to)) return
    ev.preventDefault()
    const next = clampSidebarWidth(to[ev.key])
    onResize(next)
    if (next !== width) onCommit(next)
  }

  return (
    <div
      className="sidebar-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar.resize')}
      title={t('sidebar.resize')}
      aria-valuemin={sidebarWidthRange.min}
      aria-valuemax={sidebarWidthRange.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onKeyDown={key}
      data-testid="sidebar-resizer"
    />
  )
}
