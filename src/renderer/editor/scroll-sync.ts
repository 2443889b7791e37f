// The editor's half of scroll sync: which source line (fractional) is at the top of the editor, and scrolling
// the editor so a given line is at the top. The preview maps lines to its own blocks.
import type { EditorView } from '@codemirror/view'

/** The 1-based line at the top of the visible editor, with the fraction of it scrolled past. */
export function topLine(view: EditorView): number {
  const scrolled = view.scrollDOM.getBoundingClientRect().top - view.documentTop
  const block = view.lineBlockAtHeight(Math.max(0, scrolled))
  const fraction = block.height > 0 ? Math.min(1, Math.max(0, (scrolled - block.top) / block.height)) : 0
  return view.state.doc.lineAt(block.from).number + fraction
}

/** Scrolls the editor so `line` (1-based, fractional) is at the top. */
export function scrollToLine(view: EditorView, line: number): void {
  // The first line shows the editor's top padding too.
  if (line <= 1) {
    view.scrollDOM.scrollTop = 0
    return
  }
  const doc = view.state.doc
  const n = Math.min(doc.lines, Math.max(1, Math.floor(line)))
  const block = view.lineBlockAt(doc.line(n).from)
  const scrolled = view.scrollDOM.getBoundingClientRect().top - view.documentTop
  const target = block.top + (line - n) * block.height
  view.scrollDOM.scrollTop += target - scrolled
}
