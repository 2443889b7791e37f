// Property: the linear duplicate-key check finds exactly the keys, at exactly the places, that the `yaml` package's
// own (quadratic) `uniqueKeys` check finds, for random front matter with repeated keys at several levels. (After an
// empty value, `yaml` places the error on the whitespace before the key; ours is on the key itself.)
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { YAML_OPTIONS, parseYaml } from '../../../src/shared/front-matter/yaml-parse'

const key = fc.constantFrom('a', 'b', 'c', '"a"', "'b'", '1', '"1"', 'true', '~', 'null', '? a')
const scalar = fc.constantFrom('x', '1', '"a"', '[a, a]', '{a: 1, a: 2}', '{a: 1, b: 2}', '', '&x y', '*x')
type Tree = { key: string; value: string | Tree }[]
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.array(fc.record({ key, value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('tree')) }), { maxLength: 5 })
})).tree

function text(t: Tree, indent = ''): string {
  return t
    .map(({ key: k, value }) => {
      if (typeof value === 'string') return k.startsWith('?') ? `${indent}${k}\n${indent}: ${value}\n` : `${indent}${k}: ${value}\n`
      if (!value.length) return `${indent}${k.replace('? ', '')}: {}\n`
      return `${indent}${k.replace('? ', '')}:\n${text(value, indent + '  ')}`
    })
    .join('')
}

const duplicates = (errors: { code: string; pos: [number, number] }[]) => errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos)

describe('duplicate keys in YAML front matter', () => {
  it('are found where the yaml package finds them', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (t, listed) => {
        const source = listed ? `items:\n${text(t, '  ').replace(/^ {2}(\S)/, '  - $1').replace(/\n {2}(?=\S)/g, '\n  - ')}` : text(t)
        const ours = parseYaml(source).doc
        const theirs = parseDocument(source, { ...YAML_OPTIONS, uniqueKeys: true })
        const found = duplicates(ours?.errors ?? [])
        const expected = duplicates(theirs.errors)
        expect(found).toHaveLength(expected.length)
        found.forEach(([at], i) => expect(source.slice(expected[i][0], at).trim()).toBe(''))
      }),
      { numRuns: 400 }
    )
  })

  it('are reported once per repeat, at the repeated key (also after an empty value)', () => {
    expect(duplicates(parseYaml('true: \ntrue: x\n').doc!.errors)).toEqual([[7, 8]])
    const source = 'a: 1\nb: 2\na: 3\nnested:\n  x: 1\n  x: 2\nflow: {y: 1, y: 2}\n'
    expect(duplicates(parseYaml(source).doc!.errors)).toEqual([[10, 11], [32, 33], [50, 51]])
  })
})
