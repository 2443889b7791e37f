// An empty summary: episode lists and link previews fall back to the first words of the notes (often the player).
import { fieldOf, frontMatterStart } from '../facts'
import type { CheckRule } from '../types'

export const summaryEmpty: CheckRule = {
  id: 'summary-empty',
  severity: 'warning',
  description: 'The front matter has no summary, or an empty one.',
  check(facts, report) {
    if (facts.frontMatter.data === null) return
    const summary = facts.fields.get('summary')
    if (typeof summary === 'string' && plainText(summary) !== '') return
    if (summary !== undefined && summary !== null && typeof summary !== 'string') return
    const at = fieldOf(facts, 'summary') ?? frontMatterStart(facts)
    report({
      from: at.from,
      to: at.to,
      code: 'summary-empty'
    })
  }
}

/** The summary as a reader sees it: HTML tags removed (`<br/>`), white space collapsed. */
export function plainText(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()
}
