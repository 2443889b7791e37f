// The words for why a chapter or transcript file could not be read, by reason code: English here (what the CLI
// prints); the window has its own Japanese for the same codes.
import type { TimedFileError, TimedFileReason } from './model'

export const timedFileReasons: Record<TimedFileReason, string> = {
  'unknown-format': 'this is not a chapter or transcript format Shownotes knows',
  empty: 'the file holds no chapters or cues',
  'bad-time': 'the time is not readable here',
  'no-title': 'this chapter has no title',
  'bad-json': 'the file is not valid JSON',
  'bad-shape': 'the file does not have the expected layout',
  'bad-xml': 'the file is not Podlove Simple Chapters XML',
  'end-before-start': 'the end comes before the start',
  'no-header': 'a WebVTT file must start with WEBVTT'
}

/** `chapters.txt:4: the time is not readable here` (no line when the problem is the file as a whole). */
export function describeTimedFileError(file: string, error: TimedFileError): string {
  return `${file}${error.line ? `:${error.line}` : ''}: ${timedFileReasons[error.reason]}`
}
