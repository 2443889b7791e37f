// The stamp command: the player's time minus the lag, written in the episode's own stamp style at the start of
// the cursor's line (after a list marker, a heading's hashes or a quote), or at the cursor on an empty line. A line
// that already starts with a stamp gets the new time instead of a second stamp.
import type { EditorState, TransactionSpec } from '@codemirror/state'
import { episodeStampStyle, stampText, timestampsIn } from '../../shared/listen/stamp'

// What a line may start with before its stamp: indentation, quotes, a heading, a list marker and a task box.
const PREFIX = /^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?/

/** The edit that stamps the cursor's line with `currentTime` (seconds) set back by `lag`. */
export function insertStamp(state: EditorState, currentTime: number, lag: number): TransactionSpec {
  const head = state.selection.main.head
  const line = state.doc.lineAt(head)
  const stamp = stampText(currentTime, { lag, style: episodeStampStyle(state.doc.toString()) })
  if (!line.text.trim()) return { changes: { from: head, insert: stamp }, selection: { anchor: head + stamp.length }, scrollIntoView: true, userEvent: 'input.stamp' }
  const at = line.from + PREFIX.exec(line.text)![0].length
  const existing = timestampsIn(line.text, line.from).find((s) => s.from === at)
  // An existing stamp and the spaces after it are replaced, so stamping again corrects the time.
  const to = existing ? at + (line.text.slice(existing.to - line.from).match(/^[ \t]*/)![0].length) + (existing.to - at) : at
  const cursor = head <= at ? at + stamp.length : head - (to - at) + stamp.length
  return { changes: { from: at, to, insert: stamp }, selection: { anchor: Math.max(at + stamp.length, cursor) }, scrollIntoView: true, userEvent: 'input.stamp' }
}
