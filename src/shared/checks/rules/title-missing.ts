// An episode needs a title: Hugo lists it by title and podcast apps show it. Fix: use the first heading.
import { fieldOf, frontMatterStart } from '../facts'
import { setFieldFix } from '../text-change'
import type { CheckRule } from '../types'

export const titleMissing: CheckRule = {
  id: 'title-missing',
  severity: 'error',
  description: 'The front matter has no title, or an empty one.',
  check(facts, report) {
    if (facts.frontMatter.data === null) return // unreadable front matter is reported by its own diagnostics
    const title = facts.fields.get('title')
    if (typeof title === 'string' ? title.trim() !== '' : title !== undefined && title !== null) return
    const field = fieldOf(facts, 'title')
    const at = field ?? frontMatterStart(facts)
    const heading = firstHeading(facts.refs.masked, facts.text.slice(facts.refs.base))
    report({
      from: at.from,
      to: at.to,
      code: field ? 'title-missing.empty' : 'title-missing.absent',
      fix: heading ? setFieldFix(facts.text, 'title', heading, 'title-missing.heading', { heading }) : undefined
    })
  }
}

// Found in the masked body (not in code or comments), read from the text as written: a heading's inline code
// (`# Using \`env\``) is part of its title.
function firstHeading(masked: string, body: string): string | undefined {
  const m = HEADING.exec(masked)
  if (!m || m[1].trim() === '') return undefined
  const line = HEADING.exec(body.slice(m.index, m.index + m[0].length))
  return line?.[1].replace(/\s*\{#[^}]*\}$/, '').trim() || undefined
}

const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m
