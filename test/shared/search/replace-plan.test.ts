// Replace planning: only ticked matches change, regex groups, width-folded matches replace the original text,
// a field changes through the lossless front matter edit, and what cannot be done safely is refused.
import { describe, expect, it } from 'vitest'
import { defaultQuery, planReplace, previewReplacement, type SearchQuery } from '../../../src/shared/search'

const q = (p: Partial<SearchQuery>): SearchQuery => ({ ...defaultQuery, ...p })

describe('replace planning', () => {
  it('replaces only the ticked matches, counting them', () => {
    const plan = planReplace('old, old, old', q({ pattern: 'old' }), 'new', [0, 2])
    expect(plan).toEqual({ ok: true, text: 'new, old, new', count: 2 })
  })

  it('expands $1 and $<name> from the original text, even when the match was found width-folded', () => {
    expect(planReplace('Ｃｌｏｕｄ Run', q({ pattern: '(cloud) (?<w>run)', regex: true }), '$<w> on $1 ($$)', 'all')).toEqual({ ok: true, text: 'Run on Ｃｌｏｕｄ ($)', count: 1 })
  })

  it('a text pattern replaces literally ($1 is text)', () => {
    expect(planReplace('a.b', q({ pattern: '.' }), '$1', 'all')).toEqual({ ok: true, text: 'a$1b', count: 1 })
  })

  it('a field replace keeps comments, quoting and every other field', () => {
    const text = '---\n# the host wrote this\ntitle: "Old Show #3" # keep\ntags: [old, "old show"] # tags\nsummary: old\n---\nold body\n'
    const plan = planReplace(text, q({ pattern: 'old', scope: 'field', field: 'tags' }), 'new', 'all')
    expect(plan).toEqual({ ok: true, text: text.replace('[old, "old show"]', '[new, "new show"]'), count: 2 })
    const title = planReplace(text, q({ pattern: 'old', scope: 'field', field: 'title' }), 'New', 'all')
    expect(title.ok && title.text).toBe(text.replace('"Old Show #3"', '"New Show #3"'))
  })

  it.each([
    ['TOML', '+++\n# the host\ntitle = "Old show" # keep\ntags = ["old", "misc"] # tags\n+++\nold\n', 'tags = ["new", "misc"] # tags'],
    ['JSON', '{\n  "title": "Old show",\n  "tags": ["old", "misc"]\n}\nold\n', '"tags": ["new", "misc"]']
  ])('a field replace in %s front matter changes only that value', (_, text, expected) => {
    const plan = planReplace(text, q({ pattern: 'old', scope: 'field', field: 'tags' }), 'new', 'all')
    expect(plan.ok && plan.text).toBe(text.replace(/"tags" ?[=:] ?\["old", "misc"\]( # tags)?|tags = \["old", "misc"\] # tags/, expected))
  })

  it('an unticked match in a field stays', () => {
    const text = '---\ntags: [old, old]\n---\n'
    const plan = planReplace(text, q({ pattern: 'old', scope: 'field', field: 'tags' }), 'new', [1])
    expect(plan.ok && plan.text).toBe('---\ntags: [old, new]\n---\n')
  })

  it.each([
    ['a broken regular expression', 'x', q({ pattern: '(', regex: true }), 'bad-pattern'],
    ['no ticked match left', 'nothing here', q({ pattern: 'old' }), 'no-match'],
    ['a field that is not text (nothing in it is searched)', '---\ncount: 12\n---\n', q({ pattern: '1', scope: 'field', field: 'count' }), 'no-match'],
    ['a list whose items are not all written as they read', '---\ntags: [old, "o\\x6cd"]\n---\n', q({ pattern: 'old', scope: 'field', field: 'tags' }), 'field-unsafe']
  ])('refuses %s', (_, text, query, code) => {
    expect(planReplace(text, query, 'y', 'all')).toMatchObject({ ok: false, code })
  })
})

describe('the preview of a match', () => {
  it.each([
    ['text: the replacement as typed', 'Old', q({ pattern: 'old' }), 'New $1', 'New $1'],
    ['regex: groups from the match', 'Cloud Run', q({ pattern: '(\\w+) (\\w+)', regex: true }), '$2 on $1', 'Run on Cloud'],
    ['regex on a full-width match', 'Ｃｌｏｕｄ Run', q({ pattern: '(cloud) run', regex: true }), '[$1]', '[Ｃｌｏｕｄ]'],
    ['a lookbehind cannot be judged alone: as typed', 'b', q({ pattern: '(?<=a)(b)', regex: true }), '<$1>', '<$1>']
  ])('%s', (_, match, query, replacement, expected) => {
    expect(previewReplacement(match, query, replacement)).toBe(expected)
  })
})
