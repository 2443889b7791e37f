// A YouTube-style chapter list (`0:00 Intro` a line, as in a video description): read with the notes' own
// timestamp reader, so whatever the notes accept as a chapter line is accepted here too.
import { findChapters, formatStamp } from './find'
import { failure, textLines, type ChapterMark, type ReadResult } from './model'
import { oneLine } from './audacity'

export function readYoutubeList(text: string): ReadResult<ChapterMark[]> {
  const found = findChapters(textLines(text).join('\n'))
  if (!found.length) return failure('chapters-unreadable', 0, 'empty')
  return { ok: true, value: found.map((c) => ({ start: c.start, title: c.title, ...(c.url ? { url: c.url } : {}) })) }
}

/** `00:00 Intro` lines; hours are written for every line once any chapter starts past an hour. */
export function writeYoutubeList(chapters: readonly ChapterMark[]): string {
  const long = chapters.some((c) => c.start >= 3600)
  return chapters.map((c) => `${formatStamp(Math.floor(c.start), long)} ${oneLine(c.title)}\n`).join('')
}
