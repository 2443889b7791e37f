// Names for an episode's folder (or leaf file) the host types when renaming: what the rename starts from, and why
// a name cannot work on Windows or macOS before asking the main process (which checks again).

/** The part of an episode path that a rename changes: the bundle's folder, or the leaf file without `.md`. */
export function currentName(path: string): string {
  const parts = path.split('/')
  const file = parts[parts.length - 1]
  if (/^index\.(md|markdown)$/i.test(file) && parts.length > 1) return parts[parts.length - 2]
  return file.replace(/\.(md|markdown)$/i, '')
}

export type NameProblem = 'empty' | 'character' | 'dot' | 'end' | 'reserved' | 'long'

// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i

/** Why `name` cannot be a folder or file name, or null when it can. */
export function nameProblem(name: string): NameProblem | null {
  const n = name.trim()
  if (!n) return 'empty'
  if (FORBIDDEN.test(n)) return 'character'
  if (n.startsWith('.')) return 'dot'
  if (/[. ]$/.test(n)) return 'end'
  if (WINDOWS_RESERVED.test(n)) return 'reserved'
  if (new TextEncoder().encode(n).length > 200) return 'long'
  return null
}
