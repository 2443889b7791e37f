// A click on a timestamp in the preview plays the recording from there. Read from the clicked text itself (the
// rendered HTML stays exactly what the site renders); only while a recording is loaded.
import { timestampsIn } from '../../shared/listen/stamp'
import { player } from '../listen/player'

/** The seconds of the timestamp written at `offset` in `text` (either edge counts), or null. */
export function stampAtOffset(text: string, offset: number): number | null {
  return timestampsIn(text).find((s) => s.from <= offset && offset <= s.to)?.seconds ?? null
}

function textAt(x: number, y: number): { text: string; offset: number } | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  const pos = doc.caretPositionFromPoint?.(x, y)
  if (pos) return pos.offsetNode.nodeType === Node.TEXT_NODE ? { text: pos.offsetNode.textContent ?? '', offset: pos.offset } : null
  const range = doc.caretRangeFromPoint?.(x, y)
  return range && range.startContainer.nodeType === Node.TEXT_NODE ? { text: range.startContainer.textContent ?? '', offset: range.startOffset } : null
}

/** Plays from the clicked timestamp; true when the click was on one (the preview then does nothing else). */
export function seekFromPreview(event: MouseEvent): boolean {
  if (!player.ready() || event.button !== 0) return false
  const hit = textAt(event.clientX, event.clientY)
  const seconds = hit ? stampAtOffset(hit.text, hit.offset) : null
  if (seconds === null) return false
  event.preventDefault()
  player.seek(seconds, true)
  return true
}
