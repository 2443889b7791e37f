// The CodeMirror editor for one episode. The editor owns the text; React only hears that it changed.
import { EditorState, type Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { useEffect, useRef } from 'react'
import { keepLineSeparator } from '../editor/line-separator'
import { isLongDocument } from '../editor/long-document'
import { editorExtensions, editorLanguage, editorPhrases, type EditorHooks } from '../editor/setup'

export interface EditorPaneProps {
  /** Changing the key (a load counter, bumped on open, reload and restore (not on rename, so unsaved text survives it)) starts a fresh editor state. */
  docKey: string
  text: string
  onChange: (view: EditorView) => void
  onSave: () => void
  onReady?: (view: EditorView | null) => void
  extensions?: Extension[]
  /** Completion, lint, drop and language hooks (read when an editor is created). */
  hooks?: Omit<EditorHooks, 'onSave'>
}

export function EditorPane({ docKey, text, onChange, onSave, onReady, extensions = [], hooks: more = {} }: EditorPaneProps) {
  const host = useRef<HTMLDivElement>(null)
  const hooks = useRef({ onChange, onSave })
  hooks.current = { onChange, onSave }
  const viewRef = useRef<EditorView | null>(null)

  useEffect(() => {
    const view = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: text,
        extensions: [
          keepLineSeparator(text),
          editorExtensions({ ...more, long: isLongDocument(text), onSave: () => hooks.current.onSave() }, extensions),
          EditorView.updateListener.of((u) => u.docChanged && hooks.current.onChange(u.view))
        ]
      })
    })
    viewRef.current = view
    onReady?.(view)
    view.focus()
    return () => {
      viewRef.current = null
      onReady?.(null)
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
