// The one policy for names a host gives a folder or file (renaming an episode, a new episode's section, a dropped
// file): safe on Windows, macOS and Linux, and shown as what it is: no name made only of invisible characters, no
// invisible characters hidden in one, no bidi controls that make `photo‮gnp.exe` read as `photoexe.png`.

/** Why a name cannot be used (a code: each window and the CLI word it themselves). */
export type NameProblem = 'empty' | 'character' | 'bidi' | 'invisible' | 'dot' | 'end' | 'reserved' | 'long'

// Characters Windows refuses (and `/`, which every system refuses), control characters included.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
export const forbiddenInNames = /[<>:"/\\|?*\u0000-\u001f\u007f]/
export const windowsReservedNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i
/** Bidi controls: embeddings, overrides, isolates and marks. */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
/** Characters that show as nothing: zero-width space, soft hyphen, word joiner, Hangul fillers … */
const invisibleAll = /\p{Default_Ignorable_Code_Point}/gu

/** Whether `name` holds an invisible character other than the joiner and variation selectors emoji are written with. */
function hidesCharacters(name: string): boolean {
  for (const [c] of name.matchAll(invisibleAll)) {
    const code = c.codePointAt(0)!
    if (code !== 0x200d && !(code >= 0xfe00 && code <= 0xfe0f)) return true
  }
  return false
}

/** Why `name` cannot be a folder or file name, or null when it can (a space at its end is a problem too). */
export function nameProblem(name: string): NameProblem | null {
  const n = name
  if (n.trim() === '') return 'empty'
  if (forbiddenInNames.test(n)) return 'character'
  if (bidiControls.test(n)) return 'bidi'
  if (hidesCharacters(n) || n.replace(invisibleAll, '').trim() === '') return 'invisible'
  if (n.startsWith('.')) return 'dot'
  if (/[. ]$/.test(n)) return 'end'
  if (windowsReservedNames.test(n)) return 'reserved'
  if (new TextEncoder().encode(n).length > 200) return 'long'
  return null
}

/** `name` without its bidi controls and invisible characters (for names Shownotes makes from a dropped file's). */
export function withoutHiddenCharacters(name: string): string {
  return name.replace(invisibleAll, '')
}
