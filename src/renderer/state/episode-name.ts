// Names for an episode's folder (or leaf file) the host types when renaming: what the rename starts from, and why
// a name cannot work before asking the main process (which checks again with the same policy, src/shared/file-name.ts).
import { nameProblem as problemOf, type NameProblem } from '../../shared/file-name'

export type { NameProblem }

/** The part of an episode path that a rename changes: the bundle's folder, or the leaf file without `.md`. */
export function currentName(path: string): string {
  const parts = path.split('/')
  const file = parts[parts.length - 1]
  if (/^index\.(md|markdown)$/i.test(file) && parts.length > 1) return parts[parts.length - 2]
  return file.replace(/\.(md|markdown)$/i, '')
}

/** Why `name` as typed (spaces around it are dropped) cannot be a folder or file name, or null when it can. */
export function nameProblem(name: string): NameProblem | null {
  return problemOf(name.trim())
}
