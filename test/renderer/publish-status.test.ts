// The Publish view's status line: Hugo's status of the episode in the editor and the moment that matters, in the
// offset the host wrote; and "in 3 days" in the UI's language.
import { describe, expect, it } from 'vitest'
import { publishStatus, relativeTime } from '../../src/renderer/state/publish-status'

const now = new Date('2026-11-20T12:00:00Z')

describe('publish status', () => {
  it.each([
    ['a future publishDate is scheduled, shown in its own offset', { publishDate: '2027-04-01T21:00:00+09:00' }, 'scheduled', '2027-04-01 21:00 +09:00'],
    ['a future date without publishDate is scheduled too', { date: '2027-01-05T08:30:00-05:00' }, 'scheduled', '2027-01-05 08:30 -05:00'],
    ['a past date is published since then', { date: '2025-02-15T08:00:00+09:00' }, 'published', '2025-02-15 08:00 +09:00'],
    ['publishDate wins over date', { date: '2025-01-01T00:00:00Z', publishDate: '2027-01-01T00:00:00Z' }, 'scheduled', '2027-01-01 00:00 UTC'],
    ['draft wins over a future date', { draft: true, publishDate: '2027-04-01T21:00:00+09:00' }, 'draft', '2027-04-01 21:00 +09:00'],
    ['a past expiryDate is expired, with when it was taken down', { date: '2024-01-01T00:00:00Z', expiryDate: '2025-06-01T10:00:00+02:00' }, 'expired', '2025-06-01 10:00 +02:00'],
    ['no date at all is published, undated', { title: 'x' }, 'published', null]
  ])('%s', (_name, fields, status, when) => {
    expect(publishStatus(fields, now)).toMatchObject({ status, when })
  })

  it('reads a date without an offset in the site’s time zone', () => {
    expect(publishStatus({ publishDate: '2027-04-01T21:00:00' }, now, 'Asia/Tokyo')).toMatchObject({ status: 'scheduled', when: '2027-04-01 21:00 +09:00' })
  })

  it('has no status when the front matter does not read', () => {
    expect(publishStatus(null, now)).toBeNull()
  })
})

describe('relative time', () => {
  it.each([
    ['2027-04-01T12:00:00Z', 'en', 'in 4 months'],
    ['2026-11-23T12:00:00Z', 'en', 'in 3 days'],
    ['2026-11-20T09:00:00Z', 'en', '3 hours ago'],
    ['2026-11-20T12:00:20Z', 'en', 'this minute'],
    ['2026-11-23T12:00:00Z', 'ja', '3 日後']
  ])('%s in %s is "%s"', (at, lang, text) => {
    expect(relativeTime(new Date(at), now, lang)).toBe(text)
  })
})
