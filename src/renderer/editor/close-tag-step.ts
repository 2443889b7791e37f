// Typing an HTML closing tag over the one the editor inserted steps over it, as closing brackets do: `<b>` gets
// `</b>` after the cursor (lang-html's auto-close), and typing `</b>` there ends after that closer instead of
// leaving `</b></b>`. Only closers the editor inserted are stepped over, and only while they are intact.
import { EditorSelection, Prec, StateField, type Extension, type Transaction } from '@codemirror/state'
import { EditorView } from '@codemirror/view'

interface Closer {
  from: number
  to: number
  name: string
}

const CLOSER = /^<\/([^\s<>/]+)>$/

function insertedClosers(tr: Transaction): Closer[] {
  const found: Closer[] = []
  tr.changes.iterChanges((_fromA, _toA, fromB, _toB, inserted) => {
    const m = CLOSER.exec(inserted.toString())
    if (m) found.push({ from: fromB, to: fromB + m[0].length, name: m[1] })
  })
  return found
}

/** The closers auto-close inserted, mapped through later edits; dropped once their text changes. */
const autoClosers = StateField.define<Closer[]>({
  create: () => [],
  update(closers, tr) {
    if (!tr.docChanged) return closers
    // Text typed at a closer's start goes before it (the closer stays after the cursor).
    const mapped = closers.map((c) => ({ ...c, from: tr.changes.mapPos(c.from, 1), to: tr.changes.mapPos(c.to, -1) }))
    const added = tr.isUserEvent('input.complete') ? insertedClosers(tr) : []
    return [...mapped, ...added].filter((c) => tr.state.sliceDoc(c.from, c.to) === `</${c.name}>`)
  }
})

/** Typing `>` that ends `</name` right before an auto-inserted `</name>`: the typed part goes, the cursor steps over. */
const stepOver = EditorView.inputHandler.of((view, from, to, text) => {
  if (text !== '>' || from !== to || view.composing || view.state.selection.ranges.length > 1) return false
  const before = /<\/([^\s<>/]+)$/.exec(view.state.sliceDoc(Math.max(0, from - 64), from))
  if (!before) return false
  const closer = view.state.field(autoClosers).find((c) => c.from === from && c.name === before[1])
  if (!closer) return false
  const start = from - before[0].length
  view.dispatch({
    changes: { from: start, to: from },
    selection: EditorSelection.cursor(closer.to - before[0].length),
    userEvent: 'input.type',
    scrollIntoView: true
  })
  return true
})

/** Step over auto-inserted HTML closing tags when the host types them. */
export function closeTagStepOver(): Extension {
  // Before lang-html's own `>` handler, which would close the typed closer's element once more.
  return [autoClosers, Prec.high(stepOver)]
}
