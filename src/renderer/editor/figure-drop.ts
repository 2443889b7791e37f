// Files dropped onto the editor or pasted from the clipboard: each is copied into the episode's bundle (the main
// process checks the content and picks a safe, unique name), then one transaction inserts a figure per image (a
// link for other files) where they were dropped, so one undo removes the text and the files stay.
import type { Extension } from '@codemirror/state'
import { EditorView, ViewPlugin, type PluginValue, type ViewUpdate } from '@codemirror/view'
import type { ImportedMedia } from '../../shared/api'
import { dispatchOutside } from './ime-guard'
import { insertionAt, mediaText, pastedImageName } from './figure-text'

export interface FigureDropOptions {
  /** Copies one file into the bundle under (about) `name`; rejects with a message a person understands. */
  importFile: (file: Blob, name: string) => Promise<ImportedMedia>
  /** A file could not be added. */
  /** A file that could not be added, with why (a failed call's error). */
  onError: (name: string, err: unknown) => void
  /** Files are being added (true) or done (false), for a progress note. */
  onBusy?: (names: string[] | null) => void
  now?: () => Date
}

/** Drop points waiting for their files, kept in step with edits made meanwhile. */
class PendingDrops implements PluginValue {
  points = new Set<{ pos: number; end: number }>()
  update(u: ViewUpdate): void {
    if (!u.docChanged) return
    for (const p of this.points) {
      p.pos = u.changes.mapPos(p.pos, 1)
      p.end = Math.max(p.pos, u.changes.mapPos(p.end, -1))
    }
  }
}
const pendingDrops = ViewPlugin.fromClass(PendingDrops)

async function importAll(view: EditorView, at: number, end: number, files: { file: Blob; name: string }[], options: FigureDropOptions): Promise<void> {
  const point = { pos: at, end }
  const pending = view.plugin(pendingDrops)
  pending?.points.add(point)
  options.onBusy?.(files.map((f) => f.name))
  const texts: string[] = []
  try {
    // One at a time, in the order dropped: figures appear in that order and names never race.
    for (const { file, name } of files) {
      try {
        texts.push(mediaText(await options.importFile(file, name)))
      } catch (err) {
        options.onError(name, err)
      }
    }
  } finally {
    pending?.points.delete(point)
    options.onBusy?.(null)
  }
  if (!texts.length) return
  dispatchOutside(view, (state) => {
    const pos = Math.min(point.pos, state.doc.length)
    const { from, to: replaced, insert, cursor } = insertionAt(state, pos, texts)
    // A pasted-over selection goes too; a blank line replaced by a block of its own goes whole.
    const to = Math.min(Math.max(point.end, replaced), state.doc.length)
    return { changes: { from, to, insert }, selection: { anchor: cursor }, userEvent: 'input.drop', scrollIntoView: true }
  })
}

/** The drop and paste handlers; part of the editor set-up. */
export function figureDrop(options: FigureDropOptions): Extension {
  return [
    pendingDrops,
    EditorView.domEventHandlers({
      dragover(event) {
        if (!event.dataTransfer?.types.includes('Files')) return false
        event.preventDefault()
        event.dataTransfer.dropEffect = 'copy'
        return false
      },
      drop(event, view) {
        const files = [...(event.dataTransfer?.files ?? [])]
        if (!files.length) return false
        event.preventDefault()
        const at = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head
        void importAll(view, at, at, files.map((file) => ({ file, name: file.name })), options)
        return true
      },
      paste(event, view) {
        const data = event.clipboardData
        if (!data || data.types.includes('text/plain')) return false
        const images = [...data.files].filter((f) => f.type.startsWith('image/'))
        if (!images.length) return false
        event.preventDefault()
        const now = (options.now ?? (() => new Date()))()
        const { from, to } = view.state.selection.main
        void importAll(view, from, to, images.map((file) => ({ file, name: pastedImageName(now, file.type) })), options)
        return true
      }
    })
  ]
}
