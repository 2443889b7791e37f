// A shortcode neither Hugo, the theme nor the site defines: Hugo stops the build ("template for shortcode not found").
import { pairedShortcodes, singleShortcodes } from '../../shortcodes/known'
import { walkShortcodes } from '../../shortcodes/parse'
import { closestName } from '../closest'
import type { CheckRule } from '../types'
import type { TextChange } from '../../diagnostic'

// Hugo's embedded shortcodes and those of the Academic / Wowchemy / Hugo Blox themes hosts use.
const BUILT_IN = [
  'details', 'qr', 'x', 'comment', 'twitter_simple', 'vimeo_simple', 'instagram_simple', 'youtube', 'vimeo', 'gist',
  'highlight', 'figure', 'param', 'ref', 'relref', 'tweet', 'twitter', 'instagram',
  'alert', 'callout', 'spoiler', 'hl', 'staticref', 'diagram', 'toc', 'gallery', 'video', 'audio', 'cite', 'icon',
  'list_children', 'mention', 'table', 'embed', 'chart', 'math', 'slide', 'speaker_note', 'fragment'
]

export function knownShortcodes(extra: readonly string[] = []): Set<string> {
  return new Set([...pairedShortcodes, ...singleShortcodes, ...BUILT_IN, ...extra])
}

export const shortcodeUnknown: CheckRule = {
  id: 'shortcode-unknown',
  severity: 'warning',
  description: 'A shortcode that neither Hugo, the theme nor the site (layouts/shortcodes) defines.',
  check(facts, report) {
    const known = knownShortcodes(facts.config.shortcodes)
    walkShortcodes(facts.shortcodes.items, (node) => {
      // Inner templates (`partials/x`) and names with a folder are the site's own; Hugo finds them by path.
      if (known.has(node.name) || node.name.includes('/')) return
      const guess = closestName(node.name, known)
      const changes: TextChange[] = []
      if (guess) {
        for (const [from, to] of [[node.tagFrom, node.tagTo], ...(node.close ? [[node.close.from, node.close.to]] : [])]) {
          const at = facts.text.indexOf(node.name, from)
          if (at !== -1 && at < to) changes.push({ from: at, to: at + node.name.length, insert: guess })
        }
      }
      report({
        from: node.tagFrom,
        to: node.tagTo,
        code: guess ? 'shortcode-unknown.guess' : 'shortcode-unknown',
        params: guess ? { name: node.name, guess } : { name: node.name },
        fix: changes.length ? { code: 'shortcode-unknown.rename', params: { guess: guess! }, changes } : undefined
      })
    })
  }
}
