// @vitest-environment jsdom
// Typing HTML in Markdown: `<b>` gets its closer from lang-html, and typing the closer over it steps over it
// (`<b>太字</b>`, never `<b>太字</b></b>`), after Japanese composed in between too; a closer the host wrote
// themselves is not stepped over.
import { afterEach, describe, expect, it } from 'vitest'
import { EditorSelection, EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { ensureSyntaxTree } from '@codemirror/language'
import { closeTagStepOver } from '../../src/renderer/editor/close-tag-step'
import { loadFullMarkdown } from '../../src/renderer/editor/episode-markdown'

// Inside an HTML block (here the player's, which runs to the next blank line) lang-html is active and closes tags.
const PLAYER = '<iframe src="https://anchor.fm/x"></iframe>\n'

let view: EditorView | null = null
afterEach(() => view?.destroy())

async function editor(doc: string, withStep = true): Promise<EditorView> {
  const markdown = await loadFullMarkdown()
  const at = doc.indexOf('|')
  view = new EditorView({
    parent: document.body,
    state: EditorState.create({ doc: doc.replace('|', ''), selection: { anchor: at }, extensions: [markdown, withStep ? closeTagStepOver() : []] })
  })
  return view
}

/** Types `text` key by key as CodeMirror does: each input handler in turn, else the plain insertion. */
function type(v: EditorView, text: string): void {
  for (const ch of text) {
    ensureSyntaxTree(v.state, v.state.doc.length, 1000)
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
  it('gets the closer inserted after <b> (lang-html), and without this extension doubles it', async () => {
    const v = await editor(PLAYER + '|\n', false)
    type(v, '<b>')
    expect(withCursor(v)).toBe(PLAYER + '<b>|</b>\n')
    type(v, 'bold</b>')
    expect(v.state.doc.toString()).toBe(PLAYER + '<b>bold</b></b>\n')
  })

  it('steps over the inserted closer when the host types it', async () => {
    const v = await editor(PLAYER + '|\n')
    type(v, '<b>bold</b> after')
    expect(withCursor(v)).toBe(PLAYER + '<b>bold</b> after|\n')
  })

  it('steps over after Japanese composed through an IME', async () => {
    const v = await editor(PLAYER + '|\n')
    type(v, '<b>')
    compose(v, '太字')
    expect(withCursor(v)).toBe(PLAYER + '<b>太字|</b>\n')
    type(v, '</b>です')
    expect(withCursor(v)).toBe(PLAYER + '<b>太字</b>です|\n')
  })

  it('nests: an inner tag typed inside an outer one', async () => {
    const v = await editor(PLAYER + '|\n')
    type(v, '<b><i>x</i></b>!')
    expect(withCursor(v)).toBe(PLAYER + '<b><i>x</i></b>!|\n')
  })

  it('does not step over a closer the host wrote themselves', async () => {
    const v = await editor(PLAYER + '<b>bold|</b>\n')
    type(v, '</b>')
    expect(v.state.doc.toString()).toBe(PLAYER + '<b>bold</b></b>\n')
  })

  it('does not step over a different closer', async () => {
    const v = await editor(PLAYER + '|\n')
    type(v, '<b>x</i>')
    expect(v.state.doc.toString()).toBe(PLAYER + '<b>x</i></b>\n')
  })
})
