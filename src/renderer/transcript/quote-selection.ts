// The quote command: words selected in the Transcript panel's cues go into the notes at the cursor as a blockquote
// with the speaker and the time (`> “…” — Kato (12:34)`), on a line of its own, as one undo step.
import { episodeStampStyle } from '../../shared/listen/stamp'
import { quoteLine, type QuoteSource } from '../../shared/transcript/quote'
import { insertionAt } from '../editor/figure-text'
import { dispatchOutside } from '../editor/ime-guard'
import type { EditorBus } from '../state/editor-bus'

/** The selected words of the cues the selection touches (their speaker and time from the first), or null. */
export function selectedQuote(selection: Selection | null): QuoteSource | null {
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null
  const range = selection.getRangeAt(0)
  const texts = [...document.querySelectorAll<HTMLElement>('.cue-row .cue-text')].filter((el) => range.intersectsNode(el))
  if (!texts.length) return null
  const words = texts.map((el) => {
    const part = document.createRange()
    part.selectNodeContents(el)
    if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset)
    if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset)
    return part.toString().trim()
  })
  const text = words.filter(Boolean).join(' ')
  const row = texts[0].closest<HTMLElement>('.cue-row')
  if (!text || !row) return null
  return { text, start: Number(row.dataset.start), speaker: row.dataset.speaker || undefined }
}

/** Inserts the quote; false when no words of a cue are selected. */
export function quoteSelection(bus: EditorBus): boolean {
  const source = selectedQuote(window.getSelection())
  const view = bus.view
  if (!source || !view) return false
  dispatchOutside(view, (state) => {
    const notes = state.doc.toString()
    const line = quoteLine(source, notes, episodeStampStyle(notes))
    const { from, to, insert, cursor } = insertionAt(state, state.selection.main.head, [line])
    return { changes: { from, to, insert }, selection: { anchor: cursor }, userEvent: 'input.quote', scrollIntoView: true }
  })
  return true
}
