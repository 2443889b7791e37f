// The compare dialog marks the lines that differ between two versions (recovered or yours, and the disk's).
import { describe, expect, it } from 'vitest'
import { changedLines, isChanged } from '../../src/renderer/state/changed-lines'

const marked = (a: string, b: string) => {
  const span = changedLines(a, b)
  return [span.left.filter((_, i) => isChanged(span, i, span.left.length)), span.right.filter((_, i) => isChanged(span, i, span.right.length))]
}

describe('changed lines', () => {
  it.each([
    ['same text', 'a\nb\nc', 'a\nb\nc', [[], []]],
    ['a line added at the end', 'a\nb\n', 'a\nb\nnew\n', [[], ['new']]],
    ['a line edited in the middle', 'a\nb\nc', 'a\nB\nc', [['b'], ['B']]],
    ['a line removed at the start', 'x\na\nb', 'a\nb', [['x'], []]],
    ['changes at both ends', 'x\na\ny', 'p\na\nq', [['x', 'a', 'y'], ['p', 'a', 'q']]],
    ['a repeated line is not counted twice', 'a\na', 'a\na\na', [[], ['a']]],
    ['one side empty', '', 'a', [[''], ['a']]]
  ])('%s', (_name, a, b, expected) => {
    expect(marked(a, b)).toEqual(expected)
  })
})
