// Says when a dated episode appears, in the words and the offset the host wrote: "2027-04-01 21:00 +09:00".
import { zoneOffsetMinutes } from '../episode-status'

/**
 * `instant` shown as `YYYY-MM-DD HH:mm ±hh:mm`, in the offset written in `written` when it has one, else in
 * `timeZone` (the site's), else UTC.
 */
export function formatAppearance(instant: Date, written: string | null, timeZone?: string): string {
  const { zone, offset } = offsetFor(instant, written, timeZone)
  const t = wallClock(instant, offset)
  const label = offset === 0 && (zone === 'Z' || (!zone && (!timeZone || timeZone === 'UTC'))) ? 'UTC' : offsetText(offset)
  return `${t.date} ${t.time.slice(0, 5)} ${label}`
}

/** `instant` as an RFC 3339 date-time (`2027-04-01T21:00:00+09:00`) in the same offset choice as above. */
export function rfc3339(instant: Date, written: string | null, timeZone?: string): string {
  const { zone, offset } = offsetFor(instant, written, timeZone)
  const t = wallClock(instant, offset)
  return `${t.date}T${t.time}${offset === 0 && (zone === 'Z' || zone === undefined) ? 'Z' : offsetText(offset)}`
}

function offsetFor(instant: Date, written: string | null, timeZone?: string): { zone: string | undefined; offset: number } {
  const zone = written ? /(Z|[+-]\d{2}:?\d{2})$/.exec(written.trim())?.[1] : undefined
  let offset = 0
  if (zone && zone !== 'Z') offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)))
  else if (!zone && timeZone && timeZone !== 'UTC') offset = zoneOffsetMinutes(instant.getTime(), timeZone) ?? 0
  return { zone, offset }
}

const pad = (n: number) => String(n).padStart(2, '0')

function offsetText(offset: number): string {
  const abs = Math.abs(offset)
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

function wallClock(instant: Date, offset: number): { date: string; time: string } {
  const s = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60_000)
  return {
    date: `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}`,
    time: `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}:${pad(s.getUTCSeconds())}`
  }
}
