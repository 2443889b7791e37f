// setField / deleteField: only the edited field's text changes; quoting, comments, layout and the body are kept.
import { describe, expect, it } from 'vitest'
import { deleteField, readFrontMatter, setField } from '../../../src/shared/front-matter'
import { UserError } from '../../../src/shared/user-error'
import { jsonEpisode, talkEpisode, tomlEpisode } from './fixtures'

/** A YAML document from front matter lines and a body. */
const yaml = (lines: string[], body = 'Body.\n'): string => `---\n${lines.join('\n')}\n---\n${body}`

describe('setField on YAML', () => {
  const cases: Array<[name: string, before: string[], path: string, value: unknown, after: string[]]> = [
    ['a double-quoted value stays double-quoted', ['title: "#7 Old"'], 'title', '#8 New', ['title: "#8 New"']],
    ['a single-quoted value stays single-quoted', ["place: 'Kyoto'"], 'place', "Kyoto's station", ["place: 'Kyoto''s station'"]],
    ['a plain value stays plain when safe', ['abstract: plain words'], 'abstract', 'other words', ['abstract: other words']],
    ['a plain value is quoted when plain would change its meaning', ['abstract: plain'], 'abstract', '#9: a: b', ['abstract: "#9: a: b"']],
    ['"yes" and "no" are quoted so YAML 1.1 readers keep them strings', ['answer: maybe'], 'answer', 'yes', ['answer: "yes"']],
    ['an empty value gets a value', ['event:', 'other: 1'], 'event', 'Summit', ['event: Summit', 'other: 1']],
    ['an empty value keeps its comment', ['event: # where it was'], 'event', 'Summit', ['event: Summit # where it was']],
    ['trailing spaces after an empty value are replaced', ['event:   '], 'event', 'Summit', ['event: Summit']],
    ['a comment after the value stays', ['  caption: "" # shown under the picture'].map((l) => l.trimStart()), 'caption', 'Cover', ['caption: "Cover" # shown under the picture']],
    ['a date keeps its offset and stays plain', ['date: 2022-04-01T20:30:00+09:00', '#date_end: 2022-04-01T21:30:00+09:00'], 'date', '2022-05-06T08:00:00+09:00', ['date: 2022-05-06T08:00:00+09:00', '#date_end: 2022-04-01T21:30:00+09:00']],
    ['a boolean', ['draft: false # hide it'], 'draft', true, ['draft: true # hide it']],
    ['a number', ['weight: 10'], 'weight', 2.5, ['weight: 2.5']],
    ['null empties the value', ['summary: "old" # note'], 'summary', null, ['summary: # note']],
    ['a line break in a plain value is written double-quoted', ['note: one'], 'note', 'one\ntwo', ['note: "one\\ntwo"']],
    ['a block literal stays a block literal', ['summary: |', '  first', '  second', 'next: 1'], 'summary', 'one\nthree\n', ['summary: |', '  one', '  three', 'next: 1']],
    ['a nested value', ['image:', '  caption: ""', '  focal_point: Smart'], 'image.caption', 'Cover', ['image:', '  caption: "Cover"', '  focal_point: Smart']],
    ['a nested empty value', ['address:', '  street:', '  city:'], 'address.city', 'Kyoto', ['address:', '  street:', '  city: Kyoto']],
    ['a new key goes after the last key, before a trailing comment block', ['a: 1', 'b: 2', '', '# links:', '#   - name: x'], 'c', 3, ['a: 1', 'b: 2', 'c: 3', '', '# links:', '#   - name: x']],
    ['a new key follows the map\'s quoting habit', ['title: "x"', 'slides: ""'], 'event', 'Summit', ['title: "x"', 'slides: ""', 'event: "Summit"']],
    ['a new key inside a nested map uses its indentation', ['address:', '    city: Kyoto', 'after: 1'], 'address.region', 'Kansai', ['address:', '    city: Kyoto', '    region: Kansai', 'after: 1']],
    ['a missing parent becomes a new nested map', ['title: x'], 'image.caption', 'Cover', ['title: x', 'image:', '  caption: Cover']],
    ['an empty parent gets the nested map', ['image:', 'title: x'], 'image.caption', 'Cover', ['image:', '  caption: Cover', 'title: x']],
    ['an empty flow list gets items in the file\'s quoting', ['title: "x"', 'tags: []'], 'tags', ['aws', 'no'], ['title: "x"', 'tags: ["aws", "no"]']],
    ['a flow list keeps the style of its first item', ['authors: [hana, "ken"]'], 'authors', ['hana', 'mio'], ['authors: [hana, mio]']],
    ['a block list stays a block list', ['tags:', '  - a', '  - b', 'x: 1'], 'tags', ['c'], ['tags:', '  - c', 'x: 1']],
    ['a list of maps is written as block lines', ['title: x'], 'links', [{ name: 'Site', url: 'https://example.org' }], ['title: x', 'links:', '  - name: Site', '    url: https://example.org']],
    ['a map replacing an empty value', ['image:'], 'image', { caption: 'c', preview_only: false }, ['image:', '  caption: c', '  preview_only: false']],
    ['a scalar replacing a map', ['image:', '  caption: c', 'x: 1'], 'image', 'featured.png', ['image: featured.png', 'x: 1']],
    ['a flow map stays a flow map', ['image: {caption: c}'], 'image.focal', 'Top', ['image: {caption: c, focal: Top}']],
    ['an item of a list of maps', ['links:', '  - name: Site', '    url: old'], 'links.0.url', 'new', ['links:', '  - name: Site', '    url: new']],
    ['an anchor on the value is kept', ['a: &x old', 'b: 1'], 'a', 'new', ['a: &x new', 'b: 1']]
  ]
  for (const [name, before, path, value, after] of cases) {
    it(name, () => {
      const result = setField(yaml(before), path, value)
      expect(result).toBe(yaml(after))
      expect(readFrontMatter(result).diagnostics).toEqual([])
    })
  }

  it('changes only the edited line of a full episode, comments and commented-out keys included', () => {
    const result = setField(talkEpisode, 'title', '#8 Night buses')
    const before = talkEpisode.split('\n')
    const after = result.split('\n')
    expect(after.length).toBe(before.length)
    expect(after.filter((l, i) => l !== before[i])).toEqual(['title: "#8 Night buses"'])
    expect(result).toContain('#date_end: 2022-04-01T21:30:00+09:00')
  })

  it('returns the identical text when a field is set to its current value', () => {
    for (const f of readFrontMatter(talkEpisode).fields) {
      expect(setField(talkEpisode, f.path, f.value), f.path.join('.')).toBe(talkEpisode)
    }
    expect(setField(tomlEpisode, 'date', '2019-05-04T09:00:00-05:00')).toBe(tomlEpisode)
    expect(setField(jsonEpisode, 'tags', ['rss'])).toBe(jsonEpisode)
  })

  it('keeps CRLF line endings and the BOM', () => {
    const text = '\uFEFF---\r\ntitle: "a"\r\n---\r\nbody\r\n'
    expect(setField(text, 'title', 'b')).toBe('\uFEFF---\r\ntitle: "b"\r\n---\r\nbody\r\n')
    expect(setField(text, 'image.caption', 'c')).toBe('\uFEFF---\r\ntitle: "a"\r\nimage:\r\n  caption: "c"\r\n---\r\nbody\r\n')
    expect(deleteField(setField(text, 'draft', true), 'draft')).toBe(text)
  })

  it('works on a file that is front matter only, without a final newline', () => {
    expect(setField('---\na: 1\n---', 'b', 2)).toBe('---\na: 1\nb: 2\n---')
  })

  it('adds a YAML block at the top when there is no front matter', () => {
    expect(setField('# Notes\n', 'title', '#1 Hello')).toBe('---\ntitle: "#1 Hello"\n---\n# Notes\n')
    expect(setField('\uFEFFNotes\r\n', 'draft', true)).toBe('\uFEFF---\r\ndraft: true\r\n---\r\nNotes\r\n')
    expect(setField('', 'image.caption', 'x')).toBe('---\nimage:\n  caption: x\n---\n')
    expect(setField('---\n---\nbody', 'title', 'x')).toBe('---\ntitle: x\n---\nbody')
  })

  it('leaves the body byte-identical', () => {
    const body = '\n<iframe src="x"></iframe>\n---\ntitle: not front matter\n  trailing spaces   \n'
    const text = yaml(['title: a'], body)
    expect(setField(text, 'title', 'b').endsWith('---\n' + body)).toBe(true)
  })
})

