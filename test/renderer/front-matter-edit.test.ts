// A form change is one small transaction: only the edited field's text changes, the rest of the document (and
// its line endings) keeps every byte, and one undo takes the whole change back.
import { describe, expect, it } from 'vitest'
import { history, undo } from '@codemirror/commands'
import { EditorState, type Transaction } from '@codemirror/state'
import { fieldEdit } from '../../src/renderer/editor/front-matter-edit'
import { minimalChange } from '../../src/renderer/editor/minimal-change'
import { keepLineSeparator } from '../../src/renderer/editor/line-separator'

const episode = [
  '---',
  'title: "#1 Welcome"',
  '# The episode date.',
  'date: 2025-01-10T20:00:00+09:00',
  'tags: [intro, hobby]',
  'image:',
  "  caption: 'The desk'",
  '  focal_point: Smart',
  'draft: true',
  '---',
  '',
  'Body text.',
  ''
].join('\n')

function apply(state: EditorState, path: string[], value: unknown, typing = false): Transaction {
  const spec = fieldEdit(state, path, { value }, typing)
  if (!spec) throw new Error('no change')
  return state.update(spec)
}

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n')
  const b = after.split('\n')
  return b.filter((line, i) => line !== a[i])
}

describe('minimal change', () => {
  it.each([
    ['equal texts', 'abc', 'abc', null],
    ['an insertion', 'title: a', 'title: ab', { from: 8, to: 8, insert: 'b' }],
    ['a deletion', 'draft: true', 'draft: tru', { from: 10, to: 11, insert: '' }],
    ['a replacement', 'draft: true\n', 'draft: false\n', { from: 7, to: 10, insert: 'fals' }],
    ['an emoji is never split', 'a😀b', 'a😃b', { from: 1, to: 3, insert: '😃' }]
  ])('%s', (_name, before, after, expected) => {
    expect(minimalChange(before, after)).toEqual(expected)
  })
})

describe('a front matter form edit', () => {
  it('changes only the edited line, and the body not at all', () => {
    const state = EditorState.create({ doc: episode })
    const tr = apply(state, ['title'], '#1 Welcome to the show')
    expect(changedLines(episode, tr.state.doc.toString())).toEqual(['title: "#1 Welcome to the show"'])
    expect(tr.changes.length).toBe(episode.length)
  })

  it.each([
    ['a toggle', ['draft'], false, ['draft: false']],
    ['a nested field', ['image', 'caption'], 'Two mics', ["  caption: 'Two mics'"]],
    ['a date keeps its offset as written', ['date'], '2025-01-11T20:30:00+09:00', ['date: 2025-01-11T20:30:00+09:00']],
    ['a list of chips', ['tags'], ['intro', 'hobby', 'tokyo'], ['tags: [intro, hobby, tokyo]']]
  ])('%s', (_name, path, value, lines) => {
    const tr = apply(EditorState.create({ doc: episode }), path as string[], value)
    expect(changedLines(episode, tr.state.doc.toString())).toEqual(lines)
  })

  it('undoes as one step', () => {
    let state = EditorState.create({ doc: episode, extensions: [history()] })
    state = apply(state, ['tags'], ['intro']).state
    state = apply(state, ['draft'], false).state
    const back = (s: EditorState) => {
      let next = s
      undo({ state: s, dispatch: (tr) => (next = tr.state) })
      return next
    }
    const once = back(state)
    expect(once.doc.toString()).toBe(episode.replace('tags: [intro, hobby]', 'tags: [intro]'))
    expect(back(once).doc.toString()).toBe(episode)
  })

  it('keeps CRLF line endings and maps positions in a CRLF document', () => {
    const crlf = episode.replace(/\n/g, '\r\n')
    const state = EditorState.create({ doc: crlf, extensions: [keepLineSeparator(crlf)] })
    const tr = apply(state, ['draft'], false)
    expect(tr.state.sliceDoc()).toBe(crlf.replace('draft: true', 'draft: false'))
  })

  it('adds a missing field without touching the others', () => {
    const tr = apply(EditorState.create({ doc: episode }), ['summary'], 'Short.')
    const after = tr.state.doc.toString()
    expect(after).toMatch(/^summary: "?Short\."?$/m)
    expect(after.replace(/summary: "?Short\."?\n/, '')).toBe(episode)
  })

  it('refuses to edit front matter with a syntax error, with a message a person understands', () => {
    const broken = episode.replace('draft: true', 'draft: [true')
    expect(() => fieldEdit(EditorState.create({ doc: broken }), ['title'], { value: 'x' })).toThrow(/Line \d+:/)
  })

  it('marks typing in a text field so a burst undoes together, and a toggle on its own', () => {
    const state = EditorState.create({ doc: episode })
    expect(fieldEdit(state, ['title'], { value: 'x' }, true)?.userEvent).toBe('input.type.form')
    expect(fieldEdit(state, ['draft'], { value: false })?.userEvent).toBe('input.form')
  })
})
