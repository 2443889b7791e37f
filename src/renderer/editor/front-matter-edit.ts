// A change from the front matter form as ONE editor transaction: the core edits the field's text, and only the
// span that differs goes into the editor, so the rest of the text, the cursor and undo history stay intact.
import type { ChangeSpec, EditorState, TransactionSpec } from '@codemirror/state'
import { deleteField, setField, type FieldPath } from '../../shared/front-matter'
import { frontMatterHead } from './front-matter-head'
import { minimalChange } from './minimal-change'

export type FieldChange = { value: unknown } | { remove: true }

/**
 * The transaction that applies `change` to the field at `path`. Throws the core's UserError when the front
 * matter cannot be edited (a syntax error), so the form can show why.
 * Text typed into a form field is `input.type.form` (a burst undoes together, like typing); other changes
 * (a toggle, a chip, a date) are `input.form` and undo one by one.
 */
export function fieldEdit(state: EditorState, path: FieldPath, change: FieldChange, typing = false): TransactionSpec | null {
  const head = frontMatterHead(state.doc)
  const next = 'remove' in change ? deleteField(head.text, path) : setField(head.text, path, change.value)
  const diff = minimalChange(head.text, next)
  if (!diff) return null
  const changes: ChangeSpec = diff
  return { changes, userEvent: typing ? 'input.type.form' : 'input.form', scrollIntoView: false }
}
