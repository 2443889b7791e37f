// @vitest-environment jsdom
// Typing HTML: after `<b>` the editor has inserted `</b>`, and typing the closer over it steps over it
// (`<b>太字</b>`, never `<b>太字</b></b>`), after Japanese composed in between too; a closer the host wrote
// themselves, or another tag's, is not stepped over. (test/e2e/editor-html-typing.test.ts types it in Chromium
// with lang-html's real auto-close.)
import { afterEach, describe, expect, it } from 'vitest'
import { EditorSelection, EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { closeTagStepOver } from '../../src/renderer/editor/close-tag-step'

/**
 * Stands in for lang-html's auto-close, whose firing depends on a parse finishing within a few milliseconds (a
 * busy test machine misses it): `>` typed after `<name` adds `</name>` after the cursor in an `input.complete`
 * transaction dispatched after the typed one, as lang-html does.
 */
const autoClose = EditorView.inputHandler.of((view, from, to, text, insert) => {
  const open = /<([a-z][\w-]*)[^<>]*$/i.exec(view.state.sliceDoc(Math.max(0, from - 64), from))
  if (text !== '>' || from !== to || !open) return false
  const typed = insert()
  view.dispatch([typed, typed.state.update({ changes: { from: from + 1, insert: `</${open[1]}>` }, userEvent: 'input.complete' })])
  return true
})

let view: EditorView | null = null
afterEach(() => view?.destroy())

function editor(doc: string, withStep = true): EditorView {
  const at = doc.indexOf('|')
  view = new EditorView({
    parent: document.body,
    state: EditorState.create({ doc: doc.replace('|', ''), selection: { anchor: at }, extensions: [withStep ? closeTagStepOver() : [], autoClose] })
  })
  return view
}

/** Types `text` key by key as CodeMirror does: each input handler in turn, else the plain insertion. */
function type(v: EditorView, text: string): void {
  for (const ch of text) {
    const { from, to } = v.state.selection.main
    const insert = () => v.state.update({ changes: { from, to, insert: ch }, selection: EditorSelection.cursor(from + ch.length), userEvent: 'input.type' })
    if (!v.state.facet(EditorView.inputHandler).some((h) => h(v, from, to, ch, insert))) v.dispatch(insert())
  }
}

/** Text composed through an IME: one insertion, no input handlers (CodeMirror does not run them while composing). */
function compose(v: EditorView, text: string): void {
  const { from, to } = v.state.selection.main
  v.dispatch({ changes: { from, to, insert: text }, selection: EditorSelection.cursor(from + text.length), userEvent: 'input.type.compose' })
}

const withCursor = (v: EditorView) => v.state.sliceDoc(0, v.state.selection.main.head) + '|' + v.state.sliceDoc(v.state.selection.main.head)

describe('typing an HTML closing tag', () => {
  it('doubles the closer without this extension', () => {
    const v = editor('Text |\n', false)
    type(v, '<b>')
    expect(withCursor(v)).toBe('Text <b>|</b>\n')
    type(v, 'bold</b>')
    expect(v.state.doc.toString()).toBe('Text <b>bold</b></b>\n')
  })

  it('steps over the inserted closer when the host types it', () => {
    const v = editor('Text |\n')
    type(v, '<b>bold</b> after')
    expect(withCursor(v)).toBe('Text <b>bold</b> after|\n')
  })

  it('steps over after Japanese composed through an IME', () => {
    const v = editor('- |\n')
    type(v, '<b>')
    compose(v, '太字')
    expect(withCursor(v)).toBe('- <b>太字|</b>\n')
    type(v, '</b>です')
    expect(withCursor(v)).toBe('- <b>太字</b>です|\n')
  })

  it('steps over nested closers one by one', () => {
    const v = editor('|\n')
    type(v, '<b><i>')
    expect(withCursor(v)).toBe('<b><i>|</i></b>\n')
    type(v, 'x</i></b>!')
    expect(withCursor(v)).toBe('<b><i>x</i></b>!|\n')
  })

  it('steps over a closer with attributes on its tag, and one typed on a later line', () => {
    const v = editor('|\n')
    type(v, '<span class="note">')
    compose(v, 'メモ\n続き')
    type(v, '</span>.')
    expect(withCursor(v)).toBe('<span class="note">メモ\n続き</span>.|\n')
  })

  it('does not step over a closer the host wrote themselves', () => {
    const v = editor('<b>bold|</b>\n')
    type(v, '</b>')
    expect(v.state.doc.toString()).toBe('<b>bold</b></b>\n')
  })

  it('does not step over another tag\'s closer, nor one the host has since edited', () => {
    const v = editor('|\n')
    type(v, '<b>x</i>')
    expect(v.state.doc.toString()).toBe('<b>x</i></b>\n')
    v.destroy()
    const w = editor('|\n')
    type(w, '<b>y')
    const closer = w.state.doc.toString().indexOf('</b>')
    w.dispatch({ changes: { from: closer + 2, to: closer + 3, insert: 'B' } })
    type(w, '</B>')
    expect(w.state.doc.toString()).toBe('<b>y</B></B>\n')
  })
})
