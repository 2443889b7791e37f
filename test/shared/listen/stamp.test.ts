// Stamps while listening: the lag, the episode's style, never negative; timestamps a click can seek to.
import { describe, expect, it } from 'vitest'
import { episodeStampStyle, stampText, timestampsIn } from '../../../src/shared/listen/stamp'

describe('stampText', () => {
  it.each([
    [756.8, 2, 'never', '12:34 '],
    [756.8, 2, 'padded', '00:12:34 '],
    [756.8, 2, 'always', '0:12:34 '],
    [3725.2, 2, 'never', '1:02:03 '],
    [1.2, 2, 'never', '00:00 '],
    [5, 0, 'never', '00:05 '],
    [Number.NaN, 2, 'never', '00:00 ']
  ] as const)('%s s with lag %s in style %s → %j', (time, lag, hours, expected) => {
    expect(stampText(time, { lag, style: { hours } })).toBe(expected)
  })

  it('follows the notes: hours when the episode writes them, none for a new episode', () => {
    expect(episodeStampStyle('---\ntitle: x\n---\n- 00:00:00 Intro\n')).toEqual({ hours: 'padded' })
    expect(episodeStampStyle('---\ntitle: x\n---\n- 00:00 Intro\n')).toEqual({ hours: 'never' })
    expect(episodeStampStyle('---\ntitle: x\n---\nNo stamps yet.\n')).toEqual({ hours: 'never' })
  })
})

describe('timestampsIn', () => {
  it('finds stamps anywhere in a line, with offsets', () => {
    expect(timestampsIn('- 00:12 Topic, see 1:02:03 and [05:00]', 10)).toEqual([
      { from: 12, to: 17, seconds: 12 },
      { from: 29, to: 36, seconds: 3723 },
      { from: 42, to: 47, seconds: 300 }
    ])
  })

  it('leaves out clock times, versions, ratios and bad minutes', () => {
    expect(timestampsIn('at 10:30 AM, v1.2:30, 12:345, 3:75, 1:2')).toEqual([])
  })
})
