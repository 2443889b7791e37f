// Test helper: an EditorState from text with `|` marking the cursor, as CodeMirror's own tests write it.
import { EditorState, type Extension } from '@codemirror/state'

export function stateWithCursor(text: string, extensions: Extension[] = []): EditorState {
  const at = text.indexOf('|')
  const doc = at === -1 ? text : text.slice(0, at) + text.slice(at + 1)
  return EditorState.create({ doc, selection: { anchor: at === -1 ? 0 : at }, extensions })
}
