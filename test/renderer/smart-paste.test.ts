// @vitest-environment jsdom
// Pasting into the editor: a URL shows as a link at once and takes the page's title when it arrives (one undo gives
// the bare URL back), a failure leaves the URL as the text, a URL over a selection links it, HTML becomes Markdown,
// front matter and code stay plain, and Ctrl/Cmd+Shift+V pastes plain text.
import { history, undo } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { afterEach, describe, expect, it } from 'vitest'
import { smartPaste } from '../../src/renderer/editor/smart-paste'

let view: EditorView | null = null
afterEach(() => view?.destroy())
// jsdom has no layout: scrolling the pasted text into view measures nothing.
Range.prototype.getClientRects = () => [] as unknown as DOMRectList
Range.prototype.getBoundingClientRect = () => new DOMRect()

const URL_ = 'https://example.com/post'

function editor(doc: string, cursor: number | [number, number], fetchTitle: (url: string) => Promise<string | null> = async () => null, titled = true) {
  const [anchor, head] = typeof cursor === 'number' ? [cursor, cursor] : cursor
  view = new EditorView({ parent: document.body, state: EditorState.create({ doc, selection: { anchor, head }, extensions: [history(), smartPaste({ fetchTitle, titled: () => titled })] }) })
  return view
}

/** A paste event as the browser fires it (CodeMirror's own handler pastes the plain text when ours lets it). */
function paste(v: EditorView, data: Record<string, string>): string {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'clipboardData', { value: { types: Object.keys(data), files: [], getData: (t: string) => data[t] ?? '' } })
  v.contentDOM.dispatchEvent(event)
  return v.state.doc.toString()
}

const text = (v: EditorView) => v.state.doc.toString()
const later = () => new Promise((r) => setTimeout(r, 0))
const front = '---\ntitle: x\n---\n'

describe('titled paste', () => {
  it('shows the URL as a link at once, then its title; one undo gives back the bare URL', async () => {
    let answer: (t: string | null) => void = () => {}
    const v = editor(`${front}See `, front.length + 4, () => new Promise((r) => (answer = r)))
    expect(paste(v, { 'text/plain': URL_ })).toBe(`${front}See [${URL_}](${URL_})`)
    answer('The *best* post')
    await later()
    expect(text(v)).toBe(`${front}See [The \\*best\\* post](${URL_})`)
    expect(v.state.selection.main.head).toBe(text(v).length)
    undo(v)
    expect(text(v)).toBe(`${front}See ${URL_}`)
    undo(v)
    expect(text(v)).toBe(`${front}See `)
  })

  it('keeps the text typed while the title loaded, and still undoes to the bare URL', async () => {
    let answer: (t: string | null) => void = () => {}
    const v = editor(`${front}See `, front.length + 4, () => new Promise((r) => (answer = r)))
    paste(v, { 'text/plain': URL_ })
    v.dispatch({ changes: { from: text(v).length, insert: ' and more' }, userEvent: 'input.type' })
    answer('Title')
    await later()
    expect(text(v)).toBe(`${front}See [Title](${URL_}) and more`)
    undo(v)
    expect(text(v)).toBe(`${front}See [${URL_}](${URL_}) and more`)
  })

  it('leaves the URL as the link text when no title comes, quietly', async () => {
    const v = editor(`${front}`, front.length, async () => Promise.reject(new Error('offline')))
    paste(v, { 'text/plain': URL_ })
    await later()
    expect(text(v)).toBe(`${front}[${URL_}](${URL_})`)
  })

  it('links selected text without a fetch', () => {
    let asked = 0
    const v = editor(`${front}Read the post now`, [front.length + 5, front.length + 13], async () => (asked++, 'x'))
    paste(v, { 'text/plain': URL_ })
    expect(text(v)).toBe(`${front}Read [the post](${URL_}) now`)
    expect(asked).toBe(0)
  })

  it('stays plain in front matter, in code, and when the setting is off', () => {
    expect(paste(editor(`---\nlink: \n---\n`, 10), { 'text/plain': URL_ })).toBe(`---\nlink: ${URL_}\n---\n`)
    expect(paste(editor(`${front}\`\`\`\n\n\`\`\`\n`, front.length + 4), { 'text/plain': URL_ })).toBe(`${front}\`\`\`\n${URL_}\n\`\`\`\n`)
    expect(paste(editor(front, front.length, async () => 'x', false), { 'text/plain': URL_ })).toBe(`${front}${URL_}`)
  })
})

describe('rich paste', () => {
  it('turns copied HTML into Markdown, but not in code or after Ctrl/Cmd+Shift+V', () => {
    const data = { 'text/plain': 'Big news', 'text/html': '<p><b>Big</b> <a href="https://example.com/">news</a></p>' }
    expect(paste(editor(front, front.length), data)).toBe(`${front}**Big** [news](https://example.com/)`)
    expect(paste(editor(`${front}\`\`\`\n\n\`\`\`\n`, front.length + 4), data)).toBe(`${front}\`\`\`\nBig news\n\`\`\`\n`)
    const plain = editor(front, front.length)
    plain.contentDOM.dispatchEvent(new KeyboardEvent('keydown', { key: 'V', ctrlKey: true, shiftKey: true, bubbles: true }))
    expect(paste(plain, data)).toBe(`${front}Big news`)
  })
})
