// A `#anchor` link no heading (or HTML id) on the page makes goes nowhere. Heading ids follow Hugo's `github` style.
import { decodePercents } from '../../percent-decoding'
import { closestName } from '../closest'
import type { CheckRule } from '../types'

export const linkAnchorMissing: CheckRule = {
  id: 'link-anchor-missing',
  severity: 'warning',
  description: 'A link to #anchor on the same page, where no heading or element has that id.',
  check(facts, report) {
    for (const ref of facts.refs.refs) {
      if (ref.kind !== 'link' && ref.kind !== 'html-a' && ref.kind !== 'definition') continue
      if (!ref.url.startsWith('#') || ref.url === '#') continue
      const raw = ref.url.slice(1)
      const id = decodePercents(raw)
      // Footnote links are made by the footnote renderer; `#top` is a browser convention.
      if (/^fn(ref)?\d*[:-]?/.test(id) || id === 'top') continue
      const anchors = facts.anchors()
      if (anchors.has(id) || anchors.has(raw)) continue
      const guess = closestName(id, anchors, Math.max(2, Math.floor(id.length / 4)))
      report({
        from: ref.urlFrom,
        to: ref.urlTo,
        code: guess ? 'link-anchor-missing.guess' : 'link-anchor-missing',
        params: guess ? { id, url: ref.url, guess } : { id, url: ref.url },
        fix: guess ? { code: 'link-anchor-missing.guess', params: { guess }, changes: [{ from: ref.urlFrom, to: ref.urlTo, insert: `#${guess}` }] } : undefined
      })
    }
  }
}
