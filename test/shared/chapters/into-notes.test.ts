// Imported chapters land in the notes' chapter list: stamps rewritten in place, nothing else touched.
import { describe, expect, it } from 'vitest'
import { findChapters } from '../../../src/shared/chapters/find'
import { chaptersIntoNotes } from '../../../src/shared/chapters/into-notes'
import { applyChanges } from '../../../src/shared/chapters/stamp-lines'

const fm = '---\ntitle: "#12 Cloud"\n---\n'
const run = (text: string, chapters: Array<{ start: number; title: string; url?: string }>, heading = 'Chapters') =>
  applyChanges(text, chaptersIntoNotes(text, chapters, { heading }))

describe('chaptersIntoNotes', () => {
  it('adds a Chapters section at the end when the notes have none', () => {
    const text = `${fm}Intro paragraph.\n\n- a link\n`
    expect(run(text, [{ start: 0, title: 'Intro' }, { start: 75.6, title: 'News' }])).toBe(`${text}\n## Chapters\n\n- 00:00 Intro\n- 01:15 News\n`)
  })

  it('uses the heading it is given (the episode language)', () => {
    expect(run(`${fm}本文\n`, [{ start: 3700, title: 'まとめ' }], 'チャプター')).toBe(`${fm}本文\n\n## チャプター\n\n- 01:01:40 まとめ\n`)
  })

  it('rewrites only the stamps of lines whose titles match, keeping their links and sub-items', () => {
    const text = `${fm}## Topics\n\n- 00:00 Intro\n- 00:10 [Cloud Run](https://cloud.example) news\n  - https://a.example\n- 00:40 Outro\n\nThanks!\n`
    const out = run(text, [{ start: 0, title: 'Intro' }, { start: 12.9, title: 'Cloud Run news' }, { start: 45, title: 'Outro' }])
    expect(out).toBe(text.replace('00:10 [Cloud', '00:12 [Cloud').replace('00:40 Outro', '00:45 Outro'))
  })

  it('replaces a line whose title changed, appends extra chapters after the last item and its sub-items', () => {
    const text = `${fm}- 0:00:00 Intro\n- 0:05:00 Old topic\n  - note under it\nAfter.\n`
    const out = run(text, [{ start: 0, title: 'Intro' }, { start: 300, title: 'New topic' }, { start: 900, title: 'Extra *one*' }])
    expect(out).toBe(`${fm}- 0:00:00 Intro\n- 0:05:00 New topic\n  - note under it\n- 0:15:00 Extra \\*one\\*\nAfter.\n`)
    expect(findChapters(out).map((c) => c.title)).toEqual(['Intro', 'New topic', 'Extra *one*'])
  })

  it('removes surplus stamp lines and keeps CRLF line endings', () => {
    const text = `${fm}- 00:00 A\r\n- 00:30 B\r\n- 01:00 C\r\ntail\r\n`.replace(/\n/g, '\n')
    const out = run(text, [{ start: 0, title: 'A' }, { start: 30, title: 'B' }])
    expect(out).toBe(`${fm}- 00:00 A\r\n- 00:30 B\r\ntail\r\n`)
  })

  it('leaves stamps inside code blocks alone', () => {
    const text = `${fm}\`\`\`\n00:00 not a chapter\n\`\`\`\n`
    expect(run(text, [{ start: 0, title: 'Intro' }])).toBe(`${text}\n## Chapters\n\n- 00:00 Intro\n`)
  })
})
