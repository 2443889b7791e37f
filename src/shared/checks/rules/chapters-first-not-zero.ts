// YouTube and Spotify read a chapter list only when its first chapter starts at 0:00. Fix: an `00:00 Intro` line
// before the first chapter, written like it.
import { stampStyleOf, writeStamp } from '../../chapters/stamp-lines'
import type { CheckRule } from '../types'

export const chaptersFirstNotZero: CheckRule = {
  id: 'chapters-first-not-zero',
  severity: 'warning',
  description: 'The first chapter does not start at 0:00, so YouTube and Spotify ignore the list.',
  check(facts, report) {
    const lines = facts.chapters()
    const first = lines[0]
    if (!first || first.chapter.start === 0) return
    const prefix = facts.text.slice(first.lineFrom, first.stampFrom)
    const eol = facts.text.slice(first.lineTo, first.lineTo + 2) === '\r\n' ? '\r\n' : '\n'
    const insert = `${prefix}${writeStamp(0, stampStyleOf(lines))} Intro${eol}`
    report({
      from: first.stampFrom,
      to: first.stampTo,
      code: 'chapters-first-not-zero',
      params: { stamp: first.chapter.written },
      fix: { code: 'chapters-first-not-zero.intro', changes: [{ from: first.lineFrom, to: first.lineFrom, insert }] }
    })
  }
}
