// The command line's shared argument helpers: a mistake names itself and shows the command's usage; a choice lists
// what is allowed; --workers is a whole number from 0 to 64.
import { describe, expect, it } from 'vitest'
import { choice, parseCliArgs, workersOption } from '../../src/cli/args'
import { shownFromCwd, shownPath } from '../../src/cli/shown-path'

const USAGE = 'Usage: shownotes demo FILE [--format a|b]'

describe('CLI argument helpers', () => {
  it('parses options and positionals, and shows the usage on an unknown option', () => {
    expect(parseCliArgs(['x.md', '-f', 'a'], { format: { type: 'string', short: 'f' } }, USAGE)).toMatchObject({ values: { format: 'a' }, positionals: ['x.md'] })
    expect(() => parseCliArgs(['--colour'], { format: { type: 'string' } }, USAGE)).toThrow(expect.objectContaining({ code: 'bad-arguments', message: expect.stringMatching(/Unknown option '--colour'[\s\S]*Usage: shownotes demo/) }))
  })

  it('takes one allowed word, the fallback when absent, and refuses the rest', () => {
    expect(choice('--format', 'b', ['a', 'b', 'c'], 'a', USAGE)).toBe('b')
    expect(choice('--format', undefined, ['a', 'b'], 'a', USAGE)).toBe('a')
    expect(() => choice('--format', 'x', ['a', 'b', 'c'], 'a', USAGE)).toThrow('--format must be a, b or c, not "x".')
    expect(() => choice('--format', undefined, ['a', 'b'], undefined, USAGE)).toThrow(/--format is required: a, b\.\nUsage/)
  })

  it.each([
    [undefined, undefined],
    ['0', 0],
    ['64', 64]
  ])('reads --workers %s as %s', (raw, n) => expect(workersOption(raw)).toBe(n))

  it.each(['-1', '65', '1.5', 'many', ''])('refuses --workers %s', (raw) => {
    expect(() => workersOption(raw)).toThrow('--workers must be a whole number from 0 to 64.')
  })

  it('prints paths with forward slashes, as typed or from the current folder', () => {
    expect(shownPath('.', 'content/a.md')).toBe('content/a.md')
    expect(shownPath('site\\sub', 'content/a.md')).toBe('site/sub/content/a.md')
    expect(shownFromCwd('/work', '/work/content/a.md')).toBe('content/a.md')
    expect(shownFromCwd('/work', '/work')).toBe('/work')
  })
})
