// The transcript list's rows without the DOM: each cue's height from its text (CJK text wraps sooner), the rows that
// cover a scroll position found by binary search, and the whole list's height for the scroll bar.
import { describe, expect, it } from 'vitest'
import type { Cue } from '../../src/shared/transcript/model'
import { byCharacter, cueMetrics, layoutRows, linesOf, rowAt, rowsAt } from '../../src/renderer/transcript/cue-rows'

const metrics = { ...cueMetrics, width: 200 }
const cue = (text: string, start = 0): Cue => ({ start, end: start + 1, text })

describe('cue rows', () => {
  it('gives a short cue one line and a long one as many as its text needs', () => {
    expect(linesOf('Hello there.', metrics)).toBe(1)
    expect(linesOf('word '.repeat(60), metrics)).toBeGreaterThanOrEqual(6)
    // 40 full-width characters are 520 px at 13 px: more lines than 40 Latin characters.
    expect(linesOf('あ'.repeat(40), metrics)).toBe(3)
    expect(linesOf('abc '.repeat(10), metrics)).toBe(2)
    // A word wider than the row is broken; a word that does not fit starts the next line.
    expect(linesOf('x', metrics, () => 450)).toBe(3)
    expect(linesOf('aa bb cc', metrics, (t) => (t === ' ' ? 5 : 90))).toBe(2)
    expect(linesOf('aa bb cc', metrics, (t) => (t === ' ' ? 5 : 60))).toBe(1)
  })

  it('stacks the listed cues and finds the rows in view', () => {
    const cues = Array.from({ length: 3000 }, (_, i) => cue(i % 10 === 0 ? 'long '.repeat(40) : 'short', i * 2))
    const shown = cues.map((_, i) => i)
    const tops = layoutRows(cues, shown, metrics)
    expect(tops.length).toBe(3001)
    expect(tops[1] - tops[0]).toBeGreaterThan(tops[2] - tops[1])
    expect(tops[2] - tops[1]).toBe(metrics.chrome + metrics.lineHeight)
    const y = tops[1500] + 3
    expect(rowAt(tops, y)).toBe(1500)
    const { start, end } = rowsAt(tops, y, 400, 2)
    expect(start).toBe(1498)
    expect(tops[end - 1]).toBeGreaterThan(y + 400 - 1)
    expect(end - start).toBeLessThan(30)
  })

  it('measures each character once and sums a word from them', () => {
    const asked: string[] = []
    const measure = byCharacter((c) => (asked.push(c), c === 'あ' ? 13 : 7))
    expect(measure('abba')).toBe(28)
    expect(measure('あa')).toBe(20)
    expect(asked).toEqual(['a', 'b', 'あ'])
  })

  it('lays out only the cues a search found', () => {
    const cues = [cue('a'), cue('b'), cue('c')]
    const tops = layoutRows(cues, [2], metrics)
    expect([...tops]).toEqual([0, metrics.chrome + metrics.lineHeight])
    expect(rowsAt(layoutRows(cues, [], metrics), 0, 500)).toEqual({ start: 0, end: 0 })
  })
})
