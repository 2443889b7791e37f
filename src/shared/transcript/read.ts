// Reading a transcript file of any supported form, recognised by its content (not its file name).
import { failure, type ReadResult } from '../chapters/model'
import type { Cue, TranscriptFormat } from './model'
import { readSrt } from './srt'
import { readVttCues } from './vtt'
import { readWhisperJson } from './whisper-json'

export function detectTranscriptFormat(text: string): TranscriptFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('WEBVTT')) return 'vtt'
  if (head.startsWith('{')) return 'whisper-json'
  if (/^\s*(?:\d+\s*\r?\n)?\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/.test(head)) return 'srt'
  return null
}

export function readTranscript(text: string): ReadResult<{ format: TranscriptFormat; cues: Cue[] }> {
  const format = detectTranscriptFormat(text)
  if (!format) return failure('transcript-unreadable', 1, 'unknown-format')
  const read = format === 'vtt' ? readVttCues(text) : format === 'srt' ? readSrt(text) : readWhisperJson(text)
  return read.ok ? { ok: true, value: { format, cues: read.value } } : read
}
