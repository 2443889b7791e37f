import { describe, it, expect } from 'vitest'
import { parseShortcodes, walkShortcodes } from '../../../src/shared/shortcodes/parse'
import type { ShortcodeNode } from '../../../src/shared/shortcodes/types'

const only = (text: string) => {
  const r = parseShortcodes(text)
  expect(r.diagnostics).toEqual([])
  expect(r.items).toHaveLength(1)
  return r.items[0] as ShortcodeNode
}

describe('shortcode parameters', () => {
  it.each([
    ['{{< figure src="a.png" title="My title" >}}', { kind: 'named', values: { src: 'a.png', title: 'My title' } }],
    ['{{< youtube abc-123 >}}', { kind: 'positional', values: ['abc-123'] }],
    ['{{% staticref "uploads/cv.pdf" "newtab" %}}x{{% /staticref %}}', { kind: 'positional', values: ['uploads/cv.pdf', 'newtab'] }],
    ['{{< x a="say \\"hi\\"" >}}', { kind: 'named', values: { a: 'say "hi"' } }],
    ['{{< x a=`raw "quotes" \\n` >}}', { kind: 'named', values: { a: 'raw "quotes" \\n' } }],
    ['{{< x `multi\nline` >}}', { kind: 'positional', values: ['multi\nline'] }],
    ['{{< tweet 1245117923246485504 >}}', { kind: 'positional', values: ['1245117923246485504'] }],
    ['{{< x key = "spaced" other=bare-word >}}', { kind: 'named', values: { key: 'spaced', other: 'bare-word' } }],
    ['{{<x>}}', { kind: 'positional', values: [] }],
    ['{{< figure\n  src="a.png"\n  title="multi-line tag"\n>}}', { kind: 'named', values: { src: 'a.png', title: 'multi-line tag' } }],
    ['{{< 日本 "値" >}}', { kind: 'positional', values: ['値'] }]
  ])('%s', (text, params) => {
    expect(only(text).params).toEqual(params)
  })
})

describe('shortcode structure', () => {
  it('gives offsets of the tag, the inner text and the closing tag', () => {
    const text = 'Intro\n{{< spoiler text="A" >}}inner{{< /spoiler >}} end'
    const node = only(text)
    expect(text.slice(node.from, node.to)).toBe('{{< spoiler text="A" >}}inner{{< /spoiler >}}')
    expect(text.slice(node.tagFrom, node.tagTo)).toBe('{{< spoiler text="A" >}}')
    expect(text.slice(node.inner!.from, node.inner!.to)).toBe('inner')
    expect(text.slice(node.close!.from, node.close!.to)).toBe('{{< /spoiler >}}')
  })

  it('nests paired shortcodes and keeps single ones as children', () => {
    const text = '{{% alert note %}}\n- item {{< hl >}}hi{{< /hl >}}\n  {{< figure src="x.png" >}}\n{{% /alert %}}'
    const names: [string, number][] = []
    walkShortcodes(parseShortcodes(text).items, (n, depth) => names.push([n.name, depth]))
    expect(names).toEqual([['alert', 0], ['hl', 1], ['figure', 1]])
  })

  it('pairs an unknown shortcode only when a closing tag follows', () => {
    const r = parseShortcodes('{{< box >}}a{{< /box >}} {{< badge x >}} b')
    expect(r.items.map((i) => (i.type === 'shortcode' ? [i.name, !!i.inner] : i.type))).toEqual([['box', true], ['badge', false]])
  })

  it('reads a self-closing tag as empty inner content', () => {
    const node = only('{{< hl />}}')
    expect(node.selfClosing).toBe(true)
    expect(node.inner).toBeUndefined()
  })

  it('keeps escaped shortcodes literal, as Hugo shows them', () => {
    const r = parseShortcodes('{{</* figure src="x" */>}} and {{%/* alert */%}}')
    expect(r.items.map((i) => i.type === 'escaped' && i.literal)).toEqual(['{{< figure src="x" >}}', '{{% alert %}}'])
    expect(r.count).toBe(0)
  })

  it('scans from the body offset only (front matter is never read)', () => {
    const text = '---\ntitle: "{{< not >}}"\n---\n{{< hl >}}x{{< /hl >}}'
    const r = parseShortcodes(text, text.indexOf('{{< hl'))
    expect(r.items).toHaveLength(1)
    expect((r.items[0] as ShortcodeNode).name).toBe('hl')
  })
})

describe('shortcode problems', () => {
  it.each([
    ['{{% alert note %}}\nnever closed', 'shortcode-unclosed', 1, 1, 'never closed'],
    ['text\n  {{< /hl >}}', 'shortcode-mismatched', 2, 3, 'no opening'],
    ['{{< figure src="a.png" >}}{{< /figure >}}', 'shortcode-mismatched', 1, 27, 'takes no inner content'],
    ['{{< figure src="a.png" />}}', 'shortcode-mismatched', 1, 25, 'takes no inner content'],
    ['{{< figure src="a.png" title="x >}}\nmore', 'shortcode-syntax', 1, 1, 'never closed'],
    ['{{< figure src="a.png title="x" >}}', 'shortcode-syntax', 1, 1, 'missing its closing quote'],
    ['{{< figure "a.png" title="x" >}}', 'shortcode-syntax', 1, 1, 'mixes named and positional'],
    ['{{< figure src=a.png (x) >}}', 'shortcode-syntax', 1, 1, 'must be quoted'],
    ['{{< >}}', 'shortcode-syntax', 1, 1, 'no name'],
    ['a {{< figure src="x"', 'shortcode-syntax', 1, 3, 'never closed'],
    ['{{</* figure', 'shortcode-syntax', 1, 1, 'never closed'],
    ['{{< spoiler >}}{{< hl >}}x{{< /spoiler >}}', 'shortcode-unclosed', 1, 16, '"hl" is never closed']
  ])('%j → %s at %i:%i', (text, rule, line, column, words) => {
    const d = parseShortcodes(text).diagnostics
    expect(d).toHaveLength(1)
    expect(d[0]).toMatchObject({ rule, line, column, severity: 'error' })
    expect(d[0].message).toContain(words)
  })

  it('goes on after a broken tag', () => {
    const r = parseShortcodes('{{< x ( >}} then {{< hl >}}ok{{< /hl >}}')
    expect(r.items.map((i) => i.type)).toEqual(['broken', 'shortcode'])
  })
})
