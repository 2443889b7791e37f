// A pasted URL as a titled link: it shows at once as `[url](url)`; when the page's title arrives, the link's text
// becomes the title, and one undo gives back the bare URL that was pasted. A failed fetch changes nothing, quietly.
import { isolateHistory, redo, undo, undoDepth } from '@codemirror/commands'
import { StateEffect, StateField, type EditorState } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import { linkTextOf, markdownLink } from '../../shared/links/link-text'

interface Pending {
  from: number
  to: number
  url: string
  /** The history's depth right after the link was made: the same depth later means it is still the last edit. */
  depth: number
}

const addPending = StateEffect.define<Pending>()
const dropPending = StateEffect.define<Pending>()

/** Links waiting for their title, kept in step with edits made meanwhile. */
export const pendingTitles = StateField.define<Pending[]>({
  create: () => [],
  update(list, tr) {
    let next = tr.docChanged ? list.map((p) => ({ ...p, from: tr.changes.mapPos(p.from, 1), to: tr.changes.mapPos(p.to, -1) })) : list
    for (const e of tr.effects) {
      if (e.is(addPending)) next = [...next, e.value]
      if (e.is(dropPending)) next = next.filter((p) => p.url !== e.value.url || p.from !== e.value.from)
    }
    return next
  }
})

/**
 * Pastes `url` over the selection as a link and asks for its title. Two undo steps: the link (back to the bare URL),
 * then the paste itself.
 */
export function pasteTitledLink(view: EditorView, url: string, fetchTitle: (url: string) => Promise<string | null>): void {
  const { from, to } = view.state.selection.main
  view.dispatch({ changes: { from, to, insert: url }, selection: { anchor: from + url.length }, userEvent: 'input.paste', scrollIntoView: true })
  const link = markdownLink(url, url)
  view.dispatch({
    changes: { from, to: from + url.length, insert: link },
    selection: { anchor: from + link.length },
    userEvent: 'input.paste',
    // Its own history step: typing right after it is never joined to it.
    annotations: isolateHistory.of('full')
  })
  const pending: Pending = { from, to: from + link.length, url, depth: undoDepth(view.state) }
  view.dispatch({ effects: addPending.of(pending) })
  void fetchTitle(url)
    .catch(() => null)
    .then((title) => finish(view, pending, title))
}

function finish(view: EditorView, asked: Pending, title: string | null): void {
  if (!view.dom.isConnected) return
  // Never in the middle of an IME composition: the title waits until the Japanese being typed is committed.
  if (view.composing) return void setTimeout(() => finish(view, asked, title), 100)
  const state = view.state
  const pending = state.field(pendingTitles, false)?.find((p) => p.url === asked.url && p.depth === asked.depth)
  if (!pending) return
  const drop = dropPending.of(pending)
  const text = title ? linkTextOf(title) : ''
  const link = markdownLink(asked.url, asked.url)
  // Edited meanwhile (undone, typed into), or no title: the link stays as it is.
  if (!text || state.sliceDoc(pending.from, pending.to) !== link) return view.dispatch({ effects: drop })
  const titled = markdownLink(text, asked.url)
  if (undoDepth(state) === pending.depth && replaceLastStep(view, pending, titled)) return
  // Other edits came after the link: the title is a step of its own.
  view.dispatch({ changes: { from: pending.from, to: pending.to, insert: titled }, effects: drop, userEvent: 'input.paste', annotations: isolateHistory.of('full') })
}

/** Takes back the `[url](url)` step and makes `[title](url)` from the bare URL instead: one undo step, as promised. */
function replaceLastStep(view: EditorView, pending: Pending, titled: string): boolean {
  const before = view.state
  if (!undo(view)) return false
  const bare = view.state.sliceDoc(pending.from, pending.from + pending.url.length)
  if (bare !== pending.url) {
    redo(view)
    return false
  }
  const keepCursor = before.selection.main.head === pending.to
  view.dispatch({
    changes: { from: pending.from, to: pending.from + pending.url.length, insert: titled },
    selection: keepCursor ? { anchor: pending.from + titled.length } : mapSelection(before, pending, titled),
    effects: dropPending.of(pending),
    userEvent: 'input.paste',
    annotations: isolateHistory.of('full')
  })
  return true
}

function mapSelection(before: EditorState, pending: Pending, titled: string) {
  const shift = titled.length - (pending.to - pending.from)
  const at = (pos: number) => (pos >= pending.to ? pos + shift : pos)
  return { anchor: at(before.selection.main.anchor), head: at(before.selection.main.head) }
}
