// The editor's own diagnostics, without the publishing checks: front matter problems and broken shortcodes, plus
// any further sources, as CodeMirror lint. Loaded on first use, with the front matter reader.
import type { EditorState } from '@codemirror/state'
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { Diagnostic } from '../../shared/diagnostic'
import { readFrontMatter } from '../../shared/front-matter'
import { parseShortcodes } from '../../shared/shortcodes/parse'
import { toLintDiagnostics } from './episode-lint'
import { frontMatterHead } from './front-matter-head'

/** More checks over the whole text (line breaks as "\n"); offsets are editor positions. */
export type DiagnosticSource = (text: string, bodyFrom: number) => Diagnostic[]

/** Every core diagnostic for the episode in `state`. */
export function editorDiagnostics(state: EditorState, sources: DiagnosticSource[] = []): Diagnostic[] {
  const head = frontMatterHead(state.doc)
  const found: Diagnostic[] = [...readFrontMatter(head.source, head.split).diagnostics]
  const text = state.doc.toString()
  found.push(...parseShortcodes(text, head.bodyFrom).diagnostics)
  for (const source of sources) found.push(...source(text, head.bodyFrom))
  return found
}

/** The same, as CodeMirror lint diagnostics (words as written). */
export function episodeDiagnostics(state: EditorState, sources: DiagnosticSource[] = []): LintDiagnostic[] {
  return toLintDiagnostics(state, editorDiagnostics(state, sources))
}

