// publishDate earlier than date: the page goes live before the episode's own date, usually a copy-paste slip.
import { parseHugoDate } from '../../episode-status'
import { fieldOf } from '../facts'
import { setFieldFix } from '../text-change'
import type { CheckRule } from '../types'

export const publishDateBeforeDate: CheckRule = {
  id: 'publish-date-before-date',
  severity: 'warning',
  description: 'publishDate is earlier than date.',
  check(facts, report) {
    const dateField = fieldOf(facts, 'date')
    const publishField = fieldOf(facts, 'publishDate')
    if (!dateField || !publishField) return
    const date = parseHugoDate(dateField.value, facts.timeZone)
    const publish = parseHugoDate(publishField.value, facts.timeZone)
    if (!date || !publish || publish.getTime() >= date.getTime()) return
    const written = typeof dateField.value === 'string' ? dateField.value : date.toISOString()
    report({
      from: publishField.from,
      to: publishField.to,
      code: 'publish-date-before-date',
      params: { publishDate: String(publishField.value), date: String(dateField.value) },
      fix: setFieldFix(facts.text, publishField.path[0], written, 'publish-date-before-date.date', { date: written })
    })
  }
}
