import { describe, it, expect } from 'vitest'
import { presetFields, type PresetValue } from '../../../src/main/services/front-matter-preset'

const fields: [string, PresetValue][] = [
  ['title', { string: '#36 "Quoted" news' }],
  ['date', { date: '2026-11-24T10:03:00+09:00' }],
  ['draft', { bool: true }]
]

describe('presetFields changes only the lines of the fields it sets', () => {
  it.each([
    [
      'YAML, values replaced, comments kept',
      '---\n# note\ntitle: "old"  # the title\ndate: 2020-01-01\ndraft: false\ntags: [a]\n---\nBody\n',
      '---\n# note\ntitle: "#36 \\"Quoted\\" news"  # the title\ndate: 2026-11-24T10:03:00+09:00\ndraft: true\ntags: [a]\n---\nBody\n'
    ],
    [
      'YAML, missing keys added after the others',
      '---\ntags: []\n---\n',
      '---\ntags: []\ntitle: "#36 \\"Quoted\\" news"\ndate: 2026-11-24T10:03:00+09:00\ndraft: true\n---\n'
    ],
    [
      'YAML, a block value replaced whole, nested keys of the same name untouched',
      '---\ntitle: >-\n  folded\n  title\nimage:\n  title: keep me\ndate:\ndraft: no\n---\n',
      '---\ntitle: "#36 \\"Quoted\\" news"\nimage:\n  title: keep me\ndate: 2026-11-24T10:03:00+09:00\ndraft: true\n---\n'
    ],
    [
      'YAML with CRLF',
      '---\r\ntitle: x\r\n---\r\n',
      '---\r\ntitle: "#36 \\"Quoted\\" news"\r\ndate: 2026-11-24T10:03:00+09:00\r\ndraft: true\r\n---\r\n'
    ],
    [
      'TOML, keys in tables untouched, new keys before the first table',
      '+++\ntitle = "x"\n[params]\ndraft = false\n+++\n',
      '+++\ntitle = "#36 \\"Quoted\\" news"\ndate = 2026-11-24T10:03:00+09:00\ndraft = true\n[params]\ndraft = false\n+++\n'
    ],
    [
      'JSON',
      '{\n  "title": "x",\n  "tags": ["a"]\n}\nBody\n',
      '{\n  "title": "#36 \\"Quoted\\" news",\n  "tags": [\n    "a"\n  ],\n  "date": "2026-11-24T10:03:00+09:00",\n  "draft": true\n}\nBody\n'
    ],
    ['no front matter', 'Body only\n', '---\ntitle: "#36 \\"Quoted\\" news"\ndate: 2026-11-24T10:03:00+09:00\ndraft: true\n---\nBody only\n']
  ])('%s', (_name, input, expected) => {
    expect(presetFields(input, fields)).toBe(expected)
  })
})
