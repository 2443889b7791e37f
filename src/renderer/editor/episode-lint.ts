// The core's diagnostics as editor lint: the publishing checks when given, else front matter problems and broken
// shortcodes (episode-diagnostics.ts), underlined in the text, in the gutter, and with the core's fix as an action.
import { StateEffect, type EditorState, type Extension } from '@codemirror/state'
import { linter, lintGutter, type Action, type Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { Diagnostic } from '../../shared/diagnostic'

/** Checks that replace the built-in ones and may run elsewhere (the publishing checks, in a worker). */
export type AsyncDiagnosticSource = (text: string) => Promise<Diagnostic[]>

/** Core diagnostics as CodeMirror's, each problem once, clamped to the document. */
export function toLintDiagnostics(state: EditorState, found: Diagnostic[]): LintDiagnostic[] {
  const length = state.doc.length
  // The publishing checks repeat the front matter's and shortcodes' own problems: show each once.
  const seen = new Set<string>()
  return found
    .filter((d) => {
      const key = `${d.from}:${d.to}:${d.message}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((d): LintDiagnostic => {
      const from = Math.min(Math.max(0, d.from), length)
      const to = Math.min(Math.max(from, d.to), length)
      const actions: Action[] = d.fix
        ? [{ name: d.fix.label, apply: (view) => view.dispatch({ changes: d.fix!.changes, userEvent: 'input.fix' }) }]
        : []
      return { from, to, severity: d.severity, message: d.message, source: d.rule, actions }
    })
    .sort((a, b) => a.from - b.from)
}

/**
 * Dispatch it to run the checks again on the same text: what they look at besides the text changed (the bundle's
 * files were listed). `forceLinting` alone does nothing once the last run has finished.
 */
export const recheck = StateEffect.define<null>()

/**
 * The lint extension. Without `checks`, the front matter and shortcode problems found here; with them, what they
 * find (they include those). Read on every pass, so the checks can change without a new editor.
 */
export function episodeLint(checks: () => AsyncDiagnosticSource | null = () => null): Extension {
  return [
    linter(
      async (view) => {
        const state = view.state
        const check = checks()
        // Without the checks, the editor's own (their front matter reader loads on first use).
        if (!check) return (await import('./episode-diagnostics')).episodeDiagnostics(state)
        return toLintDiagnostics(state, await check(state.doc.toString()))
      },
      { delay: 300, needsRefresh: (u) => u.transactions.some((tr) => tr.effects.some((e) => e.is(recheck))) }
    ),
    lintGutter()
  ]
}
