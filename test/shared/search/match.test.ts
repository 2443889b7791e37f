// Site search matching: text and regular expressions, case, whole words, width and kana folding, and scopes.
import { describe, expect, it } from 'vitest'
import { compileQuery, defaultQuery, findMatches, matchLines, scopeRanges, type SearchQuery } from '../../../src/shared/search'

function found(text: string, q: Partial<SearchQuery>): string[] {
  const query = { ...defaultQuery, ...q }
  return findMatches(text, compileQuery(query), query, scopeRanges(text, query)).map((m) => text.slice(m.from, m.to))
}

const EPISODE = [
  '---',
  '# the talk archetype',
  'title: "Cloud Run の話"',
  'tags: [cloud, run]',
  'image:',
  '  caption: "Cloud run diagram" # keep me',
  '---',
  '',
  'We moved to Cloud Run. cloudrun is one word; Ｃｌｏｕｄ　Ｒｕｎ is wide.',
  'カタカナのクラウド and ひらがなのくらうど.'
].join('\n')

describe('site search matching', () => {
  it.each([
    ['text, any case', { pattern: 'cloud run' }, ['Cloud Run', 'Cloud run', 'Cloud Run', 'Ｃｌｏｕｄ　Ｒｕｎ']],
    ['case-sensitive', { pattern: 'Cloud Run', caseSensitive: true }, ['Cloud Run', 'Cloud Run', 'Ｃｌｏｕｄ　Ｒｕｎ']],
    ['whole word', { pattern: 'cloud', wholeWord: true, scope: 'body' as const }, ['Cloud', 'Ｃｌｏｕｄ']],
    ['regex', { pattern: 'cloud\\s?run', regex: true, scope: 'body' as const }, ['Cloud Run', 'cloudrun', 'Ｃｌｏｕｄ　Ｒｕｎ']],
    ['a full-width pattern finds half-width text', { pattern: 'ｃｌｏｕｄｒｕｎ' }, ['cloudrun']],
    ['half-width katakana finds full-width', { pattern: 'ｸﾗｳﾄﾞ' }, ['クラウド']],
    ['kana folding off: katakana only', { pattern: 'クラウド' }, ['クラウド']],
    ['kana folding on: both', { pattern: 'クラウド', kana: true }, ['クラウド', 'くらうど']],
    ['body scope skips front matter', { pattern: 'run', scope: 'body' as const, wholeWord: true }, ['Run', 'Ｒｕｎ']],
    ['front matter scope', { pattern: 'run', scope: 'frontMatter' as const, wholeWord: true }, ['Run', 'run', 'run']],
    ['one field', { pattern: 'run', scope: 'field' as const, field: 'tags' }, ['run']],
    ['a nested field, not its key or comment', { pattern: 'cap|keep|run', regex: true, scope: 'field' as const, field: 'image.caption' }, ['run']]
  ])('%s', (_, q, expected) => {
    expect(found(EPISODE, q)).toEqual(expected)
  })

  it('refuses an empty pattern and a broken regular expression with a code', () => {
    expect(() => compileQuery({ ...defaultQuery, pattern: '' })).toThrow(expect.objectContaining({ code: 'bad-pattern' }))
    expect(() => compileQuery({ ...defaultQuery, pattern: '(a', regex: true })).toThrow(expect.objectContaining({ code: 'bad-pattern' }))
  })

  it('an absent field finds nothing', () => {
    expect(found(EPISODE, { pattern: 'run', scope: 'field', field: 'summary' })).toEqual([])
  })

  it('shows each match on its line, cut around a long line, with the match marked', () => {
    const query = { ...defaultQuery, pattern: 'ｃｌｏｕｄ' }
    const text = 'first line\n' + 'x'.repeat(200) + ' cloud ' + 'y'.repeat(200) + '\nＣｌｏｕｄ at start'
    const lines = matchLines(text, findMatches(text, compileQuery(query), query, scopeRanges(text, query)))
    expect(lines.map((l) => [l.line, l.text.slice(l.start, l.end)])).toEqual([[2, 'cloud'], [3, 'Ｃｌｏｕｄ']])
    expect(lines[0].text.startsWith('…')).toBe(true)
    expect(lines[0].text.length).toBeLessThan(140)
  })
})
