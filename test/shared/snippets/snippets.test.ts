// @vitest-environment jsdom
// Snippet files and placeholder filling: the name and prefix, the front matter left out of the body, the known
// values filled in and numbered fields left for CodeMirror's snippet().
import { snippet } from '@codemirror/autocomplete'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { describe, expect, it } from 'vitest'
import { parseSnippet, snippetTemplate } from '../../../src/shared/snippets'

describe('snippet files', () => {
  it('takes its name from the file and its prefix and description from the front matter', () => {
    expect(parseSnippet('sponsor', '---\nprefix: ";ad"\ndescription: The sponsor read\n---\nThanks to ${1:sponsor}!\n', 'site')).toEqual({
      name: 'sponsor', prefix: 'ad', description: 'The sponsor read', body: 'Thanks to ${1:sponsor}!', source: 'site'
    })
  })

  it('a plain file is all body, prefixed by its name', () => {
    expect(parseSnippet('follow', 'Follow us\r\n- [X](https://x.example)\r\n', 'user')).toMatchObject({ prefix: 'follow', body: 'Follow us\n- [X](https://x.example)' })
  })
})

describe('placeholder filling', () => {
  const values = { date: '2026-12-03', episode: '42', title: 'A {weird} title' }

  it('fills date, episode and title, escaping braces, and keeps numbered fields', () => {
    expect(snippetTemplate('#${episode} on ${date}: ${title} with ${1:guest}', values)).toBe('#42 on 2026-12-03: A \\{weird\\} title with ${1:guest}')
  })

  it('inserts through snippet() with the values filled and the guest field selected; shortcodes and #{ stay text', () => {
    const state = EditorState.create({ doc: '' })
    const view = new EditorView({ state })
    const template = snippetTemplate('Guest: ${1:guest} (#${episode}, ${date})\n{{< figure src="x.png" >}} #{tag}', values)
    snippet(template)(view, null, 0, 0)
    expect(view.state.doc.toString()).toBe('Guest: guest (#42, 2026-12-03)\n{{< figure src="x.png" >}} #{tag}')
    const sel = view.state.selection.main
    expect(view.state.sliceDoc(sel.from, sel.to)).toBe('guest')
    view.destroy()
  })
})
