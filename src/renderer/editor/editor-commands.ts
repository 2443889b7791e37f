// What the window asks of the open editor (find, problems, jumps, form edits, media, reloads, quick fixes), kept
// beside CodeMirror so the window itself loads without it. Edits from outside the keyboard wait for IME.
import { diagnosticCount, openLintPanel, setDiagnosticsEffect } from '@codemirror/lint'
import { openSearchPanel } from '@codemirror/search'
import { EditorView, type ViewUpdate } from '@codemirror/view'
import type { MediaFile } from '../../shared/api'
import type { EditorCommands } from '../state/editor-bus'
import { applyFix, checksOf } from '../state/publish-checks'
import { recheck } from './episode-lint'
import { insertionAt, mediaText } from './figure-text'
import { fieldEdit, type FieldChange } from './front-matter-edit'
import { dispatchOutside } from './ime-guard'
import { minimalChange } from './minimal-change'

export function editorCommands(view: EditorView): EditorCommands {
  const jumpTo = (pos: number) => {
    const at = Math.min(Math.max(0, pos), view.state.doc.length)
    view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'start', yMargin: 40 }) })
    view.focus()
  }
  return {
    find: () => openSearchPanel(view),
    showProblems: () => openLintPanel(view),
    problemCount: () => diagnosticCount(view.state),
    jumpTo,
    jumpToLine: (line: number) => jumpTo(view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines)).from),
    editField: (path: string[], change: FieldChange, typing = false) => {
      dispatchOutside(view, (state) => fieldEdit(state, path, change, typing))
    },
    insertMedia: (file: MediaFile) => {
      const text = mediaText({ name: file.name, src: file.name.split('/').map(encodeURIComponent).join('/'), kind: file.kind })
      dispatchOutside(view, (state) => {
        const { from, insert, cursor } = insertionAt(state, state.selection.main.head, [text])
        return { changes: { from, insert }, selection: { anchor: cursor }, userEvent: 'input.media', scrollIntoView: true }
      })
      view.focus()
    },
    replaceText: (text: string) => {
      // Never while the host is composing Japanese text: the reload waits for the composition to end.
      dispatchOutside(view, (state) => {
        // Only the span that differs, so the cursor, folds and the preview stay where they were.
        const change = state.lineBreak === '\n' ? minimalChange(state.doc.toString(), text) : { from: 0, to: state.doc.length, insert: text }
        return change ? { changes: change, userEvent: 'input.reload' } : null
      })
    },
    recheck: () => {
      dispatchOutside(view, () => ({ effects: recheck.of(null) }))
    },
    checkItems: () => checksOf(view.state),
    checksReported: (update: ViewUpdate) => update.transactions.some((tr) => tr.effects.some((e) => e.is(setDiagnosticsEffect))),
    applyFix: (item) => {
      applyFix(view, item)
      jumpTo(item.from)
    }
  }
}
