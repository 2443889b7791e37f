// Platforms show chapters only from three of them on (YouTube's rule, and a list of one or two helps nobody).
import type { CheckRule } from '../types'

export const chaptersTooFew: CheckRule = {
  id: 'chapters-too-few',
  severity: 'info',
  description: 'The notes have one or two chapter lines; YouTube needs at least three.',
  check(facts, report) {
    const lines = facts.chapters()
    if (lines.length === 0 || lines.length >= 3) return
    report({ from: lines[0].stampFrom, to: lines[0].stampTo, code: 'chapters-too-few', params: { count: lines.length } })
  }
}
