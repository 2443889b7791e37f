// The recording's waveform under the player: loudness over time on a canvas, the notes' timestamps as markers
// (a click goes to the marker's line), a playhead, and a click anywhere else to play from there.
import { useEffect, useRef, useState } from 'react'
import { findChapters, type Chapter } from '../../shared/chapters/find'
import { writeStamp } from '../../shared/chapters/stamp-lines'
import type { Peaks } from '../../shared/listen/wav-peaks'
import { useI18n } from '../i18n'
import type { EditorBus } from '../state/editor-bus'

export interface WaveformProps {
  peaks: Peaks | null
  /** Shown instead of the waveform (working, no waveform for this format …). */
  message: string | null
  duration: number
  time: number
  bus: EditorBus
  onSeek: (seconds: number) => void
  onJumpLine: (line: number) => void
}

/** The notes' chapters, read again a moment after the text stops changing. */
function useChapters(bus: EditorBus): Chapter[] {
  const [chapters, setChapters] = useState<Chapter[]>(() => (bus.view ? findChapters(bus.view.state.doc.toString()) : []))
  useEffect(() => {
    let timer: number | undefined
    const read = () => setChapters(bus.view ? findChapters(bus.view.state.doc.toString()) : [])
    const off = bus.subscribe((u) => {
      if (u && !u.docChanged) return
      window.clearTimeout(timer)
      timer = window.setTimeout(read, u ? 400 : 0)
    })
    read()
    return () => {
      off()
      window.clearTimeout(timer)
    }
  }, [bus])
  return chapters
}

function draw(canvas: HTMLCanvasElement, peaks: Peaks, duration: number): void {
  const ratio = window.devicePixelRatio || 1
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio))
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio))
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) return
  ctx.clearRect(0, 0, width, height)
  ctx.fillStyle = getComputedStyle(canvas).getPropertyValue('--accent').trim() || '#4f46e5'
  const total = duration > 0 ? duration : peaks.duration
  const perPixel = (total * peaks.rate) / width
  const mid = height / 2
  for (let x = 0; x < width; x++) {
    const from = Math.floor(x * perPixel)
    const to = Math.max(from + 1, Math.floor((x + 1) * perPixel))
    let peak = 0
    for (let i = from; i < to && i < peaks.values.length; i++) if (peaks.values[i] > peak) peak = peaks.values[i]
    const h = Math.max(ratio, peak * (height - 2 * ratio))
    ctx.fillRect(x, mid - h / 2, 1, h)
  }
}

export function Waveform({ peaks, message, duration, time, bus, onSeek, onJumpLine }: WaveformProps) {
  const { t } = useI18n()
  const canvas = useRef<HTMLCanvasElement>(null)
  const chapters = useChapters(bus)
  const total = duration > 0 ? duration : (peaks?.duration ?? 0)

  useEffect(() => {
    const el = canvas.current
    if (!el || !peaks) return
    const redraw = () => draw(el, peaks, total)
    redraw()
    const observer = new ResizeObserver(redraw)
    observer.observe(el)
    return () => observer.disconnect()
  }, [peaks, total])

  const at = (seconds: number) => `${total > 0 ? Math.min(100, (seconds / total) * 100) : 0}%`
  const onClick = (e: React.MouseEvent<HTMLDivElement>) => {
    if (!total || (e.target as HTMLElement).closest('.listen-marker')) return
    const box = e.currentTarget.getBoundingClientRect()
    onSeek(((e.clientX - box.left) / box.width) * total)
  }
  return (
    <div className="listen-wave" onClick={onClick} data-testid="waveform">
      {peaks ? <canvas ref={canvas} aria-label={t('listen.waveform')} /> : <span className="listen-wave-message">{message}</span>}
      {total > 0 &&
        chapters
          .filter((c) => c.start <= total)
          .map((c) => (
            <button
              key={`${c.line}-${c.start}`}
              className="listen-marker"
              style={{ left: at(c.start) }}
              title={t('listen.marker', { time: writeStamp(c.start, { hours: 'never' }), title: c.title })}
              aria-label={t('listen.marker', { time: writeStamp(c.start, { hours: 'never' }), title: c.title })}
              data-testid="waveform-marker"
              onClick={() => onJumpLine(c.line)}
            />
          ))}
      {total > 0 && <span className="listen-playhead" style={{ left: at(time) }} aria-hidden="true" />}
    </div>
  )
}
