// Timestamps in the notes are places in the recording: each is marked (with a hint), and a Ctrl/Cmd+click on one
// moves the player there and plays. Marks are computed for the visible lines only, so long notes stay quick.
import { RangeSetBuilder, type Extension } from '@codemirror/state'
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view'
import { timestampsIn } from '../../shared/listen/stamp'
import { player } from '../listen/player'

function marks(view: EditorView, title: string): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>()
  const mark = Decoration.mark({ class: 'cm-timestamp', attributes: { title } })
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos)
      for (const stamp of timestampsIn(line.text, line.from)) builder.add(stamp.from, stamp.to, mark)
      pos = line.to + 1
    }
  }
  return builder.finish()
}

const theme = EditorView.baseTheme({
  '.cm-timestamp': { textDecoration: 'underline dotted', textUnderlineOffset: '3px', textDecorationColor: 'currentColor' }
})

/** The seconds of the timestamp at `pos` in the editor, or null. */
export function timestampAt(view: EditorView, pos: number): number | null {
  const line = view.state.doc.lineAt(pos)
  return timestampsIn(line.text, line.from).find((s) => s.from <= pos && pos <= s.to)?.seconds ?? null
}

/** `hint`: the tooltip of a timestamp (in the window's language, read when the editor is made). */
export function timestampSeek(hint: string): Extension {
  const plugin = ViewPlugin.fromClass(
    class {
      decorations: DecorationSet
      constructor(view: EditorView) {
        this.decorations = marks(view, hint)
      }
      update(u: ViewUpdate) {
        if (u.docChanged || u.viewportChanged) this.decorations = marks(u.view, hint)
      }
    },
    { decorations: (p) => p.decorations }
  )
  const click = EditorView.domEventHandlers({
    mousedown(event, view) {
      if (!(event.ctrlKey || event.metaKey) || event.button !== 0 || !player.ready()) return false
      const pos = view.posAtCoords({ x: event.clientX, y: event.clientY })
      const seconds = pos === null ? null : timestampAt(view, pos)
      if (seconds === null) return false
      event.preventDefault()
      player.seek(seconds, true)
      return true
    }
  })
  return [plugin, click, theme]
}
