// A click in the preview's text seeks when it lands on a timestamp (either edge counts), and nowhere else.
import { describe, expect, it } from 'vitest'
import { stampAtOffset } from '../../src/renderer/preview/timestamp-click'

describe('preview click → seconds', () => {
  const text = '00:12 Topic, then 1:02:03 and [45:06] at 10:30 AM'
  it('maps an offset inside or at the edge of a timestamp to its seconds', () => {
    expect(stampAtOffset(text, 0)).toBe(12)
    expect(stampAtOffset(text, 3)).toBe(12)
    expect(stampAtOffset(text, 5)).toBe(12)
    expect(stampAtOffset(text, text.indexOf('1:02:03') + 4)).toBe(3723)
    expect(stampAtOffset(text, text.indexOf('45:06') + 1)).toBe(45 * 60 + 6)
  })

  it('gives null between timestamps and on clock times', () => {
    expect(stampAtOffset(text, 8)).toBeNull()
    expect(stampAtOffset(text, text.indexOf('10:30') + 2)).toBeNull()
    expect(stampAtOffset('', 0)).toBeNull()
  })
})
