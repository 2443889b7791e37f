// WebVTT (W3C WebVTT: The Web Video Text Tracks Format): `WEBVTT`, then cues of an optional id, a timing line
// `00:01.000 --> 00:04.000 [settings]` and text lines; `<v Name>` names the voice. NOTE, STYLE and REGION blocks
// carry no speech and are skipped. The reader serves both transcripts and chapter tracks.
import { decodeXml, failure, lineBlocks, parseClock, textLines, type ReadResult, type TimedFileError } from '../chapters/model'
import type { Cue } from './model'

const TIMING = /^\s*(\S+)\s+-->\s+(\S+)/
const STAMP = /^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}$/

export function readVttCues(text: string, code: TimedFileError['code'] = 'transcript-unreadable'): ReadResult<Cue[]> {
  const lines = textLines(text)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return failure(code, 1, 'no-header')
  const cues: Cue[] = []
  for (const { at: blockStart, lines: block } of lineBlocks(lines, 1)) {
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(block[0])) continue
    const timingAt = block.findIndex((l) => l.includes('-->'))
    if (timingAt < 0 || timingAt > 1) return failure(code, blockStart + 1, 'bad-time')
    const m = TIMING.exec(block[timingAt])
    const line = blockStart + timingAt + 1
    if (!m || !STAMP.test(m[1]) || !STAMP.test(m[2])) return failure(code, line, 'bad-time')
    const start = parseClock(m[1])!
    const end = parseClock(m[2])!
    if (end < start) return failure(code, line, 'end-before-start')
    cues.push({ start, end, ...voiceAndText(block.slice(timingAt + 1).join('\n')) })
  }
  return cues.length ? { ok: true, value: cues } : failure(code, 0, 'empty')
}

/** The cue's voice (`<v Name>` or `<v.class Name>`) and its text without markup. */
function voiceAndText(payload: string): { text: string; speaker?: string } {
  const voice = /^<v(?:\.[\w.-]+)?[ \t]+([^>]+)>/.exec(payload)
  const text = decodeXml(payload.replace(/<[^>]*>/g, '')).replace(/\u00a0/g, ' ').trim()
  return voice ? { text, speaker: voice[1].trim() } : { text }
}
