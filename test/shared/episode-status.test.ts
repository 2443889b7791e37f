import { describe, it, expect } from 'vitest'
import { episodeStatus, parseHugoDate, resolveEpisodeDates } from '../../src/shared/episode-status'

const iso = (v: unknown, tz?: string) => parseHugoDate(v, tz)?.toISOString() ?? null

describe('parseHugoDate reads dates as Hugo (cast) does', () => {
  it.each([
    ['2020-12-22T10:03:00+09:00', undefined, '2020-12-22T01:03:00.000Z'],
    ['2020-12-22T10:03:00Z', undefined, '2020-12-22T10:03:00.000Z'],
    ['2020-12-22T10:03:00.25-05:00', undefined, '2020-12-22T15:03:00.250Z'],
    ['2020-12-22T10:03:00+0900', undefined, '2020-12-22T01:03:00.000Z'],
    ['2020-12-22 10:03:00Z', undefined, '2020-12-22T10:03:00.000Z'],
    ['2020-12-22 10:03:00+09:00', undefined, '2020-12-22T01:03:00.000Z'],
    ['2020-12-22 10:03:00 +09:00', undefined, '2020-12-22T01:03:00.000Z'],
    ['2020-12-22 10:03:00 -0700', undefined, '2020-12-22T17:03:00.000Z'],
    // Without an offset: wall-clock time in the site's time zone (UTC by default).
    ['2020-12-22T10:03:00', undefined, '2020-12-22T10:03:00.000Z'],
    ['2020-12-22T10:03:00', 'Asia/Tokyo', '2020-12-22T01:03:00.000Z'],
    ['2020-12-22 10:03:00', 'America/New_York', '2020-12-22T15:03:00.000Z'],
    ['2020-07-01T10:00:00', 'America/New_York', '2020-07-01T14:00:00.000Z'],
    ['2020-12-22', undefined, '2020-12-22T00:00:00.000Z'],
    ['2020-12-22', 'Asia/Tokyo', '2020-12-21T15:00:00.000Z'],
    ['2020-12-22', 'UTC', '2020-12-22T00:00:00.000Z'],
    ['02 Jan 2006', undefined, '2006-01-02T00:00:00.000Z'],
    // An offset wins over the site's time zone.
    ['2020-12-22T10:03:00+09:00', 'America/New_York', '2020-12-22T01:03:00.000Z']
  ])('%s in %s', (text, tz, expected) => {
    expect(iso(text, tz)).toBe(expected)
  })

  it.each(['', 'soon', '2020-13-01', '2021-02-29', '2020-12-22T25:00:00Z', '2020-12-22T10:03Z', '2020-1-2', '2020-12-22 10:03:00 Z', '2020-12-22t10:03:00Z'])(
    'refuses %j like Hugo (the date is then ignored)',
    (text) => {
      expect(iso(text)).toBeNull()
    }
  )

  it('takes numbers as Unix seconds and Date objects as they are', () => {
    expect(iso(86400)).toBe('1970-01-02T00:00:00.000Z')
    expect(iso(new Date('2020-01-01T00:00:00Z'))).toBe('2020-01-01T00:00:00.000Z')
    expect(iso(null)).toBeNull()
    expect(iso(true)).toBeNull()
  })

  it('falls back to UTC for a time zone this runtime does not know', () => {
    expect(iso('2020-12-22', 'Nowhere/Special')).toBe('2020-12-22T00:00:00.000Z')
  })
})

describe('episodeStatus follows Hugo', () => {
  const now = new Date('2026-11-24T01:00:00Z')
  it.each<[string, Record<string, unknown>, string, string?]>([
    ['no dates', {}, 'published'],
    ['draft true', { draft: true }, 'draft'],
    ['draft "true" (a string, cast to bool)', { draft: 'true' }, 'draft'],
    ['draft "yes" (not a Go bool string) is not a draft', { draft: 'yes' }, 'published'],
    ['draft 1', { draft: 1 }, 'draft'],
    ['published: false means draft', { published: false }, 'draft'],
    ['draft wins over published', { draft: false, published: false }, 'published'],
    ['draft wins over a future date', { draft: true, date: '2099-01-01' }, 'draft'],
    ['future date → scheduled', { date: '2026-11-25' }, 'scheduled'],
    ['future publishDate, past date → scheduled', { date: '2020-01-01', publishDate: '2026-12-01T00:00:00+09:00' }, 'scheduled'],
    ['past publishDate wins over a future date', { date: '2099-01-01', publishDate: '2020-01-01' }, 'published'],
    ['pubdate alias', { pubdate: '2099-01-01' }, 'scheduled'],
    ['unreadable publishDate falls back to date', { publishDate: 'soon', date: '2099-01-01' }, 'scheduled'],
    ['keys are case-insensitive', { PublishDate: '2099-01-01' }, 'scheduled'],
    ['past expiryDate → expired', { expiryDate: '2026-11-23' }, 'expired'],
    ['unpublishdate alias', { unpublishdate: '2026-11-23' }, 'expired'],
    ['future expiryDate → published', { expiryDate: '2026-11-25' }, 'published'],
    ['scheduled beats expired', { publishDate: '2099-01-01', expiryDate: '2020-01-01' }, 'scheduled'],
    ['date-only today in UTC is past at 01:00Z', { date: '2026-11-24' }, 'published'],
    ['date-only tomorrow in Tokyo starts at 15:00Z today', { date: '2026-11-25' }, 'scheduled', 'Asia/Tokyo'],
    ['no offset: 09:30 in Tokyo is 00:30Z (past)', { date: '2026-11-24T09:30:00' }, 'published', 'Asia/Tokyo'],
    ['no offset: 09:30 in UTC is future', { date: '2026-11-24T09:30:00' }, 'scheduled'],
    ['offset written: 10:30+09:00 is 01:30Z (future)', { date: '2026-11-24T10:30:00+09:00' }, 'scheduled', 'America/New_York']
  ])('%s', (_name, fields, expected, tz) => {
    expect(episodeStatus(fields, now, tz)).toBe(expected)
  })

  it('keeps the written form of the date Hugo used', () => {
    const d = resolveEpisodeDates({ date: '2020-12-22T10:03:00+09:00', expirydate: '2030-01-01' })
    expect(d.written).toEqual({ date: '2020-12-22T10:03:00+09:00', publishDate: '2020-12-22T10:03:00+09:00', expiryDate: '2030-01-01' })
  })
})
