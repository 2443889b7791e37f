// A date Hugo cannot read stops the build ("unable to parse date"); say which field and what Hugo accepts.
import { parseHugoDate } from '../../episode-status'
import type { CheckRule } from '../types'

// The date fields Hugo reads (its default `frontmatter` config), in their usual spelling.
const DATE_FIELDS = ['date', 'publishDate', 'pubDate', 'published', 'lastmod', 'modified', 'expiryDate', 'unpublishdate', 'date_end']

export const dateInvalid: CheckRule = {
  id: 'date-invalid',
  severity: 'error',
  description: 'A date field holds something Hugo cannot read as a date.',
  check(facts, report) {
    const wanted = new Set(DATE_FIELDS.map((k) => k.toLowerCase()))
    for (const field of facts.frontMatter.fields) {
      if (field.path.length !== 1 || !wanted.has(field.key.toLowerCase())) continue
      const v = field.value
      if (v === null || v === undefined || v === '') continue // empty: see date-missing
      // `published: true` is Hugo's (undocumented) opposite of draft, not a date.
      if (field.key.toLowerCase() === 'published' && typeof v === 'boolean') continue
      if (parseHugoDate(v, facts.timeZone)) continue
      report({
        from: field.from,
        to: field.to,
        code: 'date-invalid',
        params: { field: field.key, value: JSON.stringify(v) }
      })
    }
  }
}
