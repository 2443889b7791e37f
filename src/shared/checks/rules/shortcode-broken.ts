// Shortcode tags Hugo refuses, as the shortcode parser finds them: never closed, closed without an opening (or with
// another name), tags Hugo cannot read, and pairs nested deeper than Shownotes follows: one rule each, so a site can
// set each one's severity. The parser reports a code and parameters, passed on as they are.
import type { CheckRule } from '../types'

type ParserRule = 'shortcode-unclosed' | 'shortcode-mismatched' | 'shortcode-syntax' | 'shortcode-too-deep'

function fromParser(id: ParserRule, description: string): CheckRule {
  return {
    id,
    severity: 'error',
    description,
    check(facts, report) {
      for (const d of facts.shortcodes.diagnostics) {
        if (d.rule !== id) continue
        report({ from: d.from, to: d.to, code: d.code, params: d.params })
      }
    }
  }
}

export const shortcodeUnclosed = fromParser('shortcode-unclosed', 'A paired shortcode (alert, spoiler …) is never closed.')
export const shortcodeMismatched = fromParser('shortcode-mismatched', 'A closing shortcode tag has no matching opening tag, or closes a shortcode that takes no content.')
export const shortcodeSyntax = fromParser('shortcode-syntax', 'A shortcode tag Hugo cannot read (a missing quote, a stray character).')
export const shortcodeTooDeep = fromParser('shortcode-too-deep', 'Shortcodes nested deeper than Shownotes follows (64 levels); the deepest are left unpaired.')
