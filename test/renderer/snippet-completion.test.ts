// @vitest-environment jsdom
// Snippets in the editor: `;` and a prefix offers them, a lone `;` in prose does not, "Insert Snippet…" offers every
// snippet at the cursor, and choosing one inserts it with the values filled and the first field selected.
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { describe, expect, it } from 'vitest'
import type { Snippet } from '../../src/shared/snippets'
import { pickSnippet, snippetCompletionSource, snippetPicker } from '../../src/renderer/editor/snippet-completion'

const snippets: Snippet[] = [
  { name: 'sponsor', prefix: 'sponsor', description: 'The sponsor read', body: 'Episode ${episode} by ${1:sponsor}.', source: 'site' },
  { name: 'outro', prefix: 'outro', description: '', body: 'See you on ${date}!', source: 'user' }
]
const hooks = { snippets: () => snippets, values: () => ({ date: '2026-12-03', episode: '42', title: 'T' }) }
const source = snippetCompletionSource(hooks)

function complete(state: EditorState, explicit = false): CompletionResult | null {
  return source(new CompletionContext(state, state.selection.main.head, explicit)) as CompletionResult | null
}
const at = (doc: string) => EditorState.create({ doc, selection: { anchor: doc.length }, extensions: [snippetPicker] })

describe('snippet completion', () => {
  it('offers snippets after ; and a prefix, from the ;', () => {
    const r = complete(at('Thanks ;spo'))
    expect(r?.from).toBe(7)
    expect(r?.options.map((o) => o.label)).toEqual([';sponsor', ';outro'])
  })

  it('a lone ; in prose offers nothing unless asked', () => {
    expect(complete(at('a; b;'))).toBeNull()
    expect(complete(at('a; b;'), true)?.options).toHaveLength(2)
  })

  it('"Insert Snippet…" offers every snippet at the cursor, and inserting fills the values and selects the field', () => {
    const view = new EditorView({ state: at('Intro: ') })
    pickSnippet(view)
    const r = complete(view.state)!
    expect(r.from).toBe(7)
    const sponsor = r.options[0]
    if (typeof sponsor.apply !== 'function') throw new Error('a snippet applies itself')
    sponsor.apply(view, sponsor, r.from, r.from)
    expect(view.state.doc.toString()).toBe('Intro: Episode 42 by sponsor.')
    const sel = view.state.selection.main
    expect(view.state.sliceDoc(sel.from, sel.to)).toBe('sponsor')
    expect(view.state.field(snippetPicker)).toBe(false)
    view.destroy()
  })
})
