// Where two versions of a text differ, by whole lines: everything between their common first and last lines.
// Enough to point the eye (and the scroll) at the change in a compare dialog, cheap for any length.

export interface ChangedLines {
  /** Lines of each side, split on \n (a \r stays out of sight in a <pre>). */
  left: string[]
  right: string[]
  /** Lines before `start` and the last `end` lines are the same on both sides. */
  start: number
  end: number
}

export function changedLines(leftText: string, rightText: string): ChangedLines {
  const left = leftText.split('\n')
  const right = rightText.split('\n')
  const shorter = Math.min(left.length, right.length)
  let start = 0
  while (start < shorter && left[start] === right[start]) start++
  let end = 0
  while (end < shorter - start && left[left.length - 1 - end] === right[right.length - 1 - end]) end++
  return { left, right, start, end }
}

/** True when line `i` of a side with `count` lines is inside the changed span. */
export function isChanged(span: ChangedLines, i: number, count: number): boolean {
  return i >= span.start && i < count - span.end
}
