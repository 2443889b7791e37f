// A very long episode gets the line-by-line highlighter: still headings, lists, quotes, code, links and shortcodes,
// its front matter highlighted by its own language exactly as in any episode, and the editor picks it by length.
import { describe, expect, it } from 'vitest'
import { ensureSyntaxTree } from '@codemirror/language'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { highlightTree, tags, type Tag } from '@lezer/highlight'
import { isLongDocument, longDocumentLength, longDocumentSyntax } from '../../src/renderer/editor/long-document'
import { lightMarkdown } from '../../src/renderer/editor/episode-markdown'
import { editorHighlight, frontMatterHighlight } from '../../src/renderer/editor/theme'
import { splitDocument } from '../../src/shared/document'

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
    expect(found).not.toContain('heading:# comment')
  })
})

/** The highlight classes over the front matter's text, as `text:classes`, from the long mode's marks. */
function longMarks(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: [longDocumentSyntax()] })
  const out: string[] = []
  for (const set of state.facet(EditorView.decorations)) {
    if (typeof set === 'function') continue
    for (const cursor = set.iter(); cursor.value; cursor.next()) {
      const cls = cursor.value.spec.class as string
      if (cursor.from < cursor.to) out.push(`${state.sliceDoc(cursor.from, cursor.to)}:${cls}`)
    }
  }
  return out
}

/** The same from the Markdown language an ordinary episode gets. */
function ordinaryMarks(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: [lightMarkdown()] })
  const tree = ensureSyntaxTree(state, doc.length, 5000)!
  const { frontMatter } = splitDocument(doc)
  const out: string[] = []
  highlightTree(tree, [editorHighlight, frontMatterHighlight], (from, to, cls) => void out.push(`${state.sliceDoc(from, to)}:${cls}`), frontMatter!.contentFrom, frontMatter!.contentTo)
  return out
}

describe('the front matter of a long document', () => {
  const yaml = ['---', 'title: "#9 Long"', 'draft: false', 'episode: 42', 'date: 2025-01-10T20:00:00+09:00', '# a comment', 'tags: [a, b]  # trailing', 'image:', '  caption: Desk', '---', '', 'Body'].join('\n')

  it('is highlighted by its language, exactly as in an ordinary episode', () => {
    const long = longMarks(yaml)
    expect(long).toEqual(ordinaryMarks(yaml))
    const style = (t: Tag) => editorHighlight.style([t])
    const value = frontMatterHighlight.style([tags.content])
    expect(long).toEqual(expect.arrayContaining([`title:${style(tags.propertyName)}`, `"#9 Long":${style(tags.string)}`, `# trailing:${style(tags.lineComment)}`, `caption:${style(tags.propertyName)}`, `Desk:${value}`, `42:${value}`]))
  })

  it('is highlighted in TOML and JSON too', () => {
    const toml = ['+++', 'title = "Long"', 'draft = true', '+++', '', 'Body'].join('\n')
    expect(longMarks(toml)).toEqual(ordinaryMarks(toml))
    expect(longMarks(toml).length).toBeGreaterThan(2)
    const json = ['{', '  "title": "Long",', '  "draft": true', '}', '', 'Body'].join('\n')
    expect(longMarks(json)).toEqual(ordinaryMarks(json))
    expect(longMarks(json).length).toBeGreaterThan(2)
  })

  it('follows edits to the front matter, and keeps its marks through edits below it', () => {
    let state = EditorState.create({ doc: yaml, extensions: [longDocumentSyntax()] })
    state = state.update({ changes: { from: yaml.indexOf('42'), to: yaml.indexOf('42') + 2, insert: 'true' } }).state
    state = state.update({ changes: { from: state.doc.length, insert: ' more' } }).state
    const marks: string[] = []
    for (const set of state.facet(EditorView.decorations)) {
      if (typeof set === 'function') continue
      for (const c = set.iter(); c.value; c.next()) if (c.from < c.to) marks.push(state.sliceDoc(c.from, c.to))
    }
    expect(marks).toEqual(expect.arrayContaining(['episode', 'true', 'title']))
    expect(marks).not.toContain('42')
  })
})
