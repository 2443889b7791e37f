// The core's diagnostics as editor lint: the publishing checks when given, else front matter problems and broken
// shortcodes (episode-diagnostics.ts), underlined in the text, in the gutter, and with the core's fix as an action,
// in the UI language (a change of language lints again).
import { Facet, StateEffect, type EditorState, type Extension, type Text } from '@codemirror/state'
import { linter, lintGutter, type Action, type Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { CheckDiagnostic } from '../../shared/checks/types'
import type { TextChange } from '../../shared/diagnostic'
import type { Language } from '../i18n'

/** Checks that replace the built-in ones and may run elsewhere (the publishing checks, in a worker). */
export type AsyncDiagnosticSource = (text: string) => Promise<CheckDiagnostic[]>

/** A lint problem that keeps its check's message code and parameters, so other views can word it themselves. */
export interface EpisodeLintDiagnostic extends LintDiagnostic {
  code?: string
  params?: CheckDiagnostic['params']
  /** The message as the checks wrote it (English). */
  english: string
  /** The quick fix's label as written, with its code and parameters. */
  fixWords?: { label: string; code?: string; params?: CheckDiagnostic['params'] }
}

/** A problem's words in the UI language. */
export interface LintWords {
  message(d: CheckDiagnostic): string
  fix(d: CheckDiagnostic): string
}

const asWritten: LintWords = { message: (d) => d.message, fix: (d) => d.fix?.label ?? '' }

/** The UI language the editor's problems are worded in (set with the editor's phrases, see setup.ts). */
export const lintLanguage = Facet.define<Language, Language>({ combine: (values) => values[0] ?? 'en' })

/** The words for `lang`: as written in English; the Japanese table loads when first needed. */
async function wordsFor(lang: Language): Promise<LintWords> {
  if (lang === 'en') return asWritten
  const { checkText, fixText } = await import('../check-messages')
  return {
    message: (d) => checkText(lang, { rule: d.rule, message: d.message, code: d.code, params: d.params }),
    fix: (d) => (d.fix ? fixText(lang, d.rule, d.fix) : '')
  }
}

/** Runs a fix that works on a bundle file rather than the text (a figure check's "process this photo"). */
export type FileFix = (file: string, rule: string) => void

/** Core diagnostics as CodeMirror's, each problem once, clamped to the document. */
export function toLintDiagnostics(state: EditorState, found: CheckDiagnostic[], words: LintWords = asWritten, fileFix?: FileFix): EpisodeLintDiagnostic[] {
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
    .map((d): EpisodeLintDiagnostic => {
      const from = Math.min(Math.max(0, d.from), length)
      const to = Math.min(Math.max(from, d.to), length)
      const linted = state.doc
      const apply: Action['apply'] = (view, at) => {
        if (d.fix?.file) return fileFix?.(d.fix.file, d.rule)
        const changes = fixNow(linted, view.state.doc, d.fix!.changes, at - from)
        if (changes) view.dispatch({ changes, userEvent: 'input.fix' })
      }
      const actions: Action[] = d.fix ? [{ name: words.fix(d), apply }] : []
      const fixWords = d.fix && { label: d.fix.label, code: d.fix.code, params: d.fix.params }
      return { from, to, severity: d.severity, message: words.message(d), source: d.rule, actions, code: d.code, params: d.params, english: d.message, fixWords }
    })
    .sort((a, b) => a.from - b.from)
}

/**
 * A fix's changes for the document as it is now. The fix was made for the linted text; when the host typed since,
 * it moves with its problem (`shift`) and applies only if the text it replaces is still there, unchanged, so a
 * stale fix never deletes what is now at its old offsets.
 */
export function fixNow(linted: Text, now: Text, changes: TextChange[], shift: number): TextChange[] | null {
  if (now === linted || (shift === 0 && now.eq(linted))) return changes
  const moved = changes.map((c) => ({ from: c.from + shift, to: c.to + shift, insert: c.insert }))
  const same = moved.every((c, i) => c.from >= 0 && c.to <= now.length && now.sliceString(c.from, c.to) === linted.sliceString(changes[i].from, changes[i].to))
  return same ? moved : null
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
export function episodeLint(checks: () => AsyncDiagnosticSource | null = () => null, fileFix?: FileFix): Extension {
  return [
    linter(
      async (view) => {
        const state = view.state
        const check = checks()
        // Without the checks, the editor's own (their front matter reader loads on first use).
        const found = check ? await check(state.doc.toString()) : (await import('./episode-diagnostics')).editorDiagnostics(state)
        return toLintDiagnostics(state, found, await wordsFor(state.facet(lintLanguage)), fileFix)
      },
      {
        delay: 300,
        needsRefresh: (u) => u.startState.facet(lintLanguage) !== u.state.facet(lintLanguage) || u.transactions.some((tr) => tr.effects.some((e) => e.is(recheck)))
      }
    ),
    lintGutter()
  ]
}
