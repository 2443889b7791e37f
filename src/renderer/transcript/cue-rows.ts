// Where each cue of the transcript list sits, without the DOM: a row's height is worked out by wrapping its text's
// words at the row's width (their widths measured once each, or estimated), so a 3,000-cue list renders only the
// rows in view yet every cue shows its whole text.
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

const WIDE_CHARS = '\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6'
// What a line may break between: one wide (CJK) character, a run of other characters, or a run of spaces.
const TOKEN = new RegExp(`[${WIDE_CHARS}]|[^\\s${WIDE_CHARS}]+|\\s+`, 'g')

/** A piece of text's width in pixels: the panel measures in the font it shows (a canvas); this estimate serves without one. */
export type MeasureText = (token: string) => number

export function estimateWidth(metrics: CueMetrics): MeasureText {
  return (token) => {
    let ems = 0
    for (let i = 0; i < token.length; i++) ems += isWide(token.charCodeAt(i)) ? 1 : 0.55
    return ems * metrics.fontSize
  }
}

/** A text's width as the sum of its characters' widths, each measured once (`measureChar`): kerning is too small to matter here. */
export function byCharacter(measureChar: (char: string) => number): MeasureText {
  const known = new Float32Array(0x10000).fill(-1)
  return (token) => {
    let sum = 0
    for (let i = 0; i < token.length; i++) {
      const code = token.charCodeAt(i)
      let w = known[code]
      if (w < 0) w = known[code] = measureChar(String.fromCharCode(code))
      sum += w
    }
    return sum
  }
}

function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)
}

/** A text as the widths of its words, a run of spaces as its width negated. */
export type WordWidths = (text: string) => Float64Array

/** Each text's word widths, worked out once per text, so laying the list out again (a search, a new width) is arithmetic. */
export function wordWidths(measure: MeasureText): WordWidths {
  const known = new Map<string, Float64Array>()
  return (text) => {
    let widths = known.get(text)
    if (!widths) {
      const tokens = text.match(TOKEN) ?? []
      widths = new Float64Array(tokens.length)
      for (let i = 0; i < tokens.length; i++) widths[i] = tokens[i].charCodeAt(0) <= 32 || /^\s/.test(tokens[i]) ? -measure(tokens[i]) : measure(tokens[i])
      if (known.size > 20_000) known.clear()
      known.set(text, widths)
    }
    return widths
  }
}

/**
 * The lines words of these widths take in a row `rowWidth` wide, wrapped as the browser wraps them: a word that does
 * not fit starts a new line, spaces hang at a line's end, CJK text breaks between any two characters (each is a word
 * here), a word wider than the row is broken.
 */
export function wrapLines(widths: Float64Array, rowWidth: number): number {
  // A little narrower than the row, so a rounding difference never hides a last line.
  const width = Math.max(1, rowWidth * 0.98)
  let lines = 1
  let x = 0
  for (const w of widths) {
    if (w < 0) {
      x -= w
      continue
    }
    if (x > 0 && x + w > width) {
      lines++
      x = 0
    }
    if (w > width) {
      lines += Math.floor(w / width)
      x = w % width
    } else x += w
  }
  return lines
}

/** The lines `text` takes at the row's width. */
export function linesOf(text: string, metrics: CueMetrics, measure: MeasureText = estimateWidth(metrics)): number {
  return wrapLines(wordWidths(measure)(text), metrics.width)
}

/** The top of each listed row and, last, the list's height: `tops[i]` for `shown[i]`, `tops[shown.length]` the end. */
export function layoutRows(cues: readonly Cue[], shown: readonly number[], metrics: CueMetrics, words: WordWidths = wordWidths(estimateWidth(metrics))): Float64Array {
  const tops = new Float64Array(shown.length + 1)
  let y = 0
  for (let i = 0; i < shown.length; i++) {
    tops[i] = y
    y += metrics.chrome + wrapLines(words(cues[shown[i]].text), metrics.width) * metrics.lineHeight
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
