// Whisper's and WhisperX's JSON output: `{ "segments": [{ "start": 1.2, "end": 3.4, "text": " …", "speaker": "SPEAKER_00" }] }`
// (openai-whisper `--output_format json`, WhisperX with diarization adds `speaker`).
import { failure, roundMs, type ReadResult } from '../chapters/model'
import { speakerPrefix } from './srt'
import type { Cue } from './model'

export function readWhisperJson(text: string): ReadResult<Cue[]> {
  let doc: unknown
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return failure('transcript-unreadable', 0, 'bad-json')
  }
  const segments = (doc as { segments?: unknown } | null)?.segments
  if (!Array.isArray(segments)) return failure('transcript-unreadable', 0, 'bad-shape')
  const cues: Cue[] = []
  let searchFrom = 0
  for (const segment of segments) {
    const s = (segment ?? {}) as Record<string, unknown>
    const at = text.indexOf('"start"', searchFrom)
    const line = at < 0 ? 0 : text.slice(0, at).split('\n').length
    if (at >= 0) searchFrom = at + 1
    if (!isTime(s.start) || !isTime(s.end)) return failure('transcript-unreadable', line, 'bad-time')
    if (s.end < s.start) return failure('transcript-unreadable', line, 'end-before-start')
    const said = typeof s.text === 'string' ? s.text.trim() : ''
    if (!said) continue
    const speaker = typeof s.speaker === 'string' && s.speaker ? s.speaker : undefined
    const cue = speaker ? { text: said, speaker } : speakerPrefix(said)
    cues.push({ start: roundMs(s.start), end: roundMs(s.end), ...cue })
  }
  return cues.length ? { ok: true, value: cues } : failure('transcript-unreadable', 0, 'empty')
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}
