// An episode without a date sorts to the end of every list and shows no date. Fix: set it to now.
import { frontMatterStart, fieldOf } from '../facts'
import { setFieldFix } from '../text-change'
import type { CheckRule } from '../types'
import { rfc3339 } from '../when'

export const dateMissing: CheckRule = {
  id: 'date-missing',
  severity: 'warning',
  description: 'The front matter has no date (or an empty one).',
  check(facts, report) {
    if (facts.frontMatter.data === null) return
    const date = facts.fields.get('date')
    if (date !== undefined && date !== null && date !== '') return
    const field = fieldOf(facts, 'date')
    const at = field ?? frontMatterStart(facts)
    const now = rfc3339(facts.now, offsetHint(facts), facts.timeZone)
    report({
      from: at.from,
      to: at.to,
      code: 'date-missing',
      fix: setFieldFix(facts.text, 'date', now, 'date-missing.now', { date: now })
    })
  }
}

// Write the new date with the offset the host already uses in this file (publishDate's, say).
function offsetHint(facts: Parameters<CheckRule['check']>[0]): string | null {
  for (const key of ['publishdate', 'lastmod', 'expirydate']) {
    const v = facts.fields.get(key)
    if (typeof v === 'string') return v
  }
  return null
}
