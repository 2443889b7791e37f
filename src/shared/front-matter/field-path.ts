// Field paths (`image.caption` or `['image', 'caption']`) and the plain-data helpers edits are checked with.
import { UserError } from '../user-error'
import type { FieldPath } from './types'

export function toPath(path: FieldPath): string[] {
  const parts = typeof path === 'string' ? path.split('.') : [...path]
  if (parts.length === 0 || parts.some((p) => p.length === 0)) {
    throw new UserError(`"${typeof path === 'string' ? path : path.join('.')}" is not a field name. Use a name like title or image.caption.`, 'bad-field-path')
  }
  return parts
}

export function showPath(path: string[]): string {
  return path.join('.')
}

/** Value equality for plain data (strings, numbers, booleans, null, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  const ob = b as Record<string, unknown>
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameValue((a as Record<string, unknown>)[k], ob[k]))
}

/** Reads a path from plain data; `found` is false when some step is missing. */
export function getIn(data: unknown, path: string[]): { found: boolean; value: unknown } {
  let at: unknown = data
  for (const key of path) {
    if (Array.isArray(at) && /^\d+$/.test(key) && Number(key) < at.length) at = at[Number(key)]
    else if (at !== null && typeof at === 'object' && !Array.isArray(at) && Object.prototype.hasOwnProperty.call(at, key)) at = (at as Record<string, unknown>)[key]
    else return { found: false, value: undefined }
  }
  return { found: true, value: at }
}

/** Returns a copy of `data` with the path set (creating maps) or, when `remove`, deleted. */
export function withIn(data: unknown, path: string[], value: unknown, remove = false): unknown {
  const [key, ...rest] = path
  if (Array.isArray(data) && /^\d+$/.test(key)) {
    const copy = [...data]
    if (rest.length) copy[Number(key)] = withIn(copy[Number(key)], rest, value, remove)
    else if (remove) copy.splice(Number(key), 1)
    else copy[Number(key)] = value
    return copy
  }
  const copy: Record<string, unknown> = data !== null && typeof data === 'object' && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : {}
  if (rest.length) {
    if (remove && !(key in copy)) return copy
    copy[key] = withIn(copy[key], rest, value, remove)
  } else if (remove) delete copy[key]
  else copy[key] = value
  return copy
}

/** Checks that a value can be written as front matter: plain data only. */
export function assertPlainValue(value: unknown, path: string[]): void {
  const bad = findUnwritable(value, 0)
  if (bad) throw new UserError(`The value for "${showPath(path)}" ${bad}.`, 'bad-field-value')
}

function findUnwritable(value: unknown, depth: number): string | null {
  if (depth > 32) return 'is nested too deeply'
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'is not a finite number'
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = findUnwritable(v, depth + 1)
      if (bad) return bad
    }
    return null
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value as object)) {
      const bad = findUnwritable(v, depth + 1)
      if (bad) return bad
    }
    return null
  }
  return `cannot be written as front matter (${value === undefined ? 'undefined' : typeof value})`
}
