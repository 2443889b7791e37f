// A very long episode gets the line-by-line highlighter: still headings, lists, quotes, code, links, front matter
// and shortcodes, and the editor picks it by the document's length.
import { describe, expect, it } from 'vitest'
import { ensureSyntaxTree } from '@codemirror/language'
import { EditorState } from '@codemirror/state'
import { isLongDocument, longDocumentLength, longDocumentSyntax } from '../../src/renderer/editor/long-document'

function tokens(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: [longDocumentSyntax()] })
  const out: string[] = []
  ensureSyntaxTree(state, state.doc.length, 5000)!.iterate({
    enter: (n) => void (n.name !== 'Document' && n.type.name && out.push(`${n.name}:${state.sliceDoc(n.from, n.to)}`))
  })
  return out
}

describe('long documents', () => {
  it('are told by their length', () => {
    expect(isLongDocument('x'.repeat(longDocumentLength))).toBe(false)
    expect(isLongDocument('x'.repeat(longDocumentLength + 1))).toBe(true)
  })

  it('still colour the parts of show notes', () => {
    const found = tokens(['---', 'title: "x"', '# comment', '---', '## Links', '- [Hugo](https://gohugo.io) is **fast**', '> quoted', '```sh', '# not a heading', '```', 'See {{< figure src="a.png" >}} and `code`.'].join('\n'))
    expect(found).toEqual(expect.arrayContaining([
      'meta:---',
      'propertyName:title',
      'comment:# comment',
      'heading:## Links',
      'processingInstruction:-',
      'link:[Hugo](https://gohugo.io)',
      'strong:**fast**',
      'quote:> ',
      'monospace:```sh',
      'monospace:# not a heading',
      'macroName:{{< figure src="a.png" >}}',
      'monospace:`code`'
    ]))
    expect(found).not.toContain('heading:# not a heading')
  })
})
