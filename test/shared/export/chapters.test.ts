import { describe, expect, it } from 'vitest'
import { findChapters } from '../../../src/shared/chapters/find'
import { exportChapters } from '../../../src/shared/export/chapters'

const ep = (body: string) => `---\ntitle: "#5 Reel to reel"\n---\n\n${body}`

describe('findChapters', () => {
  it.each<[string, string, [number, string][]]>([
    ['list items with h:mm:ss', '- 00:00:00 Intro\n- 00:12:34 Tape hiss\n', [[0, 'Intro'], [754, 'Tape hiss']]],
    ['mm:ss with a dash', '00:00 – Hello\n05:30 - Reels\n', [[0, 'Hello'], [330, 'Reels']]],
    ['headings that start with a timestamp', '## 00:00 Intro\n\nText\n\n## 1:02:03 Late topic {#late}\n', [[0, 'Intro'], [3723, 'Late topic']]],
    ['brackets and parentheses', '[00:10] Bracketed\n(00:20) Parenthesised\n', [[10, 'Bracketed'], [20, 'Parenthesised']]],
    ['a timestamp link', '- [12:34](https://youtu.be/abc?t=754) Topic\n', [[754, 'Topic']]],
    ['Markdown in the title', '- 01:00 **Bold** and [a link](https://x.org)\n', [[60, 'Bold and a link']]],
    ['ordered list items', '1. 00:00 One\n2. 00:30 Two\n', [[0, 'One'], [30, 'Two']]],
    ['not a time of day', '- 10:00 AM start\n- 9:30 pm\n', []],
    ['not an invalid time', '- 00:75 Nope\n', []],
    ['not in code', '```\n00:00 code\n```\n', []],
    ['not a timestamp in the middle', 'We met at 10:30 by the lake.\n', []],
    ['not without a title', '- 00:10\n', []]
  ])('%s', (_name, body, expected) => {
    expect(findChapters(ep(body)).map((c) => [c.start, c.title])).toEqual(expected)
  })

  it('keeps the line and the first link', () => {
    const [c] = findChapters(ep('Intro\n\n- 00:10 [Datasheet](https://example.org/ds.pdf)\n'))
    expect(c).toEqual({ start: 10, written: '00:10', title: 'Datasheet', url: 'https://example.org/ds.pdf', line: 7 })
  })
})

describe('exportChapters', () => {
  const body = '- 00:00 Intro\n- 00:01:30 [Reels](https://x.org/reels)\n- 01:00:05 Goodbye\n'
  it('writes Podcasting 2.0 JSON chapters', () => {
    expect(JSON.parse(exportChapters(ep(body), { title: '#5 Reel to reel' }).json)).toEqual({
      version: '1.2.0',
      title: '#5 Reel to reel',
      chapters: [
        { startTime: 0, title: 'Intro' },
        { startTime: 90, title: 'Reels', url: 'https://x.org/reels' },
        { startTime: 3605, title: 'Goodbye' }
      ]
    })
  })

  it('writes a YouTube chapter list (hours only when needed)', () => {
    expect(exportChapters(ep(body)).youtube).toBe('0:00:00 Intro\n0:01:30 Reels\n1:00:05 Goodbye\n')
    expect(exportChapters(ep('00:00 A\n00:40 B\n01:20 C\n')).youtube).toBe('00:00 A\n00:40 B\n01:20 C\n')
    expect(exportChapters(ep(body)).warnings).toEqual([])
  })

  it.each<[string, string, RegExp]>([
    ['no chapters', 'Just notes.\n', /No chapters found/],
    ['not starting at 0:00', '00:05 A\n00:40 B\n01:20 C\n', /first chapter at 0:00; the list starts at 00:05/],
    ['fewer than three', '00:00 A\n00:40 B\n', /at least 3 chapters; there are 2/],
    ['a chapter under ten seconds', '00:00 A\n00:05 B\n01:20 C\n', /"A" lasts 5/],
    ['out of order', '00:00 A\n02:00 B\n01:00 C\n', /01:00 does not come after 02:00/]
  ])('warns: %s', (_name, b, warning) => {
    expect(exportChapters(ep(b)).warnings.join('\n')).toMatch(warning)
  })
})
