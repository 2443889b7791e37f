// The window's one recording player: the Listen panel's `<audio>` element, reachable from the editor's keys, a
// Ctrl/Cmd+click on a timestamp and a click in the preview without going through React. Nothing here touches
// the editor's text, so playing never disturbs what the host is typing.

export const speeds = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const

class Player {
  audio: HTMLAudioElement | null = null
  /** Seconds a stamp is set back (the setting, kept here for the editor's key). */
  lag = 2
  private readonly listeners = new Set<() => void>()

  /** The panel's element (null when the panel closes). */
  attach(audio: HTMLAudioElement | null): void {
    this.audio = audio
    this.changed()
  }

  /** True when a recording is loaded: the keys and clicks act only then, and otherwise do what they did before. */
  ready(): boolean {
    return !!this.audio?.currentSrc
  }

  time(): number {
    return this.audio?.currentTime ?? 0
  }

  toggle(): void {
    const a = this.audio
    if (!a) return
    if (a.paused) void a.play().catch(() => undefined)
    else a.pause()
  }

  skip(seconds: number): void {
    const a = this.audio
    if (!a) return
    a.currentTime = clampTime(a.currentTime + seconds, a.duration)
  }

  seek(seconds: number, play = true): void {
    const a = this.audio
    if (!a) return
    a.currentTime = clampTime(seconds, a.duration)
    if (play && a.paused) void a.play().catch(() => undefined)
  }

  /** One step slower (-1) or faster (+1) through `speeds`; pitch is kept. */
  step(direction: -1 | 1): void {
    const a = this.audio
    if (!a) return
    a.playbackRate = nextSpeed(a.playbackRate, direction)
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    for (const l of this.listeners) l()
  }
}

export function clampTime(seconds: number, duration: number): number {
  const end = Number.isFinite(duration) ? duration : Infinity
  return Math.min(end, Math.max(0, seconds))
}

export function nextSpeed(current: number, direction: -1 | 1): number {
  const i = speeds.findIndex((s) => s >= current - 1e-6)
  const at = i < 0 ? speeds.length - 1 : i
  const exact = Math.abs(speeds[at] - current) < 1e-6
  const next = direction > 0 ? (exact ? at + 1 : at) : at - 1
  return speeds[Math.min(speeds.length - 1, Math.max(0, next))]
}

export const player = new Player()
