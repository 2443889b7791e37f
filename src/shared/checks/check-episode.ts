// Runs every publishing check over one episode and returns its problems sorted by place: the editor's diagnostics,
// the problems panel and `shownotes check` all call this one function.
import type { Diagnostic, Severity } from '../diagnostic'
import { locator } from '../front-matter/positions'
import { renderEpisode } from '../render/render-episode'
import { collectFacts, type FactsInput } from './facts'
import { checkRules } from './registry'
import type { RuleSetting } from './config'
import { checkFixLabel, checkMessage } from './messages'
import type { CheckDiagnostic } from './types'

/** `headingIds`: the ids of the rendered page when the caller has rendered it already (else it is rendered here when needed). */
export type CheckOptions = FactsInput

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * All diagnostics of an episode: the front matter reader's, then every rule's, with the site config's settings
 * applied (rules turned off, severities changed). Sorted by offset, then severity, then rule id.
 */
export function checkEpisode(text: string, options: CheckOptions = {}): CheckDiagnostic[] {
  // Rendering the page is the costly part of a check: done only when the episode links to a #fragment.
  const facts = collectFacts(text, { ...options, headingIds: options.headingIds ?? (() => pageIds(text)) })
  const locate = locator(text)
  const settings = facts.config.rules
  const out: CheckDiagnostic[] = []
  const setting = (rule: string, fallback: Severity): Severity | null => {
    const s: RuleSetting | undefined = settings[rule]
    return s === 'off' ? null : (s ?? fallback)
  }
  for (const d of facts.frontMatter.diagnostics) {
    const severity = setting(d.rule, d.severity)
    if (severity) out.push({ ...d, severity })
  }
  for (const rule of checkRules) {
    const severity = setting(rule.id, rule.severity)
    if (!severity) continue
    rule.check(facts, (f) => {
      const from = Math.max(0, Math.min(f.from, text.length))
      const to = Math.max(from, Math.min(f.to, text.length))
      const params = f.params ?? {}
      const d: CheckDiagnostic = { from, to, ...locate(from), severity, rule: rule.id, message: checkMessage(f.code, params), code: f.code, params }
      if (f.fix) d.fix = { label: checkFixLabel(f.fix.code, f.fix.params), changes: f.fix.changes, code: f.fix.code, params: f.fix.params ?? {}, ...(f.fix.file ? { file: f.fix.file } : {}) }
      out.push(d)
    })
  }
  return sortDiagnostics(out)
}

export function sortDiagnostics<D extends Diagnostic>(list: D[]): D[] {
  return list.sort((a, b) => a.from - b.from || ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule) || a.to - b.to)
}

/** Every id the rendered page has (headings with Hugo's ids, figures, footnotes): what `#anchor` links can reach. */
function pageIds(text: string): string[] {
  const { html } = renderEpisode(text)
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeHtml(m[1]))
}

function decodeHtml(s: string): string {
  return s.includes('&') ? s.replace(/&(amp|quot|#39|lt|gt);/g, (all, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? all) : s
}
