// Snippets in the editor: typing `;` and a snippet's prefix offers it in the completion list; "Insert Snippet…"
// (Ctrl/Cmd+;) opens the same list with every snippet at the cursor. Inserting fills `${date}`, `${episode}` and
// `${title}` and leaves numbered fields (`${1:guest}`) to tab through, as CodeMirror's snippet() does.
import { snippet, startCompletion, type Completion, type CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete'
import { StateEffect, StateField } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import { snippetTemplate, type SnippetValues } from '../../shared/snippets/fill'
import type { Snippet } from '../../shared/snippets/snippet'

export interface SnippetHooks {
  /** The site's and the user's snippets as last read. */
  snippets: () => readonly Snippet[]
  /** The values filled in when a snippet is inserted. */
  values: () => SnippetValues
}

const picking = StateEffect.define<boolean>()

/** True from "Insert Snippet…" until the next edit or cursor move: the list then offers every snippet. */
export const snippetPicker = StateField.define<boolean>({
  create: () => false,
  update: (value, tr) => {
    for (const e of tr.effects) if (e.is(picking)) return e.value
    return tr.docChanged || tr.selection ? false : value
  }
})

function option(s: Snippet, hooks: SnippetHooks): Completion {
  return {
    label: `;${s.prefix}`,
    detail: s.description || s.body.split('\n')[0].slice(0, 60),
    type: 'text',
    section: s.source === 'site' ? { name: 'site', rank: 0 } : { name: 'mine', rank: 1 },
    apply: (view, completion, from, to) => snippet(snippetTemplate(s.body, hooks.values()))(view, completion, from, to)
  }
}

export function snippetCompletionSource(hooks: SnippetHooks): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const snippets = hooks.snippets()
    if (!snippets.length) return null
    if (context.state.field(snippetPicker, false)) return { from: context.pos, options: snippets.map((s) => option(s, hooks)), filter: false }
    const typed = context.matchBefore(/;[\p{L}\p{N}_-]*$/u)
    if (!typed || (typed.text === ';' && !context.explicit)) return null
    return { from: typed.from, options: snippets.map((s) => option(s, hooks)), validFor: /^;[\p{L}\p{N}_-]*$/u }
  }
}

/** "Insert Snippet…": the completion list with every snippet, at the cursor. */
export function pickSnippet(view: EditorView): void {
  view.dispatch({ effects: picking.of(true) })
  view.focus()
  startCompletion(view)
}
