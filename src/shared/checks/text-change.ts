// Quick fixes as text changes: the smallest change between two texts, and a front matter field set through the
// lossless editor (so a fix keeps the host's comments and quoting like any other edit).
import type { TextChange } from '../diagnostic'
import { setField } from '../front-matter'
import type { CheckFixCode, MessageParams } from './messages'
import type { FindingFix } from './types'

/** The one change that turns `before` into `after` (common prefix and suffix left out). */
function changeBetween(before: string, after: string): TextChange {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) }
}

/** A fix that sets one front matter field; undefined when the front matter cannot be edited. */
export function setFieldFix(text: string, key: string, value: unknown, code: CheckFixCode, params?: MessageParams): FindingFix | undefined {
  try {
    const after = setField(text, key, value)
    return after === text ? undefined : { code, params, changes: [changeBetween(text, after)] }
  } catch {
    return undefined
  }
}

/**
 * A fix that deletes `from`..`to` and, when nothing else is written on their lines, the lines themselves (line
 * break included), so no blank line is left behind; text beside the range on its lines is always kept.
 */
export function removeLinesFix(text: string, from: number, to: number, code: CheckFixCode): FindingFix {
  const start = text.lastIndexOf('\n', from - 1) + 1
  let end = text.indexOf('\n', to)
  end = end === -1 ? text.length : end + 1
  const alone = text.slice(start, from).trim() === '' && text.slice(to, end).trim() === ''
  return { code, changes: [alone ? { from: start, to: end, insert: '' } : { from, to, insert: '' }] }
}
