// The outline lists headings (not `#` lines in code or front matter) with their lines; the counts count
// Japanese sensibly: each CJK character is a word, characters are what a reader sees.
import { describe, expect, it } from 'vitest'
import { Text } from '@codemirror/state'
import { outlineOf, plainHeading } from '../../src/renderer/editor/outline'
import { countBody } from '../../src/renderer/editor/doc-counts'

const doc = (s: string) => Text.of(s.split('\n'))

describe('outline', () => {
  it('lists ATX and setext headings with their lines, skipping code and front matter', () => {
    const text = ['---', '# not: a heading', '---', '', '## What we talked about', '', '```sh', '# a comment', '```', '', 'Links', '-----', '', '### 東京 {#tokyo}'].join('\n')
    const bodyFrom = text.indexOf('\n\n') + 1
    expect(outlineOf(doc(text), bodyFrom).map((h) => [h.level, h.text, h.line])).toEqual([
      [2, 'What we talked about', 5],
      [2, 'Links', 11],
      [3, '東京', 14]
    ])
  })

  it('does not take a list item above --- for a heading', () => {
    expect(outlineOf(doc('- item\n---\n'))).toEqual([])
  })

  it.each([
    ['**Bold** and `code`', 'Bold and code'],
    ['[Hugo](https://gohugo.io) tips', 'Hugo tips'],
    ['Title {#custom .class}', 'Title']
  ])('shows %s as %s', (md, plain) => {
    expect(plainHeading(md)).toBe(plain)
  })
})

describe('word and character counts', () => {
  it.each([
    ['English words', 'Ship small, ship often.', 4, 20],
    ['Japanese: one word per character', '東京ミートアップ', 8, 8],
    ['mixed: Hugo is one word, で作る three', 'Hugo で作る', 4, 7],
    ['markup left out', '## Links\n\n- [Hugo](https://gohugo.io/) **fast**', 3, 13],
    ['shortcodes left out', '{{< figure src="a.png" title="Desk" >}}\nText', 1, 4],
    ['an emoji with its variation selector is one character', '🎙️ mic', 1, 4]
  ])('%s', (_name, body, words, characters) => {
    expect(countBody(body)).toEqual({ words, characters })
  })
})
