// What a dropped or pasted file becomes in the text: a figure with a title from the file name on a line of its
// own at the list's indentation, a link for other files, and pasted images named by the time.
import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { insertionAt, mediaText, pastedImageName, titleFromFileName } from '../../src/renderer/editor/figure-text'
import { renderEpisode } from '../../src/shared/render/render-episode'

/** The episode after dropping a figure at `|`. */
function dropped(marked: string): string {
  const at = marked.indexOf('|')
  const state = EditorState.create({ doc: marked.replace('|', '') })
  const { from, to, insert } = insertionAt(state, at, [mediaText({ name: 'desk.png', src: 'desk.png', kind: 'image' })])
  return state.update({ changes: { from, to, insert } }).state.doc.toString()
}

/** Whether the rendered page has the figure inside a list item (`<li>` opened and not closed before it). */
function figureInItem(text: string): boolean {
  const html = renderEpisode(text).html
  const before = html.slice(0, html.indexOf('<figure'))
  return (before.match(/<li[\s>]/g) ?? []).length > (before.match(/<\/li>/g) ?? []).length
}

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
    ['on an empty line: a block of its own, blank lines around', 'A\n|\nB', ['F1', 'F2'], 'A\n\nF1\nF2\n\nB'],
    ['on the blank line between a list and a heading', '- Item\n|\n## Next', ['F1'], '- Item\n\nF1\n\n## Next'],
    ['on one of two blank lines between blocks', '- Item\n\n|\n## Next', ['F1'], '- Item\n\nF1\n\n## Next'],
    ['on a whitespace-only line after a list', '- Item\n  |  \n\nText', ['F1'], '- Item\n\nF1\n\nText'],
    ['at the end of the text, after a list', '- Item\n|', ['F1'], '- Item\n\nF1\n'],
    ['at the end of the text, after a blank line', 'Text\n\n|', ['F1'], 'Text\n\nF1\n'],
    ['between two paragraphs of a list item: stays in the item', '- Item\n|\n  more', ['F1'], '- Item\n\n  F1\n\n  more'],
    ['on a blank quote line', '> A\n>|\n> B', ['F1'], '> A\n>\n> F1\n>\n> B'],
    ['at the end of a Japanese list item', '- 今日の話題|\n- 次', ['F1'], '- 今日の話題\n  F1\n- 次'],
    ['at the end of a list item: on a new line at its indentation', '- Our setup|\n- Next', ['F1'], '- Our setup\n  F1\n- Next'],
    ['in the middle of a paragraph: on a line of its own', 'Before |after', ['F1'], 'Before \nF1\nafter'],
    ['at the start of a line', '|Text', ['F1', 'F2'], 'F1\nF2\nText'],
    ['in a blockquote: keeps the quote markers', '> Quote|\n> more', ['F1'], '> Quote\n> F1\n> more'],
    ['in a list inside a quote', '> - item|', ['F1'], '> - item\n>   F1']
  ])('%s', (_name, marked, texts, expected) => {
    const at = marked.indexOf('|')
    const state = EditorState.create({ doc: marked.replace('|', '') })
    const { from, to, insert } = insertionAt(state, at, texts)
    expect(state.update({ changes: { from, to, insert } }).state.doc.toString()).toBe(expected)
  })

  it.each([
    ['between a list and a heading', false, '---\ntitle: x\n---\n\n- One\n- Two\n|\n## Links\n'],
    ['at the end of the text after a list', false, '---\ntitle: x\n---\n\n- One\n- Two\n|'],
    ['inside a paragraph', false, '---\ntitle: x\n---\n\nSome |text.\n'],
    ['inside a list item\'s text', true, '---\ntitle: x\n---\n\n- One|\n- Two\n']
  ])('renders a figure dropped %s (in a list item: %s)', (_name, inItem, marked) => {
    const text = dropped(marked)
    expect(renderEpisode(text).html).toContain('<figure')
    expect(figureInItem(text)).toBe(inItem)
  })
})
