// mp4chaps text (mp4v2's `mp4chaps -i`, Auphonic's "chapters.txt"): `00:01:02.500 Title` a line; the same tool also
// reads the OGM/Nero form `CHAPTER01=00:01:02.500` followed by `CHAPTER01NAME=Title`, which is read here too.
import { oneLine } from './audacity'
import { failure, formatClock, parseClock, textLines, type ChapterMark, type ReadResult } from './model'

const PLAIN = /^\s*(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)\s+(.*)$/
const OGM = /^\s*CHAPTER(\d+)(NAME)?\s*=\s*(.*)$/i

export function readMp4chaps(text: string): ReadResult<ChapterMark[]> {
  const lines = textLines(text)
  return lines.some((l) => OGM.test(l)) ? readOgm(lines) : readPlain(lines)
}

function readPlain(lines: string[]): ReadResult<ChapterMark[]> {
  const out: ChapterMark[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim() || lines[i].trim().startsWith('#')) continue
    const m = PLAIN.exec(lines[i])
    const start = m ? parseClock(m[1]) : null
    if (!m || start === null) return failure('chapters-unreadable', i + 1, 'bad-time')
    const title = m[2].trim()
    if (!title) return failure('chapters-unreadable', i + 1, 'no-title')
    out.push({ start, title })
  }
  return out.length ? { ok: true, value: out } : failure('chapters-unreadable', 0, 'empty')
}

function readOgm(lines: string[]): ReadResult<ChapterMark[]> {
  const starts = new Map<string, { start: number; line: number }>()
  const titles = new Map<string, string>()
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue
    const m = OGM.exec(lines[i])
    if (!m) return failure('chapters-unreadable', i + 1, 'bad-time')
    if (m[2]) {
      titles.set(m[1], m[3].trim())
      continue
    }
    const start = parseClock(m[3])
    if (start === null) return failure('chapters-unreadable', i + 1, 'bad-time')
    starts.set(m[1], { start, line: i + 1 })
  }
  const out: ChapterMark[] = []
  for (const [id, { start, line }] of starts) {
    const title = titles.get(id)
    if (!title) return failure('chapters-unreadable', line, 'no-title')
    out.push({ start, title })
  }
  return out.length ? { ok: true, value: out } : failure('chapters-unreadable', 0, 'empty')
}

export function writeMp4chaps(chapters: readonly ChapterMark[]): string {
  return chapters.map((c) => `${formatClock(c.start)} ${oneLine(c.title)}\n`).join('')
}
