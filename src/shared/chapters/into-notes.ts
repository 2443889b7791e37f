// Imported chapters written into the notes: the timestamp lines of the existing chapter list are rewritten in place
// (a line whose title already matches keeps its text and links, only its stamp changes), extra chapters follow the
// last one, surplus stamp lines go; with no chapter list yet, one is added under a "Chapters" heading at the end.
import type { TextChange } from '../diagnostic'
import { oneLine } from './audacity'
import type { ChapterMark } from './model'
import { stampLines, stampStyleOf, writeStamp, type StampLine } from './stamp-lines'

export function chaptersIntoNotes(text: string, chapters: readonly ChapterMark[], options: { heading: string }): TextChange[] {
  const lines = stampLines(text)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  if (!lines.length) return [appendList(text, chapters, options.heading, eol)]
  const style = stampStyleOf(lines)
  const changes: TextChange[] = []
  const shared = Math.min(lines.length, chapters.length)
  for (let i = 0; i < shared; i++) {
    const line = lines[i]
    const chapter = chapters[i]
    const stamp = writeStamp(chapter.start, style)
    if (sameTitle(line.chapter.title, chapter.title)) {
      if (stamp !== line.chapter.written) changes.push({ from: line.stampFrom, to: line.stampTo, insert: stamp })
    } else {
      changes.push({ from: line.stampFrom, to: line.lineTo, insert: `${stamp} ${titleText(chapter)}` })
    }
  }
  for (const line of lines.slice(shared)) {
    const next = text.indexOf('\n', line.lineTo)
    changes.push({ from: line.lineFrom, to: next < 0 ? line.lineTo : next + 1, insert: '' })
  }
  if (chapters.length > shared) {
    const last = lines[lines.length - 1]
    const prefix = text.slice(last.lineFrom, last.stampFrom)
    const at = endOfItem(text, last)
    const added = chapters.slice(shared).map((c) => `${prefix}${writeStamp(c.start, style)} ${titleText(c)}`)
    changes.push({ from: at, to: at, insert: eol + added.join(eol) })
  }
  return changes
}

function appendList(text: string, chapters: readonly ChapterMark[], heading: string, eol: string): TextChange {
  const style = { hours: chapters.some((c) => c.start >= 3600) ? ('padded' as const) : ('never' as const) }
  const items = chapters.map((c) => `- ${writeStamp(c.start, style)} ${titleText(c)}`)
  const trimmed = text.replace(/\s+$/, '')
  const lead = trimmed.length ? eol + eol : ''
  return { from: trimmed.length, to: text.length, insert: `${lead}## ${heading}${eol}${eol}${items.join(eol)}${eol}` }
}

/** The end of a chapter item: past the lines nested under it (indented deeper), so new items do not adopt them. */
function endOfItem(text: string, line: StampLine): number {
  const indent = (s: string) => /^[ \t]*/.exec(s)![0].length
  const own = indent(text.slice(line.lineFrom, line.lineTo))
  let end = line.lineTo
  let at = line.lineTo + 1
  while (at <= text.length && at > 0) {
    const next = text.indexOf('\n', at)
    const raw = text.slice(at, next < 0 ? text.length : next).replace(/\r$/, '')
    if (!raw.trim() || indent(raw) <= own) break
    end = at + raw.length
    if (next < 0) break
    at = next + 1
  }
  return end
}

function titleText(chapter: ChapterMark): string {
  const title = oneLine(chapter.title).replace(/([\\`*_[\]<>])/g, '\\$1')
  return chapter.url ? `[${title}](${chapter.url})` : title
}

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
  return norm(a) === norm(b)
}
