// Chapter imports and retimes as editor transactions, each one undo step. A retime also rewrites the bundle's
// chapters.json and transcript.vtt; those rewrites ride in the transaction as an effect whose inverse (kept by the
// editor's history) writes the earlier texts back, so Ctrl/Cmd+Z undoes the notes and the files together.
import { invertedEffects, isolateHistory } from '@codemirror/commands'
import { StateEffect, type EditorState, type TransactionSpec } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { chaptersIntoNotes } from '../../shared/chapters/into-notes'
import type { ChapterMark } from '../../shared/chapters/model'
import { retimeNotes, type Retime } from '../../shared/chapters/retime'
import type { TimedBundleFile } from '../../shared/chapters/bundle-files'
import { chaptersHeading } from '../../shared/episode-language'

/** A bundle file rewritten by an edit: its text before and after. */
export interface BesideChange {
  name: TimedBundleFile
  before: string
  after: string
}

export interface BesideFiles {
  episode: string
  files: BesideChange[]
}

const besideFilesChanged = StateEffect.define<BesideFiles>()

/** The imported chapters written into the notes' chapter list (or a new one under "Chapters"), as one undo step. */
export function importChaptersSpec(state: EditorState, chapters: readonly ChapterMark[]): TransactionSpec {
  const text = state.doc.toString()
  const changes = chaptersIntoNotes(text, chapters, { heading: chaptersHeading(text) })
  return { changes, userEvent: 'input.chapters', annotations: isolateHistory.of('full'), scrollIntoView: true }
}

/** Every stamp at or after `retime.at` moved, with the bundle's files rewritten alongside, as one undo step. */
export function retimeSpec(state: EditorState, retime: Retime, beside: BesideFiles | null): TransactionSpec {
  const changes = retimeNotes(state.doc.toString(), retime)
  const effects = beside?.files.length ? [besideFilesChanged.of(beside)] : []
  return { changes, effects, userEvent: 'input.retime', annotations: isolateHistory.of('full') }
}

/** Whether the notes or the bundle's files would change at all. */
export function retimeChangesAnything(spec: TransactionSpec): boolean {
  const changes = spec.changes as unknown[] | undefined
  return !!changes?.length || !!(spec.effects as unknown[] | undefined)?.length
}

/**
 * What writes the files when such a transaction is applied, undone or redone. `write` gets the text to write and
 * the text the file must still hold, so a file a co-host changed meanwhile is left alone.
 */
export function besideFileSync(write: (episode: string, change: BesideChange) => Promise<void>) {
  return [
    invertedEffects.of((tr) =>
      tr.effects.flatMap((e) => (e.is(besideFilesChanged) ? [besideFilesChanged.of({ episode: e.value.episode, files: e.value.files.map((f) => ({ name: f.name, before: f.after, after: f.before })) })] : []))
    ),
    EditorView.updateListener.of((update) => {
      for (const tr of update.transactions)
        for (const e of tr.effects) if (e.is(besideFilesChanged)) for (const file of e.value.files) void write(e.value.episode, file)
    })
  ]
}

const synced = new WeakSet<EditorView>()

/** Adds the file writer to an editor the first time a retime needs it (the editor's set-up stays as it is). */
export function ensureBesideFileSync(view: EditorView, write: (episode: string, change: BesideChange) => Promise<void>): void {
  if (synced.has(view)) return
  synced.add(view)
  view.dispatch({ effects: StateEffect.appendConfig.of(besideFileSync(write)) })
}

export const besideFilesEffect = besideFilesChanged
