// A chapter shorter than ten seconds: YouTube drops the whole list, and listeners cannot hit it anyway.
import type { CheckRule } from '../types'

export const chaptersTooClose: CheckRule = {
  id: 'chapters-too-close',
  severity: 'warning',
  description: 'Two chapters start less than 10 seconds apart.',
  check(facts, report) {
    const lines = facts.chapters()
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i].chapter.start - lines[i - 1].chapter.start
      if (gap < 0 || gap >= 10) continue
      report({ from: lines[i].stampFrom, to: lines[i].stampTo, code: 'chapters-too-close', params: { title: lines[i - 1].chapter.title, seconds: gap } })
    }
  }
}
