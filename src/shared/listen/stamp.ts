// The stamp a host types with one key while listening: the player's time minus a lag (what was said a moment ago),
// written as the notes already write their timestamps, at the start of a line so it is a chapter candidate.
import { stampLines, stampStyleOf, writeStamp, type StampStyle } from '../chapters/stamp-lines'

/** The default lag in seconds: a host presses the key a moment after the topic began. */
export const defaultStampLag = 2

/** The style of the episode's stamps: the notes' own when they have some, else hours written only past an hour. */
export function episodeStampStyle(text: string): StampStyle {
  const lines = stampLines(text)
  return lines.length ? stampStyleOf(lines) : { hours: 'never' }
}

/** `00:12:34 ` for a player at 756.8 s with a 2 s lag in an episode that writes hours; never below 0. */
export function stampText(currentTime: number, options: { lag: number; style: StampStyle }): string {
  const at = Number.isFinite(currentTime) ? currentTime - Math.max(0, options.lag) : 0
  return `${writeStamp(Math.max(0, at), options.style)} `
}

/** A timestamp written anywhere in a line (`12:34`, `1:02:03`, `[00:12:34]`) that a click can seek to. */
export interface TimestampAt {
  from: number
  to: number
  seconds: number
}

const STAMP = /(?<![\w:.])(\d{1,2}:[0-5]\d(?::[0-5]\d)?)(?![\w:]|\.\d)/g

/** The timestamps in a piece of text with their offsets; times such as `10:30 AM` are left out. */
export function timestampsIn(text: string, offset = 0): TimestampAt[] {
  const out: TimestampAt[] = []
  for (const m of text.matchAll(STAMP)) {
    if (/^[ \t]*[AaPp]\.?[Mm]\b/.test(text.slice(m.index + m[0].length))) continue
    const parts = m[1].split(':').map(Number)
    const seconds = parts.length === 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1]
    out.push({ from: offset + m.index, to: offset + m.index + m[1].length, seconds })
  }
  return out
}
