// Connects the editor to the panels around it without going through React on every keystroke: the preview,
// the form, the outline and the status bar subscribe to the editor's updates and read its state directly; the
// window asks the editor for things (find, jump, edit a field) through its commands. Only types of CodeMirror
// here: the editor itself loads after the window shows (see lazy-parts.ts), its commands after it has painted.
import type { EditorView, ViewUpdate } from '@codemirror/view'
import type { MediaFile } from '../../shared/api'
import { afterPaint } from '../after-paint'
import type { FieldChange } from '../editor/front-matter-edit'
import type { CheckItem } from './publish-checks'

/** An editor update, or null when a new editor (another episode, a reload) took over. */
export type BusListener = (update: ViewUpdate | null, view: EditorView | null) => void

/** What the window can ask of the open editor (implemented in editor/editor-commands.ts). */
export interface EditorCommands {
  /** Opens the find and replace panel. */
  find(): void
  /** Opens the list of problems. */
  showProblems(): void
  problemCount(): number
  /** Moves the cursor to `pos` (or the start of `line`, 1-based) and scrolls it to the top. */
  jumpTo(pos: number): void
  jumpToLine(line: number): void
  /** One front matter field changed in the form: one edit of that node's text (waits for an IME composition). */
  editField(path: string[], change: FieldChange, typing?: boolean): void
  /** Puts a bundle file (figure, link) at the cursor. */
  insertMedia(file: MediaFile): void
  /** The text on disk changed and nothing here is unsaved: take it, changing only the span that differs. */
  replaceText(text: string): void
  /** Checks the episode again (the bundle's files changed). */
  recheck(): void
  /** The publishing checks as the editor's lint shows them now. */
  checkItems(): CheckItem[]
  /** This update brought the checks' answer (new lint). */
  checksReported(update: ViewUpdate): boolean
  applyFix(item: CheckItem): void
}

export class EditorBus {
  view: EditorView | null = null
  commands: EditorCommands | null = null
  private readonly listeners = new Set<BusListener>()
  private cancelAttach: (() => void) | null = null

  /** `onShown`: called each time an editor has painted and its commands are ready (the panels hear of it then). */
  constructor(private readonly onShown: () => void = () => undefined) {}

  /**
   * A new editor (or none). The view is there at once; once it has painted, its commands are made (their code
   * may load then) and the panels hear of it, so an opened episode shows and takes keys before the preview, form
   * and counts read it. Updates before then are not passed on: the panels read the whole editor when they hear of it.
   */
  attach(view: EditorView | null, makeCommands: (() => EditorCommands | Promise<EditorCommands>) | null = null): void {
    this.cancelAttach?.()
    this.cancelAttach = null
    this.view = view
    this.commands = null
    if (!view) return this.emit(null, null)
    let cancelled = false
    const cancelPaint = afterPaint(() => {
      void Promise.resolve(makeCommands?.() ?? null).then((commands) => {
        if (cancelled) return
        this.cancelAttach = null
        this.commands = commands
        this.emit(null, view)
        this.onShown()
      })
    })
    this.cancelAttach = () => {
      cancelled = true
      cancelPaint()
    }
  }

  subscribe(listener: BusListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Called by the editor for every update that changed the text or the selection (see EditorPane). */
  emit(update: ViewUpdate | null, view: EditorView | null): void {
    if (update && this.cancelAttach) return
    for (const listener of this.listeners) listener(update, view)
  }
}
