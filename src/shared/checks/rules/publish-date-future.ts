// Not a draft, yet dated in the future: Hugo leaves the page out of the site until then. Say when it appears.
import { resolveEpisodeDates } from '../../episode-status'
import { fieldOf } from '../facts'
import type { CheckRule } from '../types'
import { formatAppearance } from '../when'

export const publishDateFuture: CheckRule = {
  id: 'publish-date-future',
  severity: 'info',
  description: 'The episode is not a draft but its publishDate (or date) is in the future, so it is scheduled.',
  check(facts, report) {
    if (!facts.frontMatter.data) return
    const dates = resolveEpisodeDates(facts.frontMatter.data, facts.timeZone)
    if (dates.draft || !dates.publishDate || dates.publishDate.getTime() <= facts.now.getTime()) return
    const written = dates.written.publishDate
    const field = facts.frontMatter.fields.find((f) => f.path.length === 1 && String(f.value) === written && /^(publishdate|pubdate|published|date)$/i.test(f.key)) ?? fieldOf(facts, 'date')
    if (!field) return
    const when = formatAppearance(dates.publishDate, written, facts.timeZone)
    report({
      from: field.from,
      to: field.to,
      code: 'publish-date-future',
      params: { when }
    })
  }
}
