// A figure whose caption was made from its file name ("Image 20261203 101307", "IMG 1234") rather than written:
// readers see it under the image and in the episode's description. An empty caption is fine.
import { isPlaceholderCaption } from '../../figure-caption'
import { getParam } from '../../render/shortcode-registry'
import { walkShortcodes } from '../../shortcodes/parse'
import type { CheckRule } from '../types'

export const figureCaptionPlaceholder: CheckRule = {
  id: 'figure-caption-placeholder',
  severity: 'warning',
  description: 'A figure caption made from the image file name ("Image 20261203 101307") instead of written.',
  check(facts, report) {
    walkShortcodes(facts.shortcodes.items, (node) => {
      if (node.name !== 'figure') return
      const key = getParam(node, 'title') ? 'title' : 'caption'
      const caption = getParam(node, key) ?? ''
      if (!isPlaceholderCaption(caption)) return
      // The caption's value in the tag when it can be found, else the whole tag.
      const tag = facts.text.slice(node.tagFrom, node.tagTo)
      const at = tag.search(new RegExp(`\\b${key}\\s*=`))
      const valueAt = at === -1 ? -1 : tag.indexOf(caption, at)
      const from = valueAt === -1 ? node.tagFrom : node.tagFrom + valueAt
      report({ from, to: valueAt === -1 ? node.tagTo : from + caption.length, code: 'figure-caption-placeholder', params: { caption } })
    })
  }
}
