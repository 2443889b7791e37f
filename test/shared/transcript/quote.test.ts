// A transcript quote for the notes: the selected words in quotation marks (「」 in Japanese notes), the speaker, and
// the cue's time in the notes' stamp style, placed last so the quote never counts as a chapter line.
import { describe, expect, it } from 'vitest'
import { findChapters } from '../../../src/shared/chapters/find'
import { quoteLine } from '../../../src/shared/transcript/quote'

describe('quoteLine', () => {
  it.each([
    [{ text: 'kanban  board\n', start: 70.9, speaker: 'Sam' }, 'Notes in English.', { hours: 'never' as const }, '> “kanban board” — Sam (01:10)'],
    [{ text: 'we shipped', start: 3725 }, 'Notes.', { hours: 'never' as const }, '> “we shipped” (1:02:05)'],
    [{ text: 'hi', start: 5, speaker: ' ' }, 'Notes.', { hours: 'padded' as const }, '> “hi” (00:00:05)'],
    [{ text: '冷蔵庫のカンバン', start: 70, speaker: 'ミカ' }, '今回はサイドプロジェクトの話です。', { hours: 'never' as const }, '> 「冷蔵庫のカンバン」 — ミカ (01:10)']
  ])('%o → %s', (source, notes, style, expected) => {
    expect(quoteLine(source, notes, style)).toBe(expected)
  })

  it('is never read as a chapter of the notes', () => {
    const notes = `---\ntitle: x\n---\n\n- 00:00 Intro\n\n${quoteLine({ text: 'a', start: 70, speaker: 'Sam' }, '', { hours: 'never' })}\n`
    expect(findChapters(notes).map((c) => c.title)).toEqual(['Intro'])
  })
})
