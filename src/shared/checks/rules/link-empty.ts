// `[text]()`: a link with no address; readers click and nothing happens. Fix: keep the text, drop the link.
import type { CheckRule } from '../types'

export const linkEmpty: CheckRule = {
  id: 'link-empty',
  severity: 'warning',
  description: 'A Markdown link or image with no address: [text]().',
  check(facts, report) {
    for (const ref of facts.refs.refs) {
      if ((ref.kind !== 'link' && ref.kind !== 'image') || ref.url.trim() !== '') continue
      const text = ref.text ?? ''
      const image = ref.kind === 'image'
      report({
        from: ref.from,
        to: ref.to,
        message: image
          ? `The image "${text}" has no address: add the file name between the parentheses.`
          : `The link "${text}" has no address: readers click and nothing happens. Add the URL between the parentheses, or remove the link.`,
        fix: image ? undefined : { label: text ? `Keep "${text}" as plain text` : 'Remove the empty link', changes: [{ from: ref.from, to: ref.to, insert: text }] }
      })
    }
  }
}
