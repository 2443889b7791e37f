// Chapter lines written one under another in one paragraph are joined by soft line breaks, which HTML shows as one
// line (and YouTube then finds no chapters). Before an export renders them, each such break becomes a hard one.
import { findChapters } from '../chapters/find'
import { splitDocument } from '../document'

/**
 * `text` with a hard line break (two trailing spaces) at the end of every line that a chapter line follows in the
 * same paragraph, and of every chapter line that its paragraph goes on after. Lines keep their number.
 */
export function keepChapterLines(text: string): string {
  const chapters = findChapters(text)
  if (!chapters.length) return text
  const lines = text.split('\n')
  const firstBodyLine = text.slice(0, splitDocument(text).bodyFrom).split('\n').length - 1
  const breakAfter = new Set<number>()
  const joined = (i: number) => i >= firstBodyLine && i + 1 < lines.length && lines[i].trim() !== '' && lines[i + 1].trim() !== ''
  for (const { line } of chapters) {
    const i = line - 1
    if (joined(i - 1)) breakAfter.add(i - 1)
    if (joined(i)) breakAfter.add(i)
  }
  for (const i of breakAfter) {
    const cr = lines[i].endsWith('\r') ? '\r' : ''
    const own = cr ? lines[i].slice(0, -1) : lines[i]
    // A line that already ends in a hard break keeps it as written.
    if (/(?: {2,}|\\)$/.test(own)) continue
    lines[i] = own.replace(/[ \t]+$/, '') + '  ' + cr
  }
  return lines.join('\n')
}
