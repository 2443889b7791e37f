// Which bytes a Range header asks for: first, middle, last and suffix ranges, cut-short long ranges, and the
// malformed or unsatisfiable ones a 416 answers.
import { describe, expect, it } from 'vitest'
import { byteRange, contentRange } from '../../src/shared/http-range'

const size = 1000

describe('byteRange', () => {
  it.each([
    ['no header', undefined, { kind: 'full' }],
    ['an empty header', '', { kind: 'full' }],
    ['another unit', 'items=0-5', { kind: 'full' }],
    ['several ranges (answered whole)', 'bytes=0-1, 5-6', { kind: 'full' }],
    ['the first byte', 'bytes=0-0', { kind: 'partial', start: 0, end: 0 }],
    ['the start, open-ended (what players send first)', 'bytes=0-', { kind: 'partial', start: 0, end: 999 }],
    ['a middle range', 'bytes=100-199', { kind: 'partial', start: 100, end: 199 }],
    ['the last byte', 'bytes=999-999', { kind: 'partial', start: 999, end: 999 }],
    ['the last byte, open-ended', 'bytes=999-', { kind: 'partial', start: 999, end: 999 }],
    ['an end past the file (clamped)', 'bytes=900-5000', { kind: 'partial', start: 900, end: 999 }],
    ['the last 500 bytes', 'bytes=-500', { kind: 'partial', start: 500, end: 999 }],
    ['a suffix longer than the file', 'bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['spaces and case', ' Bytes = 10-19 ', { kind: 'partial', start: 10, end: 19 }],
    ['a start at the size', 'bytes=1000-', { kind: 'unsatisfiable' }],
    ['a start past the size', 'bytes=2000-3000', { kind: 'unsatisfiable' }],
    ['an end before the start', 'bytes=500-100', { kind: 'unsatisfiable' }],
    ['an empty suffix', 'bytes=-0', { kind: 'unsatisfiable' }],
    ['no numbers', 'bytes=-', { kind: 'unsatisfiable' }],
    ['not numbers', 'bytes=abc-def', { kind: 'unsatisfiable' }],
    ['a negative start', 'bytes=--5', { kind: 'unsatisfiable' }],
    ['a fraction', 'bytes=1.5-3', { kind: 'unsatisfiable' }]
  ])('%s', (_name, header, answer) => {
    expect(byteRange(header, size)).toEqual(answer)
  })

  it('answers nothing of an empty file but 416', () => {
    expect(byteRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' })
    expect(byteRange('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' })
  })

  it('cuts a long range short at the limit, from its start', () => {
    expect(byteRange('bytes=100-', size, 64)).toEqual({ kind: 'partial', start: 100, end: 163 })
    expect(byteRange('bytes=0-999', size, 64)).toEqual({ kind: 'partial', start: 0, end: 63 })
  })
})

describe('contentRange', () => {
  it('writes the range sent, or the size alone for a 416', () => {
    expect(contentRange({ kind: 'partial', start: 0, end: 499 }, 1234)).toBe('bytes 0-499/1234')
    expect(contentRange({ kind: 'unsatisfiable' }, 1234)).toBe('bytes */1234')
  })
})
