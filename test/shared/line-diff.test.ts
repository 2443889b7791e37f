// The unified diff `set --dry-run` prints: only changed lines with three of context, hunks numbered as `diff -u`
// numbers them, and a diff that, applied to the old text, gives the new one.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { unifiedDiff } from '../../src/shared/line-diff'

/** Applies a unified diff's hunks to `before` (what `patch` would do), checking every kept and removed line. */
function apply(before: string, diff: string): string {
  const old = before === '' ? [] : (before.endsWith('\n') ? before.slice(0, -1) : before).split('\n')
  const out: string[] = []
  let at = 0
  for (const hunk of diff.split(/^@@ /m).slice(1)) {
    const [head, ...body] = hunk.split('\n')
    const m = /^-(\d+)(?:,(\d+))? /.exec(head)!
    const from = m[2] === '0' ? Number(m[1]) : Number(m[1]) - 1
    while (at < from) out.push(old[at++])
    for (const line of body) {
      if (line[0] === '+') out.push(line.slice(1))
      else if (line[0] === ' ' || line[0] === '-') {
        expect(old[at]).toBe(line.slice(1))
        if (line[0] === ' ') out.push(old[at])
        at++
      }
    }
  }
  while (at < old.length) out.push(old[at++])
  return out.length ? out.join('\n') + '\n' : ''
}

describe('unified diff', () => {
  it('is empty for the same text', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x.md')).toBe('')
  })

  it.each([
    ['a line added at the end', 'a\nb\n', 'a\nb\nc\n', '@@ -1,2 +1,3 @@\n a\n b\n+c'],
    ['one line changed', 'a\n', 'x\n', '@@ -1 +1 @@\n-a\n+x'],
    ['a line added to an empty file', '', 'a\n', '@@ -0,0 +1 @@\n+a'],
    ['far-apart changes in two hunks', 'c\n1\n2\n3\n4\n5\n6\n7\n8\nd\n', 'C\n1\n2\n3\n4\n5\n6\n7\n8\nD\n', '@@ -1,4 +1,4 @@\n-c\n+C\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-d\n+D'],
    ['near changes in one hunk', 'c\n1\n2\nd\n', 'C\n1\n2\nD\n', '@@ -1,4 +1,4 @@\n-c\n+C\n 1\n 2\n-d\n+D']
  ])('%s', (_, before, after, hunks) => {
    expect(unifiedDiff(before, after, 'x.md')).toBe(`--- a/x.md\n+++ b/x.md\n${hunks}`)
  })

  it('applied to the old text gives the new text', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'title: x', ''), { maxLength: 30 }).map((l) => l.map((line) => line + '\n').join(''))
    fc.assert(fc.property(text, text, (before, after) => {
      expect(apply(before, unifiedDiff(before, after, 'x.md'))).toBe(after)
    }))
  })
})
