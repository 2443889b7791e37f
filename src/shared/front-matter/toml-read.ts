// Reads TOML (`+++`) front matter with smol-toml; dates become the exact text written, positions come from the scan.
import { parse, TomlDate, TomlError } from 'smol-toml'
import type { Diagnostic } from '../diagnostic'
import { fieldType } from './field-type'
import { getIn } from './field-path'
import { diagnostic, type Locate } from './positions'
import { stripBreak } from './text-span'
import { scanToml, type TomlLayout } from './toml-scan'
import { LIMITS, type FieldInfo, type FrontMatterRule } from './types'
import type { ReadResult } from './yaml-read'

export function readToml(content: string, base: number, locate: Locate): ReadResult {
  const parsed = parseToml(content)
  if (!parsed.ok) {
    const at = base + parsed.offset
    return { data: null, fields: [], diagnostics: [diagnostic(locate, at, at + 1, 'error', parsed.rule, parsed.message)] }
  }
  const { data, layout } = parsed
  const fields: FieldInfo[] = []
  for (const table of layout.tables) {
    // An array of tables is listed once, as a list, at its first `[[name]]`.
    if (table.array && table.path[table.path.length - 1] !== '0') continue
    const path = table.array ? table.path.slice(0, -1) : table.path
    const value = getIn(data, path).value
    const from = base + table.headerFrom
    fields.push({ path, key: path[path.length - 1], type: fieldType(value), value, line: locate(from).line, from, to: base + stripBreak(content, table.headerEnd) })
  }
  for (const entry of layout.entries) {
    const value = getIn(data, entry.path).value
    const from = base + entry.keyFrom
    fields.push({ path: entry.path, key: entry.path[entry.path.length - 1], type: fieldType(value), value, line: locate(from).line, from, to: base + entry.valueTo })
  }
  fields.sort((a, b) => a.from - b.from)
  const diagnostics: Diagnostic[] = []
  return { data, fields, diagnostics }
}

export type ParsedToml =
  | { ok: true; data: Record<string, unknown>; layout: TomlLayout }
  | { ok: false; offset: number; rule: FrontMatterRule; message: string }

/** Parses and locates; dates in the data are replaced by the text written in the file. */
export function parseToml(content: string): ParsedToml {
  let raw: Record<string, unknown>
  try {
    raw = parse(content, { maxDepth: LIMITS.maxDepth }) as Record<string, unknown>
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1
    const column = error instanceof TomlError ? error.column : 1
    const own = (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/^Invalid TOML document: /, '')
    const rule = /redefine|already/.test(own) ? 'front-matter-duplicate-key' : /nested/.test(own) ? 'front-matter-too-deep' : 'front-matter-syntax'
    const message = rule === 'front-matter-duplicate-key'
      ? `A field or table is written twice in the TOML front matter (${own}); Hugo refuses it. Remove one of them.`
      : rule === 'front-matter-too-deep'
        ? `The front matter is nested more than ${LIMITS.maxDepth} levels deep, so Shownotes does not read it.`
        : `The front matter is not valid TOML: ${own}.`
    return { ok: false, offset: offsetOf(content, line, column), rule, message }
  }
  const layout = scanToml(content)
  const dates = new Map<string, string>()
  for (const e of layout.entries) if (e.kind === 'bare') dates.set(e.path.join('\u0000'), content.slice(e.valueFrom, e.valueTo))
  return { ok: true, data: plain(raw, [], dates) as Record<string, unknown>, layout }
}

function plain(value: unknown, path: string[], dates: Map<string, string>): unknown {
  if (value instanceof TomlDate) return dates.get(path.join('\u0000')) ?? value.toISOString()
  if (Array.isArray(value)) return value.map((v, i) => plain(v, [...path, String(i)], dates))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = plain(v, [...path, k], dates)
    return out
  }
  return value
}

function offsetOf(text: string, line: number, column: number): number {
  let at = 0
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at)
    if (nl === -1) return text.length
    at = nl + 1
  }
  return Math.min(text.length, at + Math.max(0, column - 1))
}