describe('deleteField on YAML', () => {
  const cases: Array<[name: string, before: string[], path: string, after: string[]]> = [
    ['removes the line, keeps the comments around it', ['# the title', 'title: x # inline', '# next', 'b: 1'], 'title', ['# the title', '# next', 'b: 1']],
    ['removes a nested key', ['image:', '  caption: ""', '  focal_point: Smart'], 'image.caption', ['image:', '  focal_point: Smart']],
    ['removes a whole map', ['image:', '  caption: ""', 'b: 1'], 'image', ['b: 1']],
    ['removing the only key of a map leaves an empty map', ['image:', '  caption: ""', 'b: 1'], 'image.caption', ['image: {}', 'b: 1']],
    ['removing the only item of a list leaves an empty list', ['tags:', '  - a', 'b: 1'], 'tags.0', ['tags: []', 'b: 1']],
    ['removes a list item from a flow list', ['tags: [a, b, c]'], 'tags.1', ['tags: [a, c]']],
    ['removes the last item of a flow list', ['tags: [a, b]'], 'tags.1', ['tags: [a]']],
    ['removes an item of a block list', ['tags:', '  - a', '  - b'], 'tags.0', ['tags:', '  - b']],
    ['removes the first key of a map in a list item', ['links:', '  - name: x', '    url: y'], 'links.0.name', ['links:', '  - url: y']],
    ['leaves the text alone when the field is missing', ['a: 1'], 'nothing.here', ['a: 1']]
  ]
  for (const [name, before, path, after] of cases) {
    it(name, () => expect(deleteField(yaml(before), path)).toBe(yaml(after)))
  }
})

