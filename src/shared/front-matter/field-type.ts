// Decides which kind of form control a value needs; a date is a string that looks like one (Hugo reads it so).
import type { FieldType } from './types'

/** RFC 3339 / TOML date, date-time or local time, as Hugo accepts them. */
const DATE_PATTERN = /^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?|\d{2}:\d{2}:\d{2}(\.\d+)?)$/

export function isDateText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && DATE_PATTERN.test(value)
}

export function fieldType(value: unknown): FieldType {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number' || typeof value === 'bigint') return 'number'
  if (typeof value === 'string') return isDateText(value) ? 'date' : 'string'
  if (value instanceof Date) return 'date'
  if (Array.isArray(value)) return 'list'
  return 'map'
}
