// WebVTT chapters (a `kind="chapters"` track): `WEBVTT`, then cues `00:00:00.000 --> 00:01:00.000` whose text is
// the title. A chapter ends where the next begins; the last ends at the recording's duration when it is known.
import { oneLine } from './audacity'
import { formatClock, type ChapterMark, type ReadResult } from './model'
import { readVttCues } from '../transcript/vtt'
import { escapeCue } from '../transcript/write-vtt'

export function readVttChapters(text: string): ReadResult<ChapterMark[]> {
  const cues = readVttCues(text, 'chapters-unreadable')
  if (!cues.ok) return cues
  return { ok: true, value: cues.value.map((c) => ({ start: c.start, title: oneLine(c.text) })) }
}

export function writeVttChapters(chapters: readonly ChapterMark[], options: { duration?: number } = {}): string {
  const cues = chapters.map((c, i) => {
    const next = chapters[i + 1]?.start ?? Math.max(options.duration ?? c.start, c.start)
    return `${i + 1}\n${formatClock(c.start)} --> ${formatClock(next)}\n${escapeCue(oneLine(c.title))}\n`
  })
  return `WEBVTT\n\n${cues.join('\n')}`
}
