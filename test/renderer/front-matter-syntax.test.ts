// Front matter is its own block in the editor's syntax tree, its content parsed as YAML, TOML or JSON (so it is
// highlighted as such), and the Markdown body after it is Markdown again.
import { describe, expect, it } from 'vitest'
import { ensureSyntaxTree } from '@codemirror/language'
import { EditorState } from '@codemirror/state'
import { lightMarkdown } from '../../src/renderer/editor/episode-markdown'
import { splitDocument } from '../../src/shared/document'

function parsed(doc: string) {
  const state = EditorState.create({ doc, extensions: lightMarkdown() })
  // The tree ensureSyntaxTree returns: the state's own may still be the one its creation's short parse budget left.
  const tree = ensureSyntaxTree(state, doc.length, 5000)!
  /** The innermost node at the first `text` (its first character). */
  const at = (text: string) => tree.resolveInner(doc.indexOf(text) + 1, 1).name
  const block = () => {
    const node = tree.topNode.getChild('FrontMatter')
    return node ? doc.slice(node.from, node.to) : null
  }
  return { at, block }
}

describe('front matter syntax', () => {
  it('parses YAML between --- lines', () => {
    const p = parsed('---\ntitle: "#1 Hello"\ntags: [a]\n---\n\n## Notes\n')
    expect(p.block()).toBe('---\ntitle: "#1 Hello"\ntags: [a]\n---')
    expect(p.at('title')).toBe('Literal')
    expect(p.at('## Notes')).toBe('HeaderMark')
  })

  it('parses TOML between +++ lines', () => {
    const p = parsed('+++\ntitle = "#1 Hello"\n+++\n\n## Notes\n')
    expect(p.block()).toBe('+++\ntitle = "#1 Hello"\n+++')
    expect(p.at('"#1 Hello"')).toBe('string')
    expect(p.at('## Notes')).toBe('HeaderMark')
  })

  it('parses a JSON object at the top, to the brace that balances it, braces in strings ignored', () => {
    const doc = '{\n  "title": "#1 {Hello}",\n  "params": { "guest": "Mika" }\n}\n\n## Notes\n'
    const p = parsed(doc)
    expect(p.block()).toBe('{\n  "title": "#1 {Hello}",\n  "params": { "guest": "Mika" }\n}')
    expect(p.at('"title"')).toBe('PropertyName')
    expect(p.at('"#1 {Hello}"')).toBe('String')
    expect(p.at('## Notes')).toBe('HeaderMark')
  })

  it('takes all of the text as front matter while the JSON is not closed, as the reader does', () => {
    const doc = '{\n  "title": "#1"\n\n## Notes\n'
    expect(parsed(doc).block()).toBe(doc)
  })

  it('reads a shortcode opening the text as a shortcode, not JSON', () => {
    const p = parsed('{{< figure src="a.png" >}}\n\nText\n')
    expect(p.block()).toBeNull()
    expect(p.at('figure')).toBe('ShortcodeName')
  })

  it('reads a { later in the text as Markdown', () => {
    const p = parsed('Intro\n{\n"a": 1\n}\n')
    expect(p.block()).toBeNull()
  })

  it('starts after a byte order mark', () => {
    const p = parsed('\uFEFF{ "title": "x" }\nBody\n')
    expect(p.block()).toBe('{ "title": "x" }')
    expect(p.at('Body')).toBe('Paragraph')
  })

  it.each([
    ['YAML', '---\ntitle: x\n---\nBody\n'],
    ['TOML', '+++\ntitle = "x"\n+++\nBody\n'],
    ['JSON', '{\n"title": "x {y}",\n"n": {"a": "\\"}"}\n}\nBody\n'],
    ['JSON on one line', '{"title": "x"}\n\nBody\n'],
    ['unclosed YAML', '---\ntitle: x\nBody\n'],
    ['a shortcode first', '{{% alert %}}x{{% /alert %}}\n'],
    ['no front matter', '# Hello\n']
  ])('ends where the reader ends it: %s', (_name, doc) => {
    const split = splitDocument(doc)
    const expected = split.frontMatter ? doc.slice(split.frontMatter.from, split.frontMatter.to) : split.unclosed ? doc : null
    expect(parsed(doc).block()).toBe(expected)
  })
})
