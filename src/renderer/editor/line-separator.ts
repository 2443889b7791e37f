// Line endings are kept as the file has them: the editor splits and joins lines with the file's own separator,
// and "unsaved" is judged by comparing texts split the same way.
import { EditorState, Text, type Extension } from '@codemirror/state'

export function separatorOf(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

export function keepLineSeparator(text: string): Extension {
  return EditorState.lineSeparator.of(separatorOf(text))
}

/** The file's text as a CodeMirror document, split exactly as the editor splits it. */
export function toDocText(text: string): Text {
  return Text.of(text.split(separatorOf(text)))
}
