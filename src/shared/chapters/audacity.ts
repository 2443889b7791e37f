// Audacity labels (File → Export → Export Labels): `start<TAB>end<TAB>label` a line, in seconds with six decimals.
// Spectral labels add a line starting with `\` (the frequency range), which carries no chapter and is skipped.
import { failure, roundMs, textLines, type ChapterMark, type ReadResult } from './model'

const LINE = /^(-?\d+(?:[.,]\d+)?)\t(-?\d+(?:[.,]\d+)?)\t?(.*)$/

export function readAudacityLabels(text: string): ReadResult<ChapterMark[]> {
  const out: ChapterMark[] = []
  const lines = textLines(text)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line.trim() || line.startsWith('\\')) continue
    const m = LINE.exec(line)
    if (!m) return failure('chapters-unreadable', i + 1, 'bad-time')
    const start = Number(m[1].replace(',', '.'))
    const end = Number(m[2].replace(',', '.'))
    if (start < 0) return failure('chapters-unreadable', i + 1, 'bad-time')
    if (end < start) return failure('chapters-unreadable', i + 1, 'end-before-start')
    const title = m[3].trim()
    if (!title) return failure('chapters-unreadable', i + 1, 'no-title')
    out.push({ start: roundMs(start), title })
  }
  return out.length ? { ok: true, value: out } : failure('chapters-unreadable', 0, 'empty')
}

/** Point labels (start = end), as Audacity writes a label placed with Ctrl+M. */
export function writeAudacityLabels(chapters: readonly ChapterMark[]): string {
  return chapters.map((c) => `${c.start.toFixed(6)}\t${c.start.toFixed(6)}\t${oneLine(c.title)}\n`).join('')
}

export function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim()
}
