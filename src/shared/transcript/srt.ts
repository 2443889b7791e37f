// SubRip (.srt), as Whisper and WhisperX write it: a cue number, `00:00:01,000 --> 00:00:04,000`, text lines, a
// blank line. A speaker is read from a `[SPEAKER_00]:` prefix (WhisperX) or an upper-case `NAME:` prefix.
import { failure, lineBlocks, parseClock, textLines, type ReadResult } from '../chapters/model'
import type { Cue } from './model'

const TIMING = /^\s*(\d{1,3}:\d{2}:\d{2}[,.]\d{1,3})\s*-->\s*(\d{1,3}:\d{2}:\d{2}[,.]\d{1,3})/

export function readSrt(text: string): ReadResult<Cue[]> {
  const cues: Cue[] = []
  for (const { at: blockStart, lines: block } of lineBlocks(textLines(text))) {
    const timingAt = /^\d+\s*$/.test(block[0]) ? 1 : 0
    const m = TIMING.exec(block[timingAt] ?? '')
    if (!m) return failure('transcript-unreadable', blockStart + timingAt + 1, 'bad-time')
    const start = parseClock(m[1])
    const end = parseClock(m[2])
    if (start === null || end === null) return failure('transcript-unreadable', blockStart + timingAt + 1, 'bad-time')
    if (end < start) return failure('transcript-unreadable', blockStart + timingAt + 1, 'end-before-start')
    cues.push({ start, end, ...speakerPrefix(block.slice(timingAt + 1).join('\n').replace(/<\/?[ibu]>/g, '')) })
  }
  return cues.length ? { ok: true, value: cues } : failure('transcript-unreadable', 0, 'empty')
}

/** `[SPEAKER_00]: text` or `ALICE: text` → the speaker and the text after it. */
export function speakerPrefix(text: string): { text: string; speaker?: string } {
  const m = /^\[([^\]\n]{1,40})\]:?[ \t]*/.exec(text) ?? /^([A-Z][A-Z0-9_.-]*(?: [A-Z][A-Z0-9_.-]*){0,2}):[ \t]+/.exec(text)
  return m ? { speaker: m[1].trim(), text: text.slice(m[0].length).trim() } : { text: text.trim() }
}
