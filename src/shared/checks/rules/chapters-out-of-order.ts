// A chapter that starts before the one above it: players would jump backwards. Fix (when the chapter lines stand
// together, one per line): sort them by time.
import type { StampLine } from '../../chapters/stamp-lines'
import type { CheckRule, FindingFix } from '../types'

export const chaptersOutOfOrder: CheckRule = {
  id: 'chapters-out-of-order',
  severity: 'warning',
  description: 'A chapter starts before the chapter above it.',
  check(facts, report) {
    const lines = facts.chapters()
    let fix: FindingFix | undefined | null = null
    for (let i = 1; i < lines.length; i++) {
      if (lines[i].chapter.start >= lines[i - 1].chapter.start) continue
      if (fix === null) fix = sortFix(facts.text, lines)
      report({
        from: lines[i].stampFrom,
        to: lines[i].stampTo,
        code: 'chapters-out-of-order',
        params: { stamp: lines[i].chapter.written, previous: lines[i - 1].chapter.written },
        fix
      })
    }
  }
}

/** Sorting is obvious only when the chapter lines follow each other with nothing between them. */
function sortFix(text: string, lines: readonly StampLine[]): FindingFix | undefined {
  for (let i = 1; i < lines.length; i++) {
    const between = text.slice(lines[i - 1].lineTo, lines[i].lineFrom)
    if (between !== '\n' && between !== '\r\n') return undefined
  }
  const first = lines[0].lineFrom
  const last = lines[lines.length - 1].lineTo
  const eol = text.slice(lines[0].lineTo, lines[0].lineTo + 2) === '\r\n' ? '\r\n' : '\n'
  const sorted = [...lines].sort((a, b) => a.chapter.start - b.chapter.start).map((l) => text.slice(l.lineFrom, l.lineTo))
  return { code: 'chapters-out-of-order.sort', changes: [{ from: first, to: last, insert: sorted.join(eol) }] }
}
