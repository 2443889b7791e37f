// The bundle's chapters.json and transcript.vtt as the window reads and writes them: every write goes through here so
// the panels that show these files hear of it (a retime, its undo, an imported transcript).
import type { TimedBundleFile } from '../../shared/chapters/bundle-files'
import { api } from '../api'

type Listener = (episode: string, name: TimedBundleFile) => void
const listeners = new Set<Listener>()

export function onTimedFileWritten(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function readTimedFile(episode: string, name: TimedBundleFile): Promise<string | null> {
  return api.bundle.readTimedFile({ episode, name })
}

/** `expect`: the text the file must still hold (null: it must not exist), else nothing is written. */
export async function writeTimedFile(episode: string, name: TimedBundleFile, text: string, expect: string | null): Promise<void> {
  await api.bundle.writeTimedFile({ episode, name, text, expect })
  for (const l of listeners) l(episode, name)
}

/** True for a page bundle's notes (`…/index.md`): only a bundle has files beside its notes. */
export function isBundleNotes(episode: string): boolean {
  return /(^|\/)index\.(md|markdown)$/i.test(episode)
}
