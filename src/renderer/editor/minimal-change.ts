// The smallest single replacement between two texts: an outside edit (a form field, a reload) becomes one
// small change, so the cursor, folds, undo history and the preview's chunks elsewhere stay as they were.

/** The smallest single replacement turning `before` into `after` (null when they are equal). */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null
  const max = Math.min(before.length, after.length)
  let start = 0
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  // Never cut a surrogate pair (an emoji) in two.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--
  let endB = before.length
  let endA = after.length
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--
    endA--
  }
  if (endB < before.length && isLow(before.charCodeAt(endB)) && endB > start && endA > start) {
    endB++
    endA++
  }
  return { from: start, to: endB, insert: after.slice(start, endA) }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff
