// @vitest-environment jsdom
// Autosave writes the file a while after typing stops: once per pause, never while it is off or a conflict is
// open, never in the middle of an IME composition (it waits for the composition to end), never for a reload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { autosave, autosaveDelay } from '../../src/renderer/editor/autosave'

let view: EditorView | null = null
beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  view?.destroy()
  view = null
  vi.useRealTimers()
})

function editor(opts: { canSave?: () => boolean } = {}) {
  const save = vi.fn()
  view = new EditorView({
    parent: document.body,
    state: EditorState.create({ doc: 'title: a\n', extensions: [autosave({ canSave: opts.canSave ?? (() => true), save })] })
  })
  let composing = false
  Object.defineProperty(view, 'composing', { get: () => composing })
  Object.defineProperty(view, 'compositionStarted', { get: () => composing })
  const v = view
  const type = (text: string) => v.dispatch({ changes: { from: v.state.doc.length, insert: text }, userEvent: 'input.type' })
  return { view: v, save, type, compose: (on: boolean) => (composing = on) }
}

describe('autosave', () => {
  it('saves once, 1.5 s after the last keystroke', () => {
    const { save, type } = editor()
    type('H')
    vi.advanceTimersByTime(1000)
    type('i')
    vi.advanceTimersByTime(1000)
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(autosaveDelay - 1000)
    expect(save).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('does not save when it is off or a conflict is open', () => {
    let allowed = false
    const { save, type } = editor({ canSave: () => allowed })
    type('x')
    vi.advanceTimersByTime(autosaveDelay)
    expect(save).not.toHaveBeenCalled()
    allowed = true
    type('y')
    vi.advanceTimersByTime(autosaveDelay)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('waits for an IME composition to end, then saves after the usual pause', () => {
    const { view, save, type, compose } = editor()
    compose(true)
    type('にほ')
    vi.advanceTimersByTime(autosaveDelay * 3)
    expect(save).not.toHaveBeenCalled()
    compose(false)
    view.contentDOM.dispatchEvent(new Event('compositionend'))
    vi.advanceTimersByTime(autosaveDelay - 1)
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('does not save for a reload from disk or a selection move', () => {
    const { view, save } = editor()
    view.dispatch({ changes: { from: 0, insert: '# ' }, userEvent: 'input.reload' })
    view.dispatch({ selection: { anchor: 3 } })
    vi.advanceTimersByTime(autosaveDelay * 2)
    expect(save).not.toHaveBeenCalled()
  })

  it('saves edits that come from the form or a dropped figure as well as typing', () => {
    const { view, save } = editor()
    view.dispatch({ changes: { from: 7, to: 8, insert: 'b' }, userEvent: 'input.form' })
    vi.advanceTimersByTime(autosaveDelay)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('forgets a pending save when the editor closes', () => {
    const { view, save, type } = editor()
    type('z')
    view.destroy()
    vi.advanceTimersByTime(autosaveDelay)
    expect(save).not.toHaveBeenCalled()
  })
})
