// The core's diagnostics as editor lint: front matter problems and broken shortcodes (and, when given, the
// publishing checks), underlined in the text, in the gutter, and with the core's fix as an action.
import { StateEffect, type EditorState, type Extension } from '@codemirror/state'
import { linter, lintGutter, type Action, type Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { Diagnostic } from '../../shared/diagnostic'
import { readFrontMatter } from '../../shared/front-matter'
import { parseShortcodes } from '../../shared/shortcodes/parse'
import { frontMatterHead } from './front-matter-head'

/** More checks over the whole text (line breaks as "\n"); offsets are editor positions. */
export type DiagnosticSource = (text: string, bodyFrom: number) => Diagnostic[]

/** Checks that replace the built-in ones and may run elsewhere (the publishing checks, in a worker). */
export type AsyncDiagnosticSource = (text: string) => Promise<Diagnostic[]>

/** Every core diagnostic for the episode in `state`, as CodeMirror lint diagnostics. */
export function episodeDiagnostics(state: EditorState, sources: DiagnosticSource[] = []): LintDiagnostic[] {
  const head = frontMatterHead(state.doc)
  const found: Diagnostic[] = [...readFrontMatter(head.source, head.split).diagnostics]
  const text = state.doc.toString()
  found.push(...parseShortcodes(text, head.bodyFrom).diagnostics)
  for (const source of sources) found.push(...source(text, head.bodyFrom))
  return toLintDiagnostics(state, found)
}

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
        if (!check) return episodeDiagnostics(state)
        return toLintDiagnostics(state, await check(state.doc.toString()))
      },
      { delay: 300, needsRefresh: (u) => u.transactions.some((tr) => tr.effects.some((e) => e.is(recheck))) }
    ),
    lintGutter()
  ]
}
