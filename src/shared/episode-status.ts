// Episode status exactly as Hugo 0.111 decides it (draft, scheduled, expired, published), from front matter values.
// Pure: dates are read the way Hugo's `cast` reads them, in the site's `timeZone` when they carry no offset.
import type { EpisodeStatus } from './api'

export interface EpisodeDates {
  draft: boolean
  /** Instants, or null when absent or unreadable (Hugo then skips to the next candidate key). */
  date: Date | null
  publishDate: Date | null
  expiryDate: Date | null
  /** The strings (or values) as written, for display: the first key Hugo used for each date. */
  written: { date: string | null; publishDate: string | null; expiryDate: string | null }
}

// Hugo's default `frontmatter` config with its aliases expanded, in the order it tries them (keys are lowercased).
const DATE_KEYS = ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified']
const PUBLISH_KEYS = ['publishdate', 'pubdate', 'published', 'date']
const EXPIRY_KEYS = ['expirydate', 'unpublishdate']

/** Hugo's status of an episode at `now`: draft wins, then a future publish date, then a past expiry date. */
export function episodeStatus(fields: Record<string, unknown>, now: Date, timeZone?: string): EpisodeStatus {
  return statusFromDates(resolveEpisodeDates(fields, timeZone), now)
}

export function statusFromDates(dates: Pick<EpisodeDates, 'draft' | 'publishDate' | 'expiryDate'>, now: Date): EpisodeStatus {
  if (dates.draft) return 'draft'
  if (isFuture(dates, now)) return 'scheduled'
  if (isExpired(dates, now)) return 'expired'
  return 'published'
}

/** Hugo's `resource.IsFuture`: a publish date (else date) after now. */
export function isFuture(dates: Pick<EpisodeDates, 'publishDate'>, now: Date): boolean {
  return dates.publishDate !== null && dates.publishDate.getTime() > now.getTime()
}

/** Hugo's `resource.IsExpired`: an expiry date before now. */
export function isExpired(dates: Pick<EpisodeDates, 'expiryDate'>, now: Date): boolean {
  return dates.expiryDate !== null && dates.expiryDate.getTime() < now.getTime()
}

/** The draft flag and the three dates as Hugo resolves them from front matter (keys case-insensitive). */
export function resolveEpisodeDates(fields: Record<string, unknown>, timeZone?: string): EpisodeDates {
  const lower = new Map<string, unknown>()
  for (const [k, v] of Object.entries(fields ?? {})) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v)
  const pick = (keys: string[]): [Date | null, string | null] => {
    for (const key of keys) {
      if (!lower.has(key)) continue
      const value = lower.get(key)
      const instant = parseHugoDate(value, timeZone)
      if (instant) return [instant, writtenForm(value)]
    }
    return [null, null]
  }
  const [date, writtenDate] = pick(DATE_KEYS)
  const [publishDate, writtenPublish] = pick(PUBLISH_KEYS)
  const [expiryDate, writtenExpiry] = pick(EXPIRY_KEYS)
  return {
    draft: resolveDraft(lower),
    date,
    publishDate,
    expiryDate,
    written: { date: writtenDate, publishDate: writtenPublish, expiryDate: writtenExpiry }
  }
}

function writtenForm(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

// Hugo: `draft` wins; an (undocumented) boolean `published` is its opposite; both unreadable → not a draft.
function resolveDraft(lower: Map<string, unknown>): boolean {
  if (lower.has('draft')) return goBool(lower.get('draft')) ?? false
  if (lower.has('published')) {
    const published = goBool(lower.get('published'))
    if (published !== null) return !published
  }
  return false
}

/** Go's `cast.ToBoolE`: booleans, numbers (non-zero), and the strings `strconv.ParseBool` accepts. */
function goBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v
  if (typeof v === 'number') return v !== 0
  if (v === null || v === undefined) return false
  if (typeof v === 'string') {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false
  }
  return null
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// The layouts of Go's `cast` that hosts write (RFC 3339 and its relatives, date-only, `02 Jan 2006`).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2}):(\d{2})(\.\d+)?( ?)(Z|[+-]\d{2}:\d{2}|[+-]\d{4})?)?$/
const DAY_MONTH_YEAR = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4})$/

/**
 * Reads a front matter date as Hugo's `htime.ToTimeInDefaultLocationE` does: values with an offset keep it;
 * values without one (and date-only values) are wall-clock times in `timeZone` (Hugo's default is UTC).
 * A `Date` (e.g. a TOML offset date-time already parsed) is taken as is. Returns null when Hugo could not read it.
 */
export function parseHugoDate(value: unknown, timeZone?: string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(Math.trunc(value) * 1000)
  if (typeof value !== 'string') return null
  let m = ISO.exec(value)
  if (m) {
    const [, y, mo, d, sep, h, mi, s, frac, space, zone] = m
    if (!sep) return wallClock([+y, +mo, +d, 0, 0, 0, 0], timeZone)
    if (!layoutAccepts(sep, space, zone)) return null
    const ms = frac ? Math.floor(Number('0' + frac) * 1000) : 0
    const parts: WallClock = [+y, +mo, +d, +h, +mi, +s, ms]
    if (!zone) return wallClock(parts, timeZone)
    if (!validParts(parts)) return null
    const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2))
    return new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5], parts[6]) - offset * 60_000)
  }
  m = DAY_MONTH_YEAR.exec(value)
  if (m && MONTHS.includes(m[2])) return wallClock([+m[3], MONTHS.indexOf(m[2]) + 1, +m[1], 0, 0, 0, 0], timeZone)
  return null
}

// Which separator/offset combinations one of cast's layouts accepts (Go's parser is strict about each).
function layoutAccepts(sep: string, space: string, zone: string | undefined): boolean {
  if (!zone) return space === ''
  if (sep === 'T') return space === '' // RFC3339 (Z or ±hh:mm) and 2006-01-02T15:04:05-0700
  if (space) return zone !== 'Z' // "2006-01-02 15:04:05 -07:00" and "… -0700"
  return true // "2006-01-02 15:04:05Z0700" and "…Z07:00"
}

type WallClock = [number, number, number, number, number, number, number]

function validParts([y, mo, d, h, mi, s]: WallClock): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}

/** The instant at which clocks in `timeZone` show this wall-clock time (Go's `time.Date` in a location). */
function wallClock(parts: WallClock, timeZone: string | undefined): Date | null {
  if (!validParts(parts)) return null
  const [y, mo, d, h, mi, s, ms] = parts
  if (timeZone === 'Local') return new Date(y, mo - 1, d, h, mi, s, ms)
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  if (!timeZone || timeZone === 'UTC') return new Date(asUtc)
  const first = zoneOffsetMinutes(asUtc, timeZone)
  if (first === null) return new Date(asUtc)
  let t = asUtc - first * 60_000
  const second = zoneOffsetMinutes(t, timeZone)
  if (second !== null && second !== first) t = asUtc - second * 60_000
  return new Date(t)
}

const formatters = new Map<string, Intl.DateTimeFormat | null>()

/** Minutes east of UTC in `timeZone` at `instant`, or null for a zone name this runtime does not know. */
export function zoneOffsetMinutes(instant: number, timeZone: string): number | null {
  let f = formatters.get(timeZone)
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric'
      })
    } catch {
      f = null
    }
    formatters.set(timeZone, f)
  }
  if (!f) return null
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(new Date(instant))) if (part.type !== 'literal') p[part.type] = Number(part.value)
  const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((shown - Math.floor(instant / 1000) * 1000) / 60_000)
}
