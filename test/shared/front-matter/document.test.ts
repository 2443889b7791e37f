// splitDocument: where the front matter ends and the body begins, byte-exact, for every shape a host's file takes.
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../../src/shared/document'

const talk = '---\ntitle: "#12 Pilot"\ndate: 2021-03-01T09:00:00+09:00\n---\n\nHello.\n'

describe('splitDocument', () => {
  const cases: Array<{ name: string; text: string; format: string | null; block: string | null; body: string; bodyLine: number; eol?: string; bom?: boolean }> = [
    { name: 'YAML front matter', text: talk, format: 'yaml', block: 'title: "#12 Pilot"\ndate: 2021-03-01T09:00:00+09:00\n', body: '\nHello.\n', bodyLine: 5 },
    { name: 'CRLF line endings', text: talk.replace(/\n/g, '\r\n'), format: 'yaml', block: 'title: "#12 Pilot"\r\ndate: 2021-03-01T09:00:00+09:00\r\n', body: '\r\nHello.\r\n', bodyLine: 5, eol: '\r\n' },
    { name: 'a BOM before the delimiter', text: '\uFEFF' + talk, format: 'yaml', block: 'title: "#12 Pilot"\ndate: 2021-03-01T09:00:00+09:00\n', body: '\nHello.\n', bodyLine: 5, bom: true },
    { name: 'no final newline', text: '---\na: 1\n---\nLast line', format: 'yaml', block: 'a: 1\n', body: 'Last line', bodyLine: 4 },
    { name: 'trailing spaces on the delimiters', text: '---  \na: 1\n--- \t\nbody  \n', format: 'yaml', block: 'a: 1\n', body: 'body  \n', bodyLine: 4 },
    { name: 'no blank line before the body', text: '---\na: 1\n---\n<iframe></iframe>\n', format: 'yaml', block: 'a: 1\n', body: '<iframe></iframe>\n', bodyLine: 4 },
    { name: 'empty front matter', text: '---\n---\nbody\n', format: 'yaml', block: '', body: 'body\n', bodyLine: 3 },
    { name: 'front matter only, no final newline', text: '+++\ntitle = "x"\n+++', format: 'toml', block: 'title = "x"\n', body: '', bodyLine: 3 },
    { name: 'no front matter', text: '# Show notes\n\ntext\n', format: null, block: null, body: '# Show notes\n\ntext\n', bodyLine: 1 },
    { name: 'empty document', text: '', format: null, block: null, body: '', bodyLine: 1 },
    { name: 'TOML', text: '+++\ntitle = "x" # c\n+++\nbody', format: 'toml', block: 'title = "x" # c\n', body: 'body', bodyLine: 4 },
    { name: 'JSON after a blank line (Hugo style)', text: '\n{\n  "title": "x {y}",\n  "tags": ["a"]\n}\n\nbody\n', format: 'json', block: '{\n  "title": "x {y}",\n  "tags": ["a"]\n}', body: '\nbody\n', bodyLine: 6 },
    { name: 'a body that starts with a shortcode is not JSON', text: '{{< youtube abc >}}\n', format: null, block: null, body: '{{< youtube abc >}}\n', bodyLine: 1 },
    { name: 'a thematic break of four dashes is not front matter', text: '----\ntext\n', format: null, block: null, body: '----\ntext\n', bodyLine: 1 },
    { name: 'a `----` line inside does not close the block', text: '---\na: 1\n----\nb: 2\n---\nbody', format: 'yaml', block: 'a: 1\n----\nb: 2\n', body: 'body', bodyLine: 6 },
    { name: '---yaml names its language', text: '---yaml\na: 1\n---\n', format: 'yaml', block: 'a: 1\n', body: '', bodyLine: 4 },
    { name: '---js is split but has no format', text: '---js\n{ title: "x" }\n---\nbody', format: null, block: '{ title: "x" }\n', body: 'body', bodyLine: 4 }
  ]
  for (const c of cases) {
    it(c.name, () => {
      const split = splitDocument(c.text)
      expect(split.format).toBe(c.format)
      expect(split.frontMatter?.text ?? null).toBe(c.block)
      expect(split.body).toBe(c.body)
      expect(split.bodyLine).toBe(c.bodyLine)
      expect(split.eol).toBe(c.eol ?? '\n')
      expect(split.bom).toBe(c.bom ?? false)
      // Rejoining is byte-exact and the offsets point into the original text.
      expect(c.text.slice(0, split.bodyFrom) + split.body).toBe(c.text)
      if (split.frontMatter) {
        const { from, to, contentFrom, contentTo, text } = split.frontMatter
        expect(c.text.slice(contentFrom, contentTo)).toBe(text)
        expect(from).toBeLessThanOrEqual(contentFrom)
        expect(to).toBeGreaterThanOrEqual(contentTo)
        expect(split.bodyFrom).toBeGreaterThanOrEqual(to)
      }
    })
  }

  it('counts offsets in UTF-16 units with the BOM included', () => {
    const split = splitDocument('\uFEFF---\ntitle: 日本\n---\nbody')
    expect(split.frontMatter).toMatchObject({ from: 1, contentFrom: 5, contentTo: 15, to: 18 })
    expect(split.bodyFrom).toBe(19)
  })

  it('reports a block that is never closed, and keeps the whole text as body', () => {
    const split = splitDocument('---\ntitle: x\n\nbody\n')
    expect(split.frontMatter).toBeNull()
    expect(split.unclosed).toEqual({ from: 0, to: 3, delimiter: '---' })
    expect(split.body).toBe('---\ntitle: x\n\nbody\n')
    expect(splitDocument('\n{ "a": 1\n').unclosed?.delimiter).toBe('{')
  })

  it('records the language of a ---js block without running it', () => {
    const split = splitDocument('---javascript\n(() => { throw new Error("ran") })()\n---\n')
    expect(split.language).toBe('javascript')
    expect(split.format).toBeNull()
  })
})
