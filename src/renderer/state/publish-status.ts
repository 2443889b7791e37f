// The "Ready to publish" status line: Hugo's status of the episode in the editor (draft, scheduled, published,
// expired) with the moment that matters, written in the host's own offset ("2027-04-01 21:00 +09:00").
import type { EpisodeStatus } from '../../shared/api'
import { formatAppearance } from '../../shared/checks/when'
import { resolveEpisodeDates, statusFromDates } from '../../shared/episode-status'

export interface PublishStatus {
  status: EpisodeStatus
  /** When it goes (or went) live, or was taken down when expired; null when no date says. */
  at: Date | null
  /** `at` as the host reads it: `YYYY-MM-DD HH:mm ±hh:mm`. */
  when: string | null
}

/** The status of an episode with these front matter fields at `now`; null when the front matter does not read. */
export function publishStatus(fields: Record<string, unknown> | null, now: Date, timeZone?: string): PublishStatus | null {
  if (!fields) return null
  const dates = resolveEpisodeDates(fields, timeZone)
  const status = statusFromDates(dates, now)
  const [at, written] = status === 'expired' ? [dates.expiryDate, dates.written.expiryDate] : [dates.publishDate, dates.written.publishDate]
  return { status, at, when: at ? formatAppearance(at, written, timeZone) : null }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000]
]

/** "in 3 days", "2 hours ago", "3日後" — the largest unit that fits; "now" under a minute. */
export function relativeTime(at: Date, now: Date, lang: string): string {
  const diff = at.getTime() - now.getTime()
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.trunc(diff / ms), unit)
  }
  return format.format(0, 'minute')
}
