// Date fields keep what the host wrote: the offset (`+09:00`) and separator stay, the seconds until a new time is
// picked (then :00), a date-only value stays date-only, and a new date gets this computer's offset.
import { describe, expect, it } from 'vitest'
import { localOffset, parseWrittenDate, withPicked } from '../../src/renderer/components/form/DateTimeField'

describe('written dates', () => {
  it.each([
    ['2020-12-22T10:03:00+09:00', { date: '2020-12-22', separator: 'T', time: '10:03', seconds: ':00', offset: '+09:00' }],
    ['2025-01-10', { date: '2025-01-10', separator: 'T', time: null, seconds: '', offset: '' }],
    ['2025-01-10 20:00', { date: '2025-01-10', separator: ' ', time: '20:00', seconds: ':00', offset: '' }],
    ['2025-01-10T20:00:00Z', { date: '2025-01-10', separator: 'T', time: '20:00', seconds: ':00', offset: 'Z' }]
  ])('reads %s', (text, parts) => {
    expect(parseWrittenDate(text)).toEqual(parts)
  })

  it('refuses what is not a date', () => {
    expect(parseWrittenDate('next Tuesday')).toBeNull()
  })

  it.each([
    ['keeps the written offset', '2020-12-22T10:03:00+09:00', '2020-12-23T11:30', '2020-12-23T11:30:00+09:00'],
    ['sets the seconds to 00 when a new minute is chosen', '2020-12-22T10:03:27+09:00', '2020-12-22T10:04', '2020-12-22T10:04:00+09:00'],
    ['sets fractional seconds to 00 when a new hour is chosen', '2020-12-22T10:03:05.5-05:00', '2020-12-22T11:03', '2020-12-22T11:03:00-05:00'],
    ['keeps the seconds when only the day changes', '2020-12-22T10:03:05.5-05:00', '2020-12-24T10:03', '2020-12-24T10:03:05.5-05:00'],
    ['keeps a space separator and no offset', '2025-01-10 20:00', '2025-01-11T08:00', '2025-01-11 08:00:00'],
    ['keeps a date-only value date-only', '2025-01-10', '2025-02-01', '2025-02-01'],
    ['keeps Z', '2025-01-10T20:00:00Z', '2025-01-10T21:00', '2025-01-10T21:00:00Z']
  ])('%s', (_name, before, picked, after) => {
    expect(withPicked(before, picked, new Date())).toBe(after)
  })

  it("gives a new date this computer's offset", () => {
    const now = new Date(2025, 5, 1, 12)
    expect(withPicked(null, '2025-06-01T12:00', now)).toBe(`2025-06-01T12:00:00${localOffset(now)}`)
    expect(localOffset(now)).toMatch(/^[+-]\d{2}:\d{2}$/)
  })
})
