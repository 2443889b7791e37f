// A quote from the transcript for the notes: the words selected in a cue as a Markdown blockquote, with who said
// them and when. The time comes last, so the quote is never taken for a chapter line, yet a click on it plays there.
import { writtenInJapanese } from '../episode-language'
import { writeStamp, type StampStyle } from '../chapters/stamp-lines'

export interface QuoteSource {
  /** The words, as selected (line breaks and runs of spaces become one space). */
  text: string
  /** Seconds where the cue starts. */
  start: number
  speaker?: string
}

/** `> “We shipped it.” — Kato (12:34)`; Japanese notes quote in 「」. */
export function quoteLine(source: QuoteSource, notes: string, style: StampStyle): string {
  const words = source.text.replace(/\s+/g, ' ').trim()
  const ja = writtenInJapanese(notes)
  const quoted = ja ? `「${words}」` : `“${words}”`
  const who = source.speaker?.trim() ? ` — ${source.speaker.trim()}` : ''
  return `> ${quoted}${who} (${writeStamp(source.start, style)})`
}
