// The preview's chunks: cuts only where a block can render alone, and re-chunking after an edit gives exactly
// what chunking the new text from scratch gives, while rescanning only near the edit.
import { describe, expect, it } from 'vitest'
import { EditorState, Text } from '@codemirror/state'
import { scanChunks, updateChunks, type Chunk } from '../../src/renderer/preview/chunks'

const options = { pairedNames: new Set(['alert', 'spoiler']) }
const chunkTexts = (text: string) => scanChunks(Text.of(text.split('\n')), 0, options).chunks.map((c) => c.text)

describe('cutting a body into chunks', () => {
  it.each([
    ['paragraphs and headings', '## A\n\nOne.\n\nTwo.\n', ['## A\n\n', 'One.\n\n', 'Two.\n']],
    ['a loose list stays whole', '- a\n\n- b\n\nAfter\n', ['- a\n\n- b\n\n', 'After\n']],
    ['a list after a heading is a chunk of its own', '## Links\n\n1. a\n2. b\n\n> q\n', ['## Links\n\n', '1. a\n2. b\n\n', '> q\n']],
    ['a list after a paragraph too, and the paragraph after it', 'Intro\n\n- a\n\n- b\n\nOutro\n', ['Intro\n\n', '- a\n\n- b\n\n', 'Outro\n']],
    ['an ordered list stays whole', '1. a\n\n2. b\n', ['1. a\n\n2. b\n']],
    ['indented continuation stays with its item', '- a\n\n  more\n\nAfter\n', ['- a\n\n  more\n\n', 'After\n']],
    ['a fence with blank lines stays whole', '```js\nx\n\ny\n```\n\nAfter\n', ['```js\nx\n\ny\n```\n\n', 'After\n']],
    ['a tilde fence', '~~~\n\n# not a heading\n~~~\n\nB\n', ['~~~\n\n# not a heading\n~~~\n\n', 'B\n']],
    ['an HTML comment over blank lines', '<!--\n\nhidden\n\n-->\n\nB\n', ['<!--\n\nhidden\n\n-->\n\n', 'B\n']],
    ['a paired shortcode over blank lines', '{{% alert note %}}\n\nInside\n\n{{% /alert %}}\n\nB\n', ['{{% alert note %}}\n\nInside\n\n{{% /alert %}}\n\n', 'B\n']],
    ['a single shortcode is a chunk of its own', '{{< figure src="a.png" >}}\n\nB\n', ['{{< figure src="a.png" >}}\n\n', 'B\n']],
    ['an escaped paired shortcode opens nothing', '{{</* alert */>}}\n\nB\n', ['{{</* alert */>}}\n\n', 'B\n']],
    ['a raw pre block', '<pre>\n\nx\n</pre>\n\nB\n', ['<pre>\n\nx\n</pre>\n\n', 'B\n']],
    ['a Japanese paragraph', 'こんにちは。\n\n世界\n', ['こんにちは。\n\n', '世界\n']]
  ])('%s', (_name, text, expected) => {
    expect(chunkTexts(text)).toEqual(expected)
    expect(chunkTexts(text).join('')).toBe(text)
  })

  it('starts at the body and gives no chunk for an empty body', () => {
    const doc = Text.of('---\ntitle: x\n---\n'.split('\n'))
    expect(scanChunks(doc, doc.length, options).chunks).toEqual([])
    const withBody = Text.of('---\ntitle: x\n---\nBody\n'.split('\n'))
    expect(scanChunks(withBody, 17, options).chunks.map((c) => c.text)).toEqual(['Body\n'])
  })
})

/** Applies an edit and checks the incremental chunks against a fresh scan. */
function editAndCompare(text: string, edit: { from: number; to?: number; insert: string }): { chunks: Chunk[]; rescanned: number } {
  const state = EditorState.create({ doc: text })
  const chunks = scanChunks(state.doc, 0, options).chunks
  const tr = state.update({ changes: edit })
  const splice = updateChunks(chunks, tr.state.doc, tr.changes, 0, options)
  const fresh = scanChunks(tr.state.doc, 0, options).chunks
  expect(chunks).toEqual(fresh)
  return { chunks, rescanned: splice.inserted.length }
}

describe('re-chunking after an edit', () => {
  const many = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} with some words.\n`).join('\n')

  it('typing in a paragraph rescans about one chunk', () => {
    const at = many.indexOf('Paragraph 100') + 9
    const { rescanned } = editAndCompare(many, { from: at, insert: 'x' })
    expect(rescanned).toBeLessThanOrEqual(2)
  })

  it('opening a fence swallows the rest, closing it cuts again', () => {
    const at = many.indexOf('Paragraph 50')
    editAndCompare(many, { from: at, insert: '```\n' })
    const fenced = many.slice(0, at) + '```\n' + many.slice(at)
    editAndCompare(fenced, { from: at, to: at + 4, insert: '' })
  })

  it.each([
    ['indenting a line joins it to the list before', '- a\n\nB\n\nC\n', { from: 5, insert: '  ' }],
    ['deleting the blank line joins two paragraphs', 'A\n\nB\n\nC\n', { from: 1, to: 2, insert: '' }],
    ['adding a blank line splits a paragraph', 'A\nB\n\nC\n', { from: 1, insert: '\n' }],
    ['typing at the very end', 'A\n\nB', { from: 4, insert: 'cd' }],
    ['typing into an empty body', '', { from: 0, insert: 'Hello\n\nWorld' }],
    ['closing a paired shortcode', '{{% alert %}}\n\nx\n\ny\n', { from: 19, insert: '{{% /alert %}}\n\n' }],
    ['replacing everything', 'A\n\nB\n', { from: 0, to: 4, insert: 'Z\n\nY\n\nX' }]
  ])('%s', (_name, text, edit) => {
    editAndCompare(text, edit)
  })
})

describe('re-chunking matches a fresh scan for any edit', () => {
  it('holds for random documents and edits (property)', async () => {
    const fc = (await import('fast-check')).default
    const pieces = ['A', 'b c', '', '- item', '  indented', '```', '~~~', '<!--', '-->', '{{% alert %}}', '{{% /alert %}}', '<pre>', '</pre>', '1. one', '## H', '日本語']
    const docArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(docArb, fc.nat(), fc.nat(), fc.array(fc.constantFrom(...pieces), { maxLength: 3 }), (text, a, b, ins) => {
        const from = a % (text.length + 1)
        const to = Math.min(text.length, from + (b % 10))
        editAndCompare(text, { from, to, insert: ins.join('\n') })
      }),
      { numRuns: 400 }
    )
  })
})
