// Sets or deletes one field of TOML (`+++`) front matter by replacing only that value's text, or adding one line.
import { UserError } from '../user-error'
import { getIn, sameValue, showPath, withIn } from './field-path'
import { applySplice, insertLines, lineEndAfter, lineStartOf, type Splice } from './text-span'
import { tomlKey, tomlValue } from './toml-text'
import { parseToml } from './toml-read'
import type { TomlLayout } from './toml-scan'
import type { Change } from './yaml-edit'

export function editToml(content: string, eol: string, path: string[], change: Change): string {
  const parsed = parseToml(content)
  if (!parsed.ok) throw new UserError('The front matter has a TOML error; fix it in the text first.', 'front-matter-invalid')
  const { data, layout } = parsed
  const remove = 'remove' in change
  const current = getIn(data, path)
  if (remove ? !current.found : current.found && sameValue(current.value, change.value)) return content
  const splice = remove ? planDelete(content, layout, path) : planSet(content, eol, data, layout, path, change.value)
  const next = applySplice(content, splice)
  const check = parseToml(next)
  if (check.ok && sameValue(check.data, remove ? withIn(data, path, undefined, true) : withIn(data, path, change.value))) return next
  throw unusual(path)
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i])

function planSet(content: string, eol: string, data: Record<string, unknown>, layout: TomlLayout, path: string[], value: unknown): Splice {
  const field = showPath(path)
  const entry = layout.entries.find((e) => same(e.path, path))
  if (entry) return { from: entry.valueFrom, to: entry.valueTo, insert: tomlValue(value, entry.kind, field) }
  if (layout.tables.some((t) => same(t.path, path))) {
    throw new UserError(`"${field}" is a table in the TOML front matter; set its fields one at a time (${field}.name).`, 'bad-field-path')
  }
  for (let n = path.length - 1; n >= 0; n--) {
    const parentPath = path.slice(0, n)
    const parent = getIn(data, parentPath)
    if (!parent.found) continue
    if (parent.value === null || typeof parent.value !== 'object' || Array.isArray(parent.value)) {
      throw new UserError(`"${showPath(parentPath)}" holds a single value, not fields, so "${field}" cannot be set.`, 'bad-field-path')
    }
    const rest = path.slice(n)
    const line = `${tomlKey(rest[0])} = ${tomlValue(rest.slice(1).reduceRight<unknown>((v, k) => ({ [k]: v }), value), null, field)}`
    if (n === 0 && rest.length === 1) return insertLines(content, rootInsertAt(content, layout), [line], eol)
    const table = layout.tables.find((t) => same(t.path, parentPath))
    if (table && rest.length === 1) return insertLines(content, table.lastEntryEnd, [line], eol)
    const inlineTable = layout.entries.find((e) => same(e.path, parentPath) && e.kind === 'inline-table')
    if (inlineTable) {
      const close = inlineTable.valueTo - 1
      const inner = content.slice(inlineTable.valueFrom + 1, close)
      if (inner.trim() === '') return { from: inlineTable.valueFrom + 1, to: close, insert: ` ${line} ` }
      const at = inlineTable.valueFrom + 1 + inner.trimEnd().length
      return { from: at, to: at, insert: `, ${line}` }
    }
    // A new table at the end: `[image]` then `caption = "…"`.
    const header = `[${path.slice(0, -1).map(tomlKey).join('.')}]`
    const last = `${tomlKey(path[path.length - 1])} = ${tomlValue(value, null, field)}`
    const blank = content === '' || /(^|\n)[ \t]*\r?\n$/.test(content) ? [] : ['']
    return insertLines(content, content.length, [...blank, header, last], eol)
  }
  throw unusual(path)
}

/** After the last top-level key; without one, before the first table and the comments that introduce it. */
function rootInsertAt(content: string, layout: TomlLayout): number {
  if (layout.rootLastEntryEnd !== null) return layout.rootLastEntryEnd
  const first = layout.tables[0]
  if (!first) return content.length
  let at = first.headerFrom
  for (;;) {
    const prev = lineStartOf(content, at - 1)
    if (at === 0 || !/^[ \t]*#/.test(content.slice(prev, at))) return at
    at = prev
  }
}

function planDelete(content: string, layout: TomlLayout, path: string[]): Splice {
  const entry = layout.entries.find((e) => same(e.path, path))
  if (entry && !entry.inline) return { from: lineStartOf(content, entry.keyFrom), to: lineEndAfter(content, entry.valueTo), insert: '' }
  if (entry) {
    const after = /^[ \t]*,[ \t]*/.exec(content.slice(entry.valueTo))
    if (after) return { from: entry.keyFrom, to: entry.valueTo + after[0].length, insert: '' }
    const before = /,[ \t]*$/.exec(content.slice(0, entry.keyFrom))
    return { from: before ? entry.keyFrom - before[0].length : entry.keyFrom, to: entry.valueTo, insert: '' }
  }
  const table = layout.tables.find((t) => !t.array && same(t.path, path))
  if (table) return { from: table.headerFrom, to: table.end, insert: '' }
  throw unusual(path)
}

function unusual(path: string[]): UserError {
  return new UserError(`Shownotes cannot change "${showPath(path)}" without rewriting other lines of the TOML front matter. Edit it in the text instead.`, 'front-matter-edit-unsafe')
}
