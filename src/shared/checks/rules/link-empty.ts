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
      // A title (`[text]( "title")`) is written content: no fix would keep it, so none is offered.
      const titled = facts.text.slice(ref.urlTo, ref.to - 1).replace(/^>/, '').trim() !== ''
      report({
        from: ref.from,
        to: ref.to,
        code: image ? 'link-empty.image' : 'link-empty.link',
        params: { text },
        fix: image || titled ? undefined : { code: text ? 'link-empty.keep-text' : 'link-empty.remove', params: text ? { text } : undefined, changes: [{ from: ref.from, to: ref.to, insert: text }] }
      })
    }
  }
}
