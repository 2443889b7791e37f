// Where the notes' chapter stamps sit as text: each timestamp line's offsets, so an import or a retime can change the
// stamp (or the line) and nothing else. Built on `findChapters`, the one reader of timestamps in the notes.
import { findChapters, type Chapter } from './find'
import type { TextChange } from '../diagnostic'

export interface StampLine {
  chapter: Chapter
  /** Offsets of the whole line (without its line break). */
  lineFrom: number
  lineTo: number
  /** Offsets of the timestamp as written. */
  stampFrom: number
  stampTo: number
}

export function stampLines(text: string): StampLine[] {
  const chapters = findChapters(text)
  if (!chapters.length) return []
  const starts = lineStarts(text)
  return chapters.map((chapter) => {
    const lineFrom = starts[chapter.line - 1]
    const end = text.indexOf('\n', lineFrom)
    const lineTo = end < 0 ? text.length : text[end - 1] === '\r' ? end - 1 : end
    const stampFrom = lineFrom + text.slice(lineFrom, lineTo).indexOf(chapter.written)
    return { chapter, lineFrom, lineTo, stampFrom, stampTo: stampFrom + chapter.written.length }
  })
}

/** How the notes write their stamps, so new ones match: hours always (`00:12:34`, `0:12:34`) or only when needed. */
export interface StampStyle {
  hours: 'never' | 'always' | 'padded'
}

export function stampStyleOf(lines: readonly StampLine[]): StampStyle {
  const three = lines.filter((l) => l.chapter.written.split(':').length === 3)
  if (!three.length) return { hours: 'never' }
  return { hours: three.some((l) => /^\d{2}:/.test(l.chapter.written)) ? 'padded' : 'always' }
}

/** Whole seconds written in the notes' style; hours appear past an hour even when the style has none. */
export function writeStamp(seconds: number, style: StampStyle): string {
  const total = Math.max(0, Math.floor(seconds))
  const h = Math.floor(total / 3600)
  const two = (n: number) => String(n).padStart(2, '0')
  const ms = `${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`
  if (style.hours === 'padded') return `${two(h)}:${ms}`
  if (style.hours === 'always' || h > 0) return `${h}:${ms}`
  return ms
}

export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = ''
  let at = 0
  for (const c of [...changes].sort((a, b) => a.from - b.from)) {
    out += text.slice(at, c.from) + c.insert
    at = c.to
  }
  return out + text.slice(at)
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}
