// Shortcodes are their own syntax in the Markdown parse tree: names, parameters and values get their own
// nodes (so they get their own colours), escaped shortcodes are one literal node, broken tags are left alone.
import { describe, expect, it } from 'vitest'
import { markdown, markdownLanguage } from '@codemirror/lang-markdown'
import { ensureSyntaxTree } from '@codemirror/language'
import { EditorState } from '@codemirror/state'
import { shortcodeSyntax } from '../../src/renderer/editor/shortcode-syntax'
import { frontMatterSyntax } from '../../src/renderer/editor/front-matter-syntax'

const SHORTCODE_NODES = new Set(['Shortcode', 'EscapedShortcode', 'ShortcodeMark', 'ShortcodeName', 'ShortcodeParamName', 'ShortcodeValue'])

/** The shortcode nodes of `doc` as `Name:text`. */
function nodes(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: [markdown({ base: markdownLanguage, extensions: [frontMatterSyntax, shortcodeSyntax()] })] })
  const tree = ensureSyntaxTree(state, state.doc.length, 5000)!
  const out: string[] = []
  tree.iterate({ enter: (n) => void (SHORTCODE_NODES.has(n.name) && out.push(`${n.name}:${state.sliceDoc(n.from, n.to)}`)) })
  return out
}

describe('shortcode syntax', () => {
  it('splits a figure into marks, name, parameter names and values', () => {
    expect(nodes('{{< figure src="a.png" numbered="true" >}}')).toEqual([
      'Shortcode:{{< figure src="a.png" numbered="true" >}}',
      'ShortcodeMark:{{<',
      'ShortcodeName:figure',
      'ShortcodeParamName:src',
      'ShortcodeValue:"a.png"',
      'ShortcodeParamName:numbered',
      'ShortcodeValue:"true"',
      'ShortcodeMark:>}}'
    ])
  })

  it.each([
    ['a Markdown shortcode with a positional value', '{{% alert note %}}', ['ShortcodeName:alert', 'ShortcodeValue:note']],
    ['a closing tag', 'x {{% /alert %}}', ['ShortcodeMark:/', 'ShortcodeName:alert']],
    ['a bare value', '{{< youtube id=abc123 >}}', ['ShortcodeName:youtube', 'ShortcodeParamName:id', 'ShortcodeValue:abc123']],
    ['a backtick raw string', '{{< hl `a "b" c` >}}', ['ShortcodeName:hl', 'ShortcodeValue:`a "b" c`']],
    ['a self-closing tag', '{{< spoiler text="x" />}}', ['ShortcodeName:spoiler', 'ShortcodeParamName:text', 'ShortcodeValue:"x"', 'ShortcodeMark:/']],
    ['a shortcode inside a list item', '- Setup\n  {{< figure src="desk.png" >}}', ['ShortcodeName:figure', 'ShortcodeParamName:src', 'ShortcodeValue:"desk.png"']],
    ['Japanese around and inside', '写真 {{< figure title="机の上" >}} です', ['ShortcodeName:figure', 'ShortcodeParamName:title', 'ShortcodeValue:"机の上"']]
  ])('%s', (_name, doc, expected) => {
    const found = nodes(doc).filter((n) => !n.startsWith('Shortcode:') && n !== 'ShortcodeMark:{{<' && n !== 'ShortcodeMark:{{%' && n !== 'ShortcodeMark:>}}' && n !== 'ShortcodeMark:%}}')
    expect(found).toEqual(expected)
  })

  it('shows an escaped shortcode as one literal node', () => {
    expect(nodes('Write {{</* figure src="x" */>}} to add one.')).toEqual(['EscapedShortcode:{{</* figure src="x" */>}}'])
  })

  it('leaves a broken tag to the lint instead of colouring half of it', () => {
    expect(nodes('{{< figure src="a.png >}}')).toEqual([])
    expect(nodes('{{< >}}')).toEqual([])
  })

  it('keeps link and emphasis syntax inside a tag out of the Markdown', () => {
    const state = EditorState.create({ doc: '{{< figure title="*not* [a link](x)" >}}', extensions: [markdown({ extensions: [shortcodeSyntax()] })] })
    const names: string[] = []
    ensureSyntaxTree(state, state.doc.length, 5000)!.iterate({ enter: (n) => void names.push(n.name) })
    expect(names).not.toContain('Emphasis')
    expect(names).not.toContain('Link')
  })
})
