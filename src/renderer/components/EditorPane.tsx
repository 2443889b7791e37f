// The CodeMirror editor for one episode. The editor owns the text; React only hears that it changed, and the
// panels around it hear every update through the bus.
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { autosave } from '../editor/autosave'
import { keepLineSeparator } from '../editor/line-separator'
import { isLongDocument } from '../editor/long-document'
import { editorExtensions, editorLanguage, editorPhrases, type EditorHooks } from '../editor/setup'
import type { EditorBus } from '../state/editor-bus'

export interface AutosaveState {
  enabled: boolean
  /** An outside change or deletion waits for the host's choice: autosave must not decide for them. */
  conflict: boolean
}

export interface EditorPaneProps {
  /** Changing the key (a load counter, bumped on open, reload and restore (not on rename, so unsaved text survives it)) starts a fresh editor state. */
  docKey: string
  text: string
  bus: EditorBus
  onChange: (view: EditorView) => void
  onSave: () => void
  /** Read when the autosave delay ends, so toggling the setting never recreates the editor. */
  autosave: AutosaveState
  /** Completion, lint, drop and language hooks (read when an editor is created). */
  hooks?: Omit<EditorHooks, 'onSave'>
}

export function EditorPane({ docKey, text, bus, onChange, onSave, autosave: autosaveState, hooks: more = {} }: EditorPaneProps) {
  const host = useRef<HTMLDivElement>(null)
  const live = useRef({ onChange, onSave, autosave: autosaveState })
  live.current = { onChange, onSave, autosave: autosaveState }
  const viewRef = useRef<EditorView | null>(null)

  // Before the browser paints: the episode shows in the same frame as its pane, not one frame later.
  useLayoutEffect(() => {
    const view = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: text,
        extensions: [
          keepLineSeparator(text),
          editorExtensions({ ...more, long: isLongDocument(text), onSave: () => live.current.onSave() }, [
            autosave({ canSave: () => live.current.autosave.enabled && !live.current.autosave.conflict, save: () => live.current.onSave() })
          ]),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) live.current.onChange(u.view)
            if (u.docChanged || u.selectionSet || u.focusChanged || u.transactions.length) bus.emit(u, u.view)
          })
        ]
      })
    })
    viewRef.current = view
    // The commands (form edits need the front matter editor) load once the episode has shown.
    bus.attach(view, () => import('../editor/editor-commands').then(({ editorCommands }) => editorCommands(view)))
    view.focus()
    return () => {
      viewRef.current = null
      bus.attach(null)
      view.destroy()
    }
    // A new document key means a new editor; text changes within a document flow through CodeMirror itself.
  }, [docKey])

  // The UI language changed: the search panel's words follow, the text and its history stay.
  const language = more.language
  useEffect(() => {
    viewRef.current?.dispatch({ effects: editorLanguage.reconfigure(editorPhrases(language)) })
  }, [language])

  return <div className="editor" ref={host} data-testid="editor" />
}
