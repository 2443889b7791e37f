// Which of the bundle's files the text in the editor uses, and which files it shows that are not there, worked out
// from the unsaved text (the main process only knows the text on disk) by the same rule the checks use.
import type { MediaFile } from '../../shared/api'
import { bundleUsage, missingFiles } from '../../shared/bundle-usage'

/** The bundle's files marked used or unused by `text`, plus the files `text` shows that are missing. */
export function mediaStates(files: readonly MediaFile[], text: string): MediaFile[] {
  const present = files.filter((f) => f.state !== 'missing')
  const usage = bundleUsage(text, present.map((f) => f.name))
  const out: MediaFile[] = present.map((f) => {
    const state = usage.used.has(f.name) ? 'used' : 'unused'
    return state === f.state ? f : { ...f, state }
  })
  for (const m of missingFiles(usage)) out.push({ name: m.path, size: 0, kind: m.kind, state: 'missing' })
  return out.sort((a, b) => a.name.localeCompare(b.name))
}
