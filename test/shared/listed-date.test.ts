// The day an episode list shows (the sidebar and `shownotes list` both use it): the episode's date, never publishDate.
import { describe, expect, it } from 'vitest'
import { listedDay } from '../../src/shared/listed-date'

describe('listed day', () => {
  it.each([
    [{ date: '2021-02-01T20:00:00+09:00', publishDate: '2021-02-09T06:00:00+09:00' }, '2021-02-01'],
    [{ date: '2024-05-01', publishDate: null }, '2024-05-01'],
    [{ date: null, publishDate: '2024-05-09' }, null]
  ])('%j → %s', (episode, day) => {
    expect(listedDay(episode)).toBe(day)
  })
})
