// Retime after an audio edit: times at or after the edit move, times inside a cut land on it, nothing else changes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findChapters } from '../../../src/shared/chapters/find'
import { retimeChapters, retimeNotes, shiftTime } from '../../../src/shared/chapters/retime'
import { applyChanges } from '../../../src/shared/chapters/stamp-lines'
import { retimeCues } from '../../../src/shared/chapters/retime'

describe('shiftTime', () => {
  it.each([
    [100, { at: 120, by: 30 }, 100],
    [120, { at: 120, by: 30 }, 150],
    [200, { at: 120, by: -30 }, 170],
    [130, { at: 120, by: -30 }, 120],
    [150, { at: 120, by: -30 }, 120],
    [10.5, { at: 0, by: -20 }, 0]
  ])('%s with %o → %s', (t, retime, expected) => {
    expect(shiftTime(t, retime)).toBe(expected)
  })
})

describe('retimeNotes', () => {
  it('moves stamps at or after T, keeping each stamp style', () => {
    const text = '---\ntitle: x\n---\n- 00:00 Intro\n- 12:34 Topic at 12:34 in text\n- 00:59:50 Long\n## 1:00:00 Heading\n'
    const out = applyChanges(text, retimeNotes(text, { at: 600, by: 15 }))
    expect(out).toBe('---\ntitle: x\n---\n- 00:00 Intro\n- 12:49 Topic at 12:34 in text\n- 01:00:05 Long\n## 1:00:15 Heading\n')
  })

  it('a cut past an hour writes minutes again only if the stamp had none', () => {
    const text = '- 1:00:10 A\n- 01:00:10 B\n- 59:00 C\n'
    expect(applyChanges(text, retimeNotes(text, { at: 0, by: -20 }))).toBe('- 0:59:50 A\n- 00:59:50 B\n- 58:40 C\n')
  })

  it('changes nothing but stamps (property over random notes)', () => {
    const line = fc.oneof(
      fc.constantFrom('Some prose.', '', '## Heading', '- item', '  - nested [a](https://x.example)', '```', '日本語の段落'),
      fc.tuple(fc.integer({ min: 0, max: 7200 }), fc.constantFrom('- ', '', '* ', '1. '), fc.constantFrom('Topic', 'ゲスト', '[Link](https://l.example)')).map(
        ([s, prefix, title]) => `${prefix}${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')} ${title}`
      )
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.integer({ min: 0, max: 7200 }), fc.integer({ min: -600, max: 600 }), (lines, at, by) => {
        const text = lines.join('\n')
        const before = findChapters(text)
        const out = applyChanges(text, retimeNotes(text, { at, by }))
        const after = findChapters(out)
        expect(after.map((c) => c.title)).toEqual(before.map((c) => c.title))
        expect(after.map((c) => c.start)).toEqual(before.map((c) => shiftTime(c.start, { at, by })))
        const stripStamps = (s: string) => s.replace(/\d{2}:\d{2}:\d{2}/g, '#')
        expect(stripStamps(out)).toBe(stripStamps(text))
      })
    )
  })
})

describe('retiming chapter files and transcripts', () => {
  it('shifts starts and cue ends alike', () => {
    expect(retimeChapters([{ start: 5, title: 'A' }, { start: 65.5, title: 'B' }], { at: 60, by: 2.25 })).toEqual([{ start: 5, title: 'A' }, { start: 67.75, title: 'B' }])
    expect(retimeCues([{ start: 55, end: 62, text: 'x' }], { at: 60, by: -10 })).toEqual([{ start: 55, end: 60, text: 'x' }])
  })
})
