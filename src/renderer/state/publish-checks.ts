// The publishing checks as the "Ready to publish" view lists them: read from the editor's own lint state (the
// same problems the editor underlines and its problems list shows), grouped by severity, each fix one undoable edit.
import { forEachDiagnostic, type Action } from '@codemirror/lint'
import type { EditorState } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import type { MessageParams } from '../../shared/checks/messages'
import type { Severity } from '../../shared/diagnostic'
import type { EpisodeLintDiagnostic } from '../editor/episode-lint'

export interface CheckItem {
  from: number
  to: number
  /** 1-based line of `from`. */
  line: number
  severity: Severity
  /** The message as the checks wrote it (English); `code` and `params` let the window word it in its language. */
  message: string
  code?: string
  params?: MessageParams
  /** The check's id (`title-missing`), when the problem came from a check. */
  rule: string | null
  fix: { label: string; code?: string; params?: MessageParams; action: Action } | null
}

export interface CheckGroup {
  severity: Severity
  items: CheckItem[]
}

const ORDER: Severity[] = ['error', 'warning', 'info']

/** Every problem of the editor's current lint, in document order. */
export function checksOf(state: EditorState): CheckItem[] {
  const items: CheckItem[] = []
  forEachDiagnostic(state, (lint, from, to) => {
    const d = lint as Partial<EpisodeLintDiagnostic> & typeof lint
    const action = d.actions?.[0]
    items.push({
      from,
      to,
      line: state.doc.lineAt(from).number,
      severity: d.severity === 'hint' ? 'info' : d.severity,
      message: d.english ?? d.message,
      code: d.code,
      params: d.params,
      rule: d.source ?? null,
      fix: action ? { label: d.fixWords?.label ?? action.name, code: d.fixWords?.code, params: d.fixWords?.params, action } : null
    })
  })
  return items.sort((a, b) => a.from - b.from || ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity))
}

/** Errors first, then warnings, then notes; empty groups left out. */
export function groupBySeverity(items: CheckItem[]): CheckGroup[] {
  return ORDER.map((severity) => ({ severity, items: items.filter((i) => i.severity === severity) })).filter((g) => g.items.length > 0)
}

/** Applies a problem's quick fix to the editor (one transaction, so one undo takes it back). */
export function applyFix(view: EditorView, item: CheckItem): void {
  item.fix?.action.apply(view, item.from, item.to)
}
