// Retime after an audio edit: "I cut (by < 0) or inserted (by > 0) N seconds at T". Every time at or after T moves
// by N; a time inside a cut lands on T. Pure text edits on the notes' stamps, and whole-file rewrites for a chapter
// file or a transcript, so nothing but the times changes.
import type { TextChange } from '../diagnostic'
import type { Cue } from '../transcript/model'
import { roundMs, type ChapterMark } from './model'
import { stampLines, stampStyleOf, writeStamp } from './stamp-lines'

export interface Retime {
  /** Seconds where the audio was edited. */
  at: number
  /** Seconds inserted (positive) or cut (negative). */
  by: number
}

export function shiftTime(seconds: number, { at, by }: Retime): number {
  if (seconds < at) return seconds
  if (by < 0 && seconds < at - by) return at
  return roundMs(Math.max(0, seconds + by))
}

/** The stamp edits in the notes; a stamp keeps its style (hours written or not, padding). */
export function retimeNotes(text: string, retime: Retime): TextChange[] {
  const lines = stampLines(text)
  const changes: TextChange[] = []
  for (const line of lines) {
    const moved = shiftTime(line.chapter.start, retime)
    if (moved === line.chapter.start) continue
    changes.push({ from: line.stampFrom, to: line.stampTo, insert: writeStamp(moved, stampStyleOf([line])) })
  }
  return changes
}

export function retimeChapters(chapters: readonly ChapterMark[], retime: Retime): ChapterMark[] {
  return chapters.map((c) => ({ ...c, start: shiftTime(c.start, retime) }))
}

export function retimeCues(cues: readonly Cue[], retime: Retime): Cue[] {
  return cues.map((c) => ({ ...c, start: shiftTime(c.start, retime), end: shiftTime(c.end, retime) }))
}
