// Connects the editor to the panels around it without going through React on every keystroke: the preview,
// the form, the outline and the status bar subscribe to the editor's updates and read its state directly.
import type { Extension } from '@codemirror/state'
import { EditorView, type ViewUpdate } from '@codemirror/view'

/** An editor update, or null when a new editor (another episode, a reload) took over. */
export type BusListener = (update: ViewUpdate | null, view: EditorView | null) => void

export class EditorBus {
  view: EditorView | null = null
  private readonly listeners = new Set<BusListener>()

  /** Goes into the editor's extensions: forwards every update that changed the text or the selection. */
  readonly extension: Extension = EditorView.updateListener.of((u) => {
    if (u.docChanged || u.selectionSet || u.focusChanged || u.transactions.length) this.emit(u, u.view)
  })

  attach(view: EditorView | null): void {
    this.view = view
    this.emit(null, view)
  }

  subscribe(listener: BusListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(update: ViewUpdate | null, view: EditorView | null): void {
    for (const listener of this.listeners) listener(update, view)
  }
}
