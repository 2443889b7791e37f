// Sets or deletes one field of JSON front matter by replacing only that value's text, or adding one member.
import { UserError } from '../user-error'
import { getIn, sameValue, showPath, withIn } from './field-path'
import { parseJson } from './json-read'
import type { JsonObject } from './json-scan'
import { applySplice, columnOf, lineStartOf, type Splice } from './text-span'
import type { Change } from './yaml-edit'

export function editJson(content: string, eol: string, path: string[], change: Change): string {
  const parsed = parseJson(content)
  if (!parsed.ok) throw new UserError('The front matter has a JSON error; fix it in the text first.', 'front-matter-invalid')
  const { data, layout } = parsed
  const remove = 'remove' in change
  const current = getIn(data, path)
  if (remove ? !current.found : current.found && sameValue(current.value, change.value)) return content
  let splice: Splice
  const member = layout.members.find((m) => same(m.path, path))
  if (remove) {
    const object = layout.objects.find((o) => same(o.path, path.slice(0, -1)))
    if (!member || !object) throw unusual(path)
    splice = deleteMember(object, object.members.indexOf(member))
  } else if (member) {
    splice = { from: member.valueFrom, to: member.valueTo, insert: jsonText(change.value) }
  } else {
    splice = addMember(content, eol, data, layout.objects, path, change.value)
  }
  const next = applySplice(content, splice)
  const check = parseJson(next)
  if (check.ok && sameValue(check.data, remove ? withIn(data, path, undefined, true) : withIn(data, path, change.value))) return next
  throw unusual(path)
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i])

function addMember(content: string, eol: string, data: unknown, objects: JsonObject[], path: string[], value: unknown): Splice {
  for (let n = path.length - 1; n >= 0; n--) {
    const parentPath = path.slice(0, n)
    if (!getIn(data, parentPath).found) continue
    const object = objects.find((o) => same(o.path, parentPath))
    if (!object) throw new UserError(`"${showPath(parentPath)}" holds a single value, not fields, so "${showPath(path)}" cannot be set.`, 'bad-field-path')
    const nested = path.slice(n + 1).reduceRight<unknown>((v, k) => ({ [k]: v }), value)
    const text = `${JSON.stringify(path[n])}: ${jsonText(nested)}`
    const last = object.members[object.members.length - 1]
    if (!last) {
      const pad = ' '.repeat(columnOf(content, object.open))
      return { from: object.open + 1, to: object.close, insert: `${eol}${pad}  ${text}${eol}${pad}` }
    }
    // On its own line with the indentation of the last member, or inline when the object is on one line.
    const lastLine = lineStartOf(content, last.keyFrom)
    const ownLine = /^[ \t]*$/.test(content.slice(lastLine, last.keyFrom))
    const insert = ownLine ? `,${eol}${content.slice(lastLine, last.keyFrom)}${text}` : `, ${text}`
    return { from: last.valueTo, to: last.valueTo, insert }
  }
  throw unusual(path)
}

function deleteMember(object: JsonObject, i: number): Splice {
  const members = object.members
  if (members.length === 1) return { from: object.open + 1, to: object.close, insert: '' }
  if (i < members.length - 1) return { from: members[i].keyFrom, to: members[i + 1].keyFrom, insert: '' }
  return { from: members[i - 1].valueTo, to: members[i].valueTo, insert: '' }
}

/** Compact JSON with a space after `,` and `:`, as people write short lists: `["a", "b"]`. */
function jsonText(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(jsonText).join(', ')}]`
  return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${jsonText(v)}`).join(', ')}}`
}

function unusual(path: string[]): UserError {
  return new UserError(`Shownotes cannot change "${showPath(path)}" without rewriting other lines of the JSON front matter. Edit it in the text instead.`, 'front-matter-edit-unsafe')
}
