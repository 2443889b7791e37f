// @vitest-environment jsdom
// The editor hands the command table's app shortcuts to the window (before CodeMirror's defaults take them), saves
// through its own hook, and keeps find (Mod-f) for its own search panel.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditorState } from '@codemirror/state'
import { EditorView, runScopeHandlers } from '@codemirror/view'
import { editorExtensions } from '../../src/renderer/editor/setup'

let view: EditorView | null = null
afterEach(() => {
  view?.destroy()
  view = null
})

function editor() {
  const onSave = vi.fn()
  const onCommand = vi.fn()
  view = new EditorView({ parent: document.body, state: EditorState.create({ doc: 'one\ntwo\n', extensions: editorExtensions({ onSave, onCommand }) }) })
  const press = (key: string, mods: KeyboardEventInit = {}) => runScopeHandlers(view as EditorView, new KeyboardEvent('keydown', { key, keyCode: key.toUpperCase().charCodeAt(0), ctrlKey: true, ...mods }), 'editor')
  return { view, onSave, onCommand, press }
}

describe('app commands in the editor', () => {
  it('runs the table’s app commands instead of CodeMirror’s defaults', () => {
    const { view, onCommand, press } = editor()
    expect(press('K', { shiftKey: true })).toBe(true)
    expect(onCommand).toHaveBeenLastCalledWith('checkEpisode')
    // Mod-Shift-k would have deleted the line.
    expect(view.state.doc.toString()).toBe('one\ntwo\n')
    press('P', { shiftKey: true })
    expect(onCommand).toHaveBeenLastCalledWith('togglePreview')
    press('o')
    expect(onCommand).toHaveBeenLastCalledWith('openFolder')
    press('n', { altKey: true })
    expect(onCommand).toHaveBeenLastCalledWith('newEpisode')
  })

  it('saves through its own hook', () => {
    const { onSave, onCommand, press } = editor()
    expect(press('s')).toBe(true)
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(onCommand).not.toHaveBeenCalled()
  })

  it('leaves find to its own search panel', () => {
    const { onCommand, press } = editor()
    press('f')
    expect(onCommand).not.toHaveBeenCalled()
  })
})
