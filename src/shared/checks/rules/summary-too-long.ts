// A summary longer than the site's limit (160 characters by default) is cut off in lists and link previews.
import { fieldOf } from '../facts'
import type { CheckRule } from '../types'
import { plainText } from './summary-empty'

export const summaryTooLong: CheckRule = {
  id: 'summary-too-long',
  severity: 'warning',
  description: 'The summary is longer than the limit (summaryLimit, 160 characters by default).',
  check(facts, report) {
    const summary = facts.fields.get('summary')
    if (typeof summary !== 'string') return
    // Characters as a reader counts them: an emoji or a kanji is one.
    const length = [...plainText(summary)].length
    const limit = facts.config.summaryLimit
    if (length <= limit) return
    const at = fieldOf(facts, 'summary')
    if (!at) return
    report({
      from: at.from,
      to: at.to,
      code: 'summary-too-long',
      params: { length, limit, over: length - limit }
    })
  }
}
