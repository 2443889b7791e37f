// readFrontMatter: every field with its type and place, dates as written, and clear diagnostics for bad input.
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../../../src/shared/front-matter'
import { jsonEpisode, talkEpisode, tomlEpisode } from './fixtures'

const field = (text: string, path: string) => readFrontMatter(text).fields.find((f) => f.path.join('.') === path)

describe('readFrontMatter (YAML)', () => {
  const fm = readFrontMatter(talkEpisode)

  it('reads the data with YAML 1.2 meanings: dates stay the strings written, `no` stays a string', () => {
    expect(fm.format).toBe('yaml')
    expect(fm.diagnostics).toEqual([])
    expect(fm.data).toMatchObject({
      title: '#7 Tea, trains and timetables',
      event: null,
      location: 'Kyoto Station',
      address: { street: null, city: 'Kyoto', postcode: '600-8216' },
      date: '2022-04-01T20:30:00+09:00',
      all_day: false,
      answer: 'no',
      authors: ['hana', 'ken'],
      image: { caption: '', focal_point: 'Smart', preview_only: false }
    })
    expect(fm.data).not.toHaveProperty('date_end')
  })

  it('lists every field with its type, line and span in the whole document', () => {
    const types = Object.fromEntries(fm.fields.map((f) => [f.path.join('.'), f.type]))
    expect(types).toMatchObject({
      title: 'string', event: 'null', address: 'map', 'address.city': 'string', date: 'date', all_day: 'boolean',
      answer: 'string', authors: 'list', tags: 'list', image: 'map', 'image.caption': 'string', slides: 'string'
    })
    const title = field(talkEpisode, 'title')!
    expect(title.line).toBe(4)
    expect(talkEpisode.slice(title.from, title.to)).toBe('title: "#7 Tea, trains and timetables"')
    const image = field(talkEpisode, 'image')!
    expect(talkEpisode.slice(image.from, image.to)).toBe('image:\n  caption: "" # shown under the picture\n  focal_point: Smart\n  preview_only: false')
    const event = field(talkEpisode, 'event')!
    expect(talkEpisode.slice(event.from, event.to)).toBe('event:')
    expect(field(talkEpisode, 'date')!.value).toBe('2022-04-01T20:30:00+09:00')
  })

  it('places lines in the whole document when a BOM and CRLF are present', () => {
    const text = '\uFEFF' + talkEpisode.replace(/\n/g, '\r\n')
    const title = field(text, 'title')!
    expect(title.line).toBe(4)
    expect(text.slice(title.from, title.to)).toBe('title: "#7 Tea, trains and timetables"')
  })

  it('treats a missing front matter as no fields, not an error', () => {
    expect(readFrontMatter('Just notes.\n')).toEqual({ format: null, data: {}, fields: [], diagnostics: [] })
    expect(readFrontMatter('---\n---\nbody')).toMatchObject({ format: 'yaml', data: {}, fields: [], diagnostics: [] })
    expect(readFrontMatter('---\n# only a comment\n---\n')).toMatchObject({ data: {}, diagnostics: [] })
  })
})