describe('setField on TOML and JSON', () => {
  const toml = (lines: string[]): string => `+++\n${lines.join('\n')}\n+++\nBody`
  const tomlCases: Array<[name: string, before: string[], path: string, value: unknown, after: string[]]> = [
    ['a basic string, comment kept', ['title = "a" # c'], 'title', 'b "q"', ['title = "b \\"q\\"" # c']],
    ['a literal string stays literal', ["explicit = 'no'"], 'explicit', 'yes', ["explicit = 'yes'"]],
    ['a bare date stays bare', ['date = 2019-05-04T09:00:00-05:00'], 'date', '2020-01-02T03:04:05+09:00', ['date = 2020-01-02T03:04:05+09:00']],
    ['an array', ['guests = ["ana"]'], 'guests', ['ana', 'bo'], ['guests = ["ana", "bo"]']],
    ['a new key goes after the last top-level key, before tables', ['a = 1', '#b = 2', '', '[params]', 'x = 1'], 'c', true, ['a = 1', 'c = true', '#b = 2', '', '[params]', 'x = 1']],
    ['a new key in an existing table', ['a = 1', '[params]', 'x = 1', '', '[other]'], 'params.y', 'z', ['a = 1', '[params]', 'x = 1', 'y = "z"', '', '[other]']],
    ['a new key in an inline table', ['image = { caption = "c" }'], 'image.focal', 'Top', ['image = { caption = "c", focal = "Top" }']],
    ['a new table at the end', ['a = 1'], 'image.caption', 'c', ['a = 1', '', '[image]', 'caption = "c"']],
    ['a nested value in a table', ['[params]', 'sponsor = "Acme"'], 'params.sponsor', 'Beta', ['[params]', 'sponsor = "Beta"']]
  ]
  for (const [name, before, path, value, after] of tomlCases) {
    it(`TOML: ${name}`, () => expect(setField(toml(before), path, value)).toBe(toml(after)))
  }
  it('TOML: deletes a key line and keeps the rest', () => {
    expect(deleteField(tomlEpisode, 'guests')).toBe(tomlEpisode.replace('guests = ["ana", "bo"] # file names of the guests\n', ''))
    expect(deleteField(tomlEpisode, 'image.focal')).toBe(tomlEpisode.replace(', focal = "Center"', ''))
  })

  it('JSON: sets, adds and deletes members with a minimal change', () => {
    expect(setField(jsonEpisode, 'title', 'New')).toBe(jsonEpisode.replace('"Fixing the feed"', '"New"'))
    expect(setField(jsonEpisode, 'summary', 'x')).toBe(jsonEpisode.replace('"draft": true', '"draft": true,\n  "summary": "x"'))
    expect(setField(jsonEpisode, 'params.size', 2)).toBe(jsonEpisode.replace('"color": "red"', '"color": "red", "size": 2'))
    expect(deleteField(jsonEpisode, 'tags')).toBe(jsonEpisode.replace('  "tags": ["rss"],\n', ''))
    expect(deleteField(jsonEpisode, 'draft')).toBe(jsonEpisode.replace(',\n  "draft": true', ''))
  })
})

describe('refusing edits', () => {
  const refuse = (fn: () => unknown, message: RegExp) => {
    let error: unknown
    try {
      fn()
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(message)
  }
  it('refuses to rewrite front matter with a syntax error, saying where', () => {
    refuse(() => setField('---\ntitle: "x\nb: 1\n---\n', 'b', 2), /^Line 2: .*quoted value is not closed.*Fix it before changing fields\.$/)
    refuse(() => setField('---\na: 1\na: 2\n---\n', 'b', 2), /^Line 3: .*written twice/)
  })
  it('refuses a path through a value that is not a map', () => {
    refuse(() => setField(talkEpisode, 'title.main', 'x'), /"title" holds a single value, not fields, so "title.main" cannot be set/)
    refuse(() => setField(talkEpisode, 'tags.3', 'x'), /"tags" is a list and it is empty/)
    refuse(() => setField(tomlEpisode, 'title.x', 1), /"title" holds a single value/)
    refuse(() => setField(jsonEpisode, 'title.x', 1), /"title" holds a single value/)
  })
  it('refuses unsupported languages, unclosed blocks, bad paths and values', () => {
    refuse(() => setField('---js\n{}\n---\n', 'a', 1), /"js" cannot be edited/)
    refuse(() => setField('---\na: 1\n', 'a', 2), /no closing --- line/)
    refuse(() => setField(talkEpisode, 'image..caption', 1), /is not a field name/)
    refuse(() => setField(talkEpisode, 'a', undefined), /cannot be written as front matter/)
    refuse(() => setField(tomlEpisode, 'title', null), /TOML front matter cannot hold an empty value/)
  })
})
