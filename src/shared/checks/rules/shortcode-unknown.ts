// A shortcode neither Hugo, the theme nor the site defines: Hugo stops the build ("template for shortcode not found").
import { allShortcodeSets, shortcodesOf, type ShortcodeSet } from '../../shortcodes/catalog'
import { walkShortcodes } from '../../shortcodes/parse'
import { closestName } from '../closest'
import type { CheckRule } from '../types'
import type { TextChange } from '../../diagnostic'

/** The shortcodes a site can use: those of the catalog's `sets` (Hugo's, the theme's) and the site's own `extra`. */
export function knownShortcodes(extra: readonly string[] = [], sets: readonly ShortcodeSet[] = allShortcodeSets): Set<string> {
  return new Set([...shortcodesOf(sets).map((s) => s.name), ...extra])
}

export const shortcodeUnknown: CheckRule = {
  id: 'shortcode-unknown',
  severity: 'warning',
  description: 'A shortcode that neither Hugo, the theme nor the site (layouts/shortcodes) defines.',
  check(facts, report) {
    const known = knownShortcodes(facts.config.shortcodes, facts.config.shortcodeSets)
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
