// Writes a TOML value in the style of the one it replaces (basic or literal string, bare date, inline array).
import { UserError } from '../user-error'
import type { TomlValueKind } from './toml-scan'

/** TOML date-times, dates and times as written bare (RFC 3339, `T` or space). */
const TOML_DATE = /^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(\.\d+)?)$/

function isTomlDate(value: string): boolean {
  return TOML_DATE.test(value)
}

/** `kind` is how the old value was written (null for a new key). */
export function tomlValue(value: unknown, kind: TomlValueKind | null, field: string): string {
  if (value === null || value === undefined) {
    throw new UserError(`TOML front matter cannot hold an empty value; delete "${field}" instead.`, 'bad-field-value')
  }
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value)
    const text = String(value)
    return /[.eE]/.test(text) ? text : text + '.0'
  }
  if (typeof value === 'string') return tomlString(value, kind)
  if (Array.isArray(value)) return `[${value.map((v) => tomlValue(v, null, field)).join(', ')}]`
  const members = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v, null, field)}`)
  return members.length ? `{ ${members.join(', ')} }` : '{}'
}

function tomlString(value: string, kind: TomlValueKind | null): string {
  // A bare date stays bare; a new date-like value is written as a TOML date, as Hugo's archetypes do.
  if ((kind === 'bare' || kind === null) && isTomlDate(value)) return value
  if (kind === 'literal' && !hasControl(value, false) && !value.includes("'")) return `'${value}'`
  if (kind === 'multiline-literal' && !hasControl(value.replace(/\r\n/g, '\n'), true) && !value.includes("'''") && !value.endsWith("'")) {
    return `'''\n${value}'''`
  }
  if (kind === 'multiline-basic' && value.includes('\n')) {
    return `"""\n${escape(value, true)}"""`
  }
  return `"${escape(value, false)}"`
}

/** Control characters a literal string cannot hold (tab is allowed; a line break only in multi-line strings). */
function hasControl(value: string, lineBreaksAllowed: boolean): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 0x09 || (lineBreaksAllowed && c === 0x0a)) continue
    if (c < 0x20 || c === 0x7f) return true
  }
  return false
}

function escape(value: string, multiline: boolean): string {
  let out = ''
  for (const ch of value) {
    const code = ch.codePointAt(0)!
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (ch === '\n') out += multiline ? '\n' : '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\b') out += '\\b'
    else if (ch === '\f') out += '\\f'
    else if (code < 0x20 || code === 0x7f) out += '\\u' + code.toString(16).padStart(4, '0')
    else out += ch
  }
  return out
}

export function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : `"${escape(key, false)}"`
}
