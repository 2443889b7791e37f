// @vitest-environment jsdom
// Outside edits never land in the middle of an IME composition: they wait, and apply to the text as it is when
// the composition ends (so a form edit or a reload never breaks the Japanese being typed).
import { afterEach, describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { dispatchOutside, imeGuard } from '../../src/renderer/editor/ime-guard'

let view: EditorView | null = null
afterEach(() => view?.destroy())

/** An editor whose composing state the test controls. */
function editor(doc: string) {
  view = new EditorView({ parent: document.body, state: EditorState.create({ doc, extensions: [imeGuard()] }) })
  let composing = false
  Object.defineProperty(view, 'composing', { get: () => composing })
  Object.defineProperty(view, 'compositionStarted', { get: () => composing })
  return { view, compose: (on: boolean) => (composing = on) }
}

const wait = () => new Promise((r) => setTimeout(r, 5))

describe('IME guard', () => {
  it('applies an outside edit at once when nobody is composing', () => {
    const { view } = editor('title: a')
    expect(dispatchOutside(view, (s) => ({ changes: { from: s.doc.length, insert: 'b' } }))).toBe(true)
    expect(view.state.doc.toString()).toBe('title: ab')
  })

  it('queues outside edits during a composition and applies them, in order, after it ends', async () => {
    const { view, compose } = editor('本文')
    compose(true)
    expect(dispatchOutside(view, () => ({ changes: { from: 0, insert: '1' } }))).toBe(false)
    expect(dispatchOutside(view, (s) => ({ changes: { from: s.doc.length, insert: '2' } }))).toBe(false)
    // The composition goes on: the user's text lands, nothing else does.
    view.dispatch({ changes: { from: 2, insert: 'です' }, userEvent: 'input.type.compose' })
    await wait()
    expect(view.state.doc.toString()).toBe('本文です')
    compose(false)
    view.contentDOM.dispatchEvent(new Event('compositionend'))
    await wait()
    // Computed from the text as it is after the composition.
    expect(view.state.doc.toString()).toBe('1本文です2')
  })

  it('keeps waiting while a new composition starts right away', async () => {
    const { view, compose } = editor('x')
    compose(true)
    dispatchOutside(view, () => ({ changes: { from: 0, insert: '!' } }))
    view.contentDOM.dispatchEvent(new Event('compositionend'))
    await wait()
    expect(view.state.doc.toString()).toBe('x')
    compose(false)
    await wait()
    expect(view.state.doc.toString()).toBe('!x')
  })
})
