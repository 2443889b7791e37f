// Reads JSON front matter (`{ … }` at the top, as Hugo allows) with JSON.parse, placing errors in the whole document.
import type { Diagnostic } from '../diagnostic'
import { fieldType } from './field-type'
import { getIn } from './field-path'
import { diagnostic, type Locate } from './positions'
import { jsonDepth, scanJson, type JsonLayout } from './json-scan'
import { LIMITS, type FieldInfo, type FrontMatterRule } from './types'
import type { ReadResult } from './yaml-read'

export type ParsedJson =
  | { ok: true; data: Record<string, unknown>; layout: JsonLayout }
  | { ok: false; offset: number; rule: FrontMatterRule; message: string }

export function parseJson(content: string): ParsedJson {
  const deep = jsonDepth(content)
  if (deep.depth > LIMITS.maxDepth) {
    return { ok: false, offset: deep.at, rule: 'front-matter-too-deep', message: `The front matter is nested more than ${LIMITS.maxDepth} levels deep, so Shownotes does not read it.` }
  }
  let data: unknown
  try {
    data = JSON.parse(content)
  } catch (error) {
    const own = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(own)
    const offset = position ? Number(position[1]) : content.length
    const words = own.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '')
    return { ok: false, offset, rule: 'front-matter-syntax', message: `The front matter is not valid JSON: ${words}.` }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, offset: 0, rule: 'front-matter-not-a-map', message: 'The front matter should be a JSON object of fields ({ "title": … }).' }
  }
  return { ok: true, data: data as Record<string, unknown>, layout: scanJson(content) }
}

export function readJson(content: string, base: number, locate: Locate): ReadResult {
  const parsed = parseJson(content)
  if (!parsed.ok) {
    const at = base + parsed.offset
    return { data: null, fields: [], diagnostics: [diagnostic(locate, at, at + 1, 'error', parsed.rule, parsed.message)] }
  }
  const { data, layout } = parsed
  const diagnostics: Diagnostic[] = layout.duplicates.map((m) =>
    diagnostic(locate, base + m.keyFrom, base + m.valueTo, 'warning', 'front-matter-duplicate-key',
      `The field ${m.path.join('.')} is written twice; Hugo keeps only the last one. Remove the other.`))
  const fields: FieldInfo[] = layout.members.filter((m) => m.field).map((m) => {
    const value = getIn(data, m.path).value
    const from = base + m.keyFrom
    return { path: m.path, key: m.path[m.path.length - 1], type: fieldType(value), value, line: locate(from).line, from, to: base + m.valueTo }
  })
  return { data, fields, diagnostics }
}
