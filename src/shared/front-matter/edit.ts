// Changes one front matter field and returns the whole new document: only that field's text changes; the BOM,
// line endings, other fields, comments and the body keep every byte. Bad front matter is refused, never rewritten.
import { splitDocument } from '../document'
import { UserError } from '../user-error'
import { editJson } from './json-edit'
import { assertPlainValue, toPath } from './field-path'
import { readFrontMatter } from './read'
import { editToml } from './toml-edit'
import type { FieldPath } from './types'
import { editYaml, type Change } from './yaml-edit'

/** Sets `path` (`image.caption` or `['image', 'caption']`) to `value`; with no front matter, adds a YAML block. */
export function setField(text: string, path: FieldPath, value: unknown): string {
  const parts = toPath(path)
  assertPlainValue(value, parts)
  return edit(text, parts, { value })
}

/** Deletes the field at `path`; the text is returned unchanged when there is no such field. */
export function deleteField(text: string, path: FieldPath): string {
  return edit(text, toPath(path), { remove: true })
}

function edit(text: string, path: string[], change: Change): string {
  const split = splitDocument(text)
  const block = split.frontMatter
  if (!block) {
    if (split.unclosed) throw new UserError(`The front matter has no closing ${split.unclosed.delimiter} line; fix it in the text first.`, 'front-matter-invalid')
    if ('remove' in change) return text
    const at = split.bom ? 1 : 0
    const content = editYaml('', split.eol, path, change)
    return text.slice(0, at) + `---${split.eol}${content}---${split.eol}` + text.slice(at)
  }
  if (split.format === null) throw new UserError(`Front matter written in "${split.language}" cannot be edited; Shownotes reads YAML, TOML or JSON.`, 'front-matter-invalid')
  const problem = readFrontMatter(text, split).diagnostics.find((d) => d.severity === 'error' && d.rule !== 'text-invalid-utf8')
  if (problem) throw new UserError(`Line ${problem.line}: ${problem.message} Fix it before changing fields.`, 'front-matter-invalid')
  const editors = { yaml: editYaml, toml: editToml, json: editJson }
  const content = editors[split.format](block.text, split.eol, path, change)
  if (content === block.text) return text
  return text.slice(0, block.contentFrom) + content + text.slice(block.contentTo)
}