describe('readFrontMatter diagnostics', () => {
  const cases: Array<{ name: string; text: string; rule: string; line: number; column: number; message: RegExp }> = [
    { name: 'an unclosed quote', text: '---\ntitle: "Pilot\ndate: 2021-01-01\n---\nbody', rule: 'front-matter-syntax', line: 2, column: 8, message: /a quoted value is not closed — add the closing quote/ },
    { name: 'a value containing ": "', text: '---\ntitle: Pilot: the first\n---\n', rule: 'front-matter-syntax', line: 2, column: 8, message: /put the value in quotes/ },
    { name: 'a tab used to indent', text: '---\nimage:\n\tcaption: x\n---\n', rule: 'front-matter-syntax', line: 3, column: 1, message: /tab/ },
    { name: 'a duplicate key', text: '---\ntitle: a\ndraft: true\ntitle: b\n---\n', rule: 'front-matter-duplicate-key', line: 4, column: 1, message: /field title is written twice/ },
    { name: 'a list instead of fields', text: '---\n- a\n- b\n---\n', rule: 'front-matter-not-a-map', line: 2, column: 1, message: /it is a list/ },
    { name: 'a single value instead of fields', text: '\n---\njust text\n---\n', rule: 'front-matter-not-a-map', line: 3, column: 1, message: /it is a single value/ },
    { name: 'an undefined alias', text: '---\na: *nowhere\n---\n', rule: 'front-matter-syntax', line: 2, column: 4, message: /alias/ },
    { name: 'a ---js block', text: '---js\n{ title: globalThis.ranFrontMatter = "yes" }\n---\nbody', rule: 'front-matter-unsupported-language', line: 1, column: 1, message: /"js" is not supported and is never run/ },
    { name: 'a ---coffee block', text: '---coffee\ntitle: "x"\n---\n', rule: 'front-matter-unsupported-language', line: 1, column: 1, message: /"coffee"/ },
    { name: 'an unclosed block', text: '---\ntitle: x\n\nbody text\n', rule: 'front-matter-unclosed', line: 1, column: 1, message: /^The front matter starting here has no closing --- line, so Hugo cannot build this page\./ },
    { name: 'TOML syntax error', text: '+++\ntitle = "x\ndraft = false\n+++\n', rule: 'front-matter-syntax', line: 2, column: 11, message: /not valid TOML/ },
    { name: 'TOML duplicate key', text: '+++\ntitle = "x"\ntitle = "y"\n+++\n', rule: 'front-matter-duplicate-key', line: 3, column: 1, message: /written twice/ },
    { name: 'JSON syntax error', text: '{\n  "title": "x",\n}\nbody', rule: 'front-matter-syntax', line: 3, column: 1, message: /not valid JSON/ },
    { name: 'JSON array root', text: '{ "a": [1] }\n', rule: 'none', line: 0, column: 0, message: /./ }
  ]
  for (const c of cases) {
    it(`${c.name}: ${c.rule} at ${c.line}:${c.column}`, () => {
      const fm = readFrontMatter(c.text)
      if (c.rule === 'none') {
        expect(fm.diagnostics).toEqual([])
        return
      }
      const d = fm.diagnostics.find((x) => x.rule === c.rule)
      expect(d, JSON.stringify(fm.diagnostics)).toBeDefined()
      expect(d!.severity).toBe('error')
      expect([d!.line, d!.column]).toEqual([c.line, c.column])
      expect(d!.message).toMatch(c.message)
      expect(d!.message).toMatch(/^[A-Z].*\.$/s)
      expect(fm.data).toBeNull()
    })
  }

  it('never runs a ---js block', () => {
    readFrontMatter('---js\n{ title: globalThis.ranFrontMatter = "yes" }\n---\n')
    expect((globalThis as Record<string, unknown>).ranFrontMatter).toBeUndefined()
  })

  it('stops an alias bomb quickly with a diagnostic', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 10; i++) {
      const p = String.fromCharCode(96 + i)
      const n = String.fromCharCode(97 + i)
      levels.push(`${n}: &${n} [${Array(9).fill('*' + p).join(',')}]`)
    }
    const started = Date.now()
    const fm = readFrontMatter(`---\n${levels.join('\n')}\n---\nbody`)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(fm.diagnostics.map((d) => d.rule)).toContain('front-matter-aliases')
    expect(fm.data).toBeNull()
  })

  it('refuses front matter nested too deeply, in YAML flow and block style, TOML and JSON', () => {
    const deepFlow = `---\na: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`
    const deepBlock = `---\n${Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'k:').join('\n')}\n---\n`
    const deepToml = `+++\na = ${'['.repeat(5000)}${']'.repeat(5000)}\n+++\n`
    const deepJson = `{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}\n`
    for (const text of [deepFlow, deepBlock, deepToml, deepJson]) {
      const fm = readFrontMatter(text)
      expect(fm.diagnostics.map((d) => d.rule)).toEqual(['front-matter-too-deep'])
      expect(fm.diagnostics[0].message).toMatch(/nested more than 64 levels/)
    }
  })

  it('survives garbage without throwing', () => {
    const samples = ['---\n: : :\n---\n', '---\n[}{]\n---\n', '---\n"\\\n---\n', '+++\n[[[\n+++\n', '{"a": tru}\n', '---\n? - [\n---\n', '---\n&a *a\n---\n', '---\n!!binary x\n---\n']
    for (const text of samples) expect(() => readFrontMatter(text)).not.toThrow()
  })

  it('warns about characters that were not valid UTF-8', () => {
    const fm = readFrontMatter('---\ntitle: caf\uFFFD\n---\n')
    expect(fm.diagnostics).toMatchObject([{ rule: 'text-invalid-utf8', severity: 'warning', line: 2, column: 11 }])
    expect(fm.data).toEqual({ title: 'caf\uFFFD' })
  })
})

describe('readFrontMatter (TOML and JSON)', () => {
  it('reads TOML with dates as the text written and the place of every key', () => {
    const fm = readFrontMatter(tomlEpisode)
    expect(fm.format).toBe('toml')
    expect(fm.diagnostics).toEqual([])
    expect(fm.data).toEqual({
      title: 'Episode 12: Pipelines', date: '2019-05-04T09:00:00-05:00', lastmod: '2019-05-06', draft: false, weight: 12,
      explicit: 'no', guests: ['ana', 'bo'], image: { caption: 'Cover', focal: 'Center' }, params: { sponsor: 'Acme' }
    })
    const date = fm.fields.find((f) => f.key === 'date')!
    expect([date.type, date.line, tomlEpisode.slice(date.from, date.to)]).toEqual(['date', 3, 'date = 2019-05-04T09:00:00-05:00'])
    expect(fm.fields.map((f) => f.path.join('.'))).toEqual(['title', 'date', 'lastmod', 'draft', 'weight', 'explicit', 'guests', 'image', 'image.caption', 'image.focal', 'params', 'params.sponsor'])
  })

  it('reads JSON front matter after a blank line, with field places', () => {
    const fm = readFrontMatter(jsonEpisode)
    expect(fm.format).toBe('json')
    expect(fm.data).toEqual({ title: 'Fixing the feed', date: '2018-02-03T10:00:00', tags: ['rss'], params: { color: 'red' }, draft: true })
    const tags = fm.fields.find((f) => f.key === 'tags')!
    expect([tags.type, tags.line, jsonEpisode.slice(tags.from, tags.to)]).toEqual(['list', 5, '"tags": ["rss"]'])
    expect(fm.fields.find((f) => f.key === 'date')!.type).toBe('date')
  })

  it('warns about a JSON key written twice', () => {
    const fm = readFrontMatter('{\n  "a": 1,\n  "a": 2\n}\n')
    expect(fm.diagnostics).toMatchObject([{ rule: 'front-matter-duplicate-key', severity: 'warning', line: 3, column: 3 }])
  })
})
