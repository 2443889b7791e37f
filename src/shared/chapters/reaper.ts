// REAPER's Region/Marker Manager export (CSV): a header `#,Name,Start,End,Length` and rows `M1,Intro,0:00.000,,`
// (markers) or `R1,…` (regions). Start is written in the project's time format; minutes:seconds and seconds are read.
import { failure, parseClock, textLines, type ChapterMark, type ReadResult } from './model'

export function looksLikeReaper(text: string): boolean {
  const first = textLines(text).find((l) => l.trim())
  return !!first && (/^#\s*,\s*Name\s*,\s*Start/i.test(first) || /^[MR]\d+,/.test(first))
}

export function readReaperCsv(text: string): ReadResult<ChapterMark[]> {
  const out: ChapterMark[] = []
  const lines = textLines(text)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line.trim() || /^#\s*,/.test(line)) continue
    const cells = csvCells(line)
    if (!/^[MR]\d+$/.test(cells[0] ?? '')) return failure('chapters-unreadable', i + 1, 'bad-shape')
    const start = parseClock(cells[2] ?? '')
    if (start === null) return failure('chapters-unreadable', i + 1, 'bad-time')
    const title = (cells[1] ?? '').trim()
    if (!title) return failure('chapters-unreadable', i + 1, 'no-title')
    out.push({ start, title })
  }
  out.sort((a, b) => a.start - b.start)
  return out.length ? { ok: true, value: out } : failure('chapters-unreadable', 0, 'empty')
}

/** One CSV row: commas separate, double quotes group, `""` is a quote. */
function csvCells(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (c === ',' && !quoted) {
      cells.push(cell)
      cell = ''
    } else {
      cell += c
    }
  }
  cells.push(cell)
  return cells
}
