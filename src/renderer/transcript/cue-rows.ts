// Where each cue of the transcript list sits, without the DOM: a row's height is worked out from its text's length
// (a CJK character is a full em, other characters about half), so a 3,000-cue list renders only the rows in view
// yet every cue shows its whole text.
import type { Cue } from '../../shared/transcript/model'

export interface CueMetrics {
  /** Pixels of text width a row has. */
  width: number
  fontSize: number
  lineHeight: number
  /** Pixels above the text: the speaker and time line and the padding. */
  chrome: number
}

export const cueMetrics: CueMetrics = { width: 260, fontSize: 13, lineHeight: 19, chrome: 30 }

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** A text's width in pixels: the panel measures with the font it shows (a canvas); this estimate serves without one. */
export type MeasureText = (text: string) => number

export function estimateWidth(metrics: CueMetrics): MeasureText {
  return (text) => {
    let ems = 0
    for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.55
    return ems * metrics.fontSize
  }
}

/** The lines `text` takes at the row's width (word wrapping loses some room at each line's end; that is allowed for). */
export function linesOf(text: string, metrics: CueMetrics, measure: MeasureText = estimateWidth(metrics)): number {
  const width = Math.max(1, metrics.width)
  const wide = measure(text)
  const lines = Math.max(1, Math.ceil(wide / width))
  return lines === 1 ? 1 : Math.ceil((wide + (lines - 1) * metrics.fontSize * 2) / width)
}

/** The top of each listed row and, last, the list's height: `tops[i]` for `shown[i]`, `tops[shown.length]` the end. */
export function layoutRows(cues: readonly Cue[], shown: readonly number[], metrics: CueMetrics, measure: MeasureText = estimateWidth(metrics)): Float64Array {
  const tops = new Float64Array(shown.length + 1)
  let y = 0
  for (let i = 0; i < shown.length; i++) {
    tops[i] = y
    y += metrics.chrome + linesOf(cues[shown[i]].text, metrics, measure) * metrics.lineHeight
  }
  tops[shown.length] = y
  return tops
}

/** Rows `start` to `end` (exclusive) cover the view from `top` over `height` pixels, `overscan` rows either side. */
export function rowsAt(tops: Float64Array, top: number, height: number, overscan = 6): { start: number; end: number } {
  const count = tops.length - 1
  const first = rowAt(tops, Math.max(0, top))
  const last = rowAt(tops, Math.max(0, top) + Math.max(0, height))
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) }
}

/** The row at pixel `y` (binary search over the tops). */
export function rowAt(tops: Float64Array, y: number): number {
  let lo = 0
  let hi = tops.length - 2
  if (hi < 0) return 0
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (tops[mid] <= y) lo = mid
    else hi = mid - 1
  }
  return lo
}
