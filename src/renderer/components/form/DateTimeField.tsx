// A date field of the front matter: the date and time as written, edited with the platform's picker, and the
// written offset (`+09:00`) kept exactly; a new date gets this computer's offset.
import { useId } from 'react'
import { useI18n } from '../../i18n'

export interface DateTimeFieldProps {
  label: string
  /** The value exactly as written, e.g. `2020-12-22T10:03:00+09:00`, or null when absent. */
  value: string | null
  onChange: (value: string | null) => void
  now?: () => Date
}

const WRITTEN = /^(\d{4}-\d{2}-\d{2})(?:([Tt ])(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?$/

export interface WrittenDate {
  date: string
  separator: string
  time: string | null
  seconds: string
  offset: string
}

/** Splits a written date into what the picker edits and what is kept (separator, seconds, offset). */
export function parseWrittenDate(value: string): WrittenDate | null {
  const m = WRITTEN.exec(value.trim())
  if (!m) return null
  return { date: m[1], separator: m[2] ?? 'T', time: m[3] ?? null, seconds: m[4] ?? (m[3] ? ':00' : ''), offset: m[5] ?? '' }
}

/** This computer's offset at `date`, written as `+09:00`. */
export function localOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset()
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/**
 * The new written value after the picker gave `picked` (`2025-01-10T21:30` or `2025-01-10`): the written
 * offset and separator are kept; the seconds too while the time stays, and `:00` once a new hour or minute is
 * chosen (the picker shows no seconds, so old ones would be a surprise); a value written without a time stays
 * date-only.
 */
export function withPicked(previous: string | null, picked: string, now: Date): string {
  const old = previous ? parseWrittenDate(previous) : null
  const [date, time] = picked.split('T')
  if (old && old.time === null) return date
  if (!time) return date
  const offset = old ? old.offset : localOffset(now)
  const seconds = old && old.time === time ? old.seconds : ':00'
  return `${date}${old?.separator ?? 'T'}${time}${seconds}${offset}`
}

export function DateTimeField({ label, value, onChange, now = () => new Date() }: DateTimeFieldProps) {
  const id = useId()
  const { t } = useI18n()
  const written = value ? parseWrittenDate(value) : null
  const dateOnly = written !== null && written.time === null
  const pickerValue = written ? (dateOnly ? written.date : `${written.date}T${written.time}`) : ''
  const unreadable = value !== null && value !== '' && !written
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {written?.offset && <span className="counter">{t('form.offset', { offset: written.offset })}</span>}
      </div>
      {unreadable ? (
        <input id={id} type="text" value={value ?? ''} readOnly />
      ) : (
        <div className="date-row">
          <input
            id={id}
            type={dateOnly ? 'date' : 'datetime-local'}
            value={pickerValue}
            onChange={(e) => e.target.value && onChange(withPicked(value, e.target.value, now()))}
          />
          {value && (
            <button type="button" className="small" onClick={() => onChange(null)} title={t('form.clear')}>
              ×
            </button>
          )}
        </div>
      )}
    </div>
  )
}
