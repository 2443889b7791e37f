// What a dropped or pasted file becomes in the text: a figure with a title from the file name on a line of its
// own at the list's indentation, a link for other files, and pasted images named by the time.
import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { insertionAt, mediaText, pastedImageName, titleFromFileName } from '../../src/renderer/editor/figure-text'

describe('figure text', () => {
  it.each([
    ['studio-desk.png', 'Studio desk'],
    ['my_new__mic-02.JPG', 'My new mic 02'],
    ['kato/Untitled 1.png', 'Untitled 1'],
    ['机の上.webp', '机の上']
  ])('titles %s as "%s"', (name, title) => {
    expect(titleFromFileName(name)).toBe(title)
  })

  it('names a pasted image by the local time', () => {
    expect(pastedImageName(new Date(2025, 0, 9, 8, 5, 3))).toBe('image-20250109-080503.png')
    expect(pastedImageName(new Date(2025, 11, 31, 23, 59, 59), 'image/jpeg')).toBe('image-20251231-235959.jpg')
  })

  it('writes a numbered figure for an image and a link for other files', () => {
    expect(mediaText({ name: 'desk.png', src: 'desk.png', kind: 'image' })).toBe('{{< figure src="desk.png" title="Desk" numbered="true" >}}')
    expect(mediaText({ name: 'say "hi".png', src: 'x', kind: 'image' }, 'Say "hi"')).toBe('{{< figure src="say \\"hi\\".png" title="Say \\"hi\\"" numbered="true" >}}')
    expect(mediaText({ name: 'notes.pdf', src: 'notes.pdf', kind: 'other' })).toBe('[notes.pdf](notes.pdf)')
    expect(mediaText({ name: 'ep 1.mp3', src: 'ep%201.mp3', kind: 'audio' })).toBe('[ep 1.mp3](ep%201.mp3)')
  })

  it.each([
    ['on an empty line: just the figures', 'A\n|\nB', ['F1', 'F2'], 'A\nF1\nF2\nB'],
    ['at the end of a list item: on a new line at its indentation', '- Our setup|\n- Next', ['F1'], '- Our setup\n  F1\n- Next'],
    ['in the middle of a paragraph: on a line of its own', 'Before |after', ['F1'], 'Before \nF1\nafter'],
    ['at the start of a line', '|Text', ['F1', 'F2'], 'F1\nF2\nText'],
    ['in a blockquote: keeps the quote markers', '> Quote|\n> more', ['F1'], '> Quote\n> F1\n> more'],
    ['in a list inside a quote', '> - item|', ['F1'], '> - item\n>   F1']
  ])('%s', (_name, marked, texts, expected) => {
    const at = marked.indexOf('|')
    const state = EditorState.create({ doc: marked.replace('|', '') })
    const { from, insert } = insertionAt(state, at, texts)
    expect(state.update({ changes: { from, insert } }).state.doc.toString()).toBe(expected)
  })
})
