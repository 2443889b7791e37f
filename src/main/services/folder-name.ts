// Names Shownotes makes or accepts for folders and files: safe on Windows, macOS and Linux, readable in URLs.
import { forbiddenInNames as FORBIDDEN, nameProblem as problemOf, windowsReservedNames as WINDOWS_RESERVED, withoutHiddenCharacters, type NameProblem } from '../../shared/file-name'
import { UserError } from '../../shared/user-error'

/** An ASCII slug of a title: `AWS News & more` → `aws-news-more`; empty when nothing ASCII is left (e.g. Japanese). */
export function slugify(title: string, maxLength = 48): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= maxLength) return ascii
  const cut = ascii.slice(0, maxLength)
  if (ascii[maxLength] === '-' || !cut.includes('-')) return cut.replace(/-+$/, '')
  return cut.slice(0, cut.lastIndexOf('-')).replace(/-+$/, '')
}

/** The folder for a new episode: `0036-aws-news`, or `0036` when the title has no ASCII words; `fallback` without a number. */
export function episodeFolderName(number: number | null, title: string, fallback: string): string {
  const slug = slugify(title.replace(/(^|\s)#\d+\b/, ' '))
  if (number === null) return slug || fallback
  const padded = String(number).padStart(4, '0')
  return slug ? `${padded}-${slug}` : padded
}

const problemWords: Record<NameProblem, (name: string) => string> = {
  empty: () => 'A name is required.',
  character: (name) => `"${name}" contains a character that Windows or macOS does not allow in names (< > : " / \\ | ? * or a control character).`,
  bidi: (name) => `"${shown(name)}" contains a control character that changes the direction of the text, so the name would read differently than it is.`,
  invisible: (name) => `"${shown(name)}" is made of or contains invisible characters (such as a zero-width space); use visible characters only.`,
  dot: (name) => `"${name}" starts with a dot, which hides it; choose a name without the leading dot.`,
  end: (name) => `"${name}" ends with a dot or a space, which Windows does not allow.`,
  reserved: (name) => `"${name}" is a reserved device name on Windows.`,
  long: (name) => `"${name.slice(0, 40)}…" is too long for a file name.`
}

/** A name with its hidden characters made visible as `<U+202E>`, to say which one is wrong. */
function shown(name: string): string {
  return name.replace(/[\p{Default_Ignorable_Code_Point}]/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
}

/** Why a name the host typed cannot be a file or folder name (in words), or null when it can. The policy is src/shared/file-name.ts. */
export function nameProblem(name: string): string | null {
  const problem = problemOf(name)
  return problem ? problemWords[problem](name) : null
}

export function checkName(name: string): string {
  const problem = nameProblem(name)
  if (problem) throw new UserError(problem, 'bad-name')
  return name.normalize('NFC')
}

/**
 * Makes any file name safe (for dropped files): bidi controls and invisible characters are dropped, forbidden
 * characters and spaces become `-`, length limited.
 */
export function safeFileName(name: string, fallbackStem = 'file'): string {
  const base = withoutHiddenCharacters(name.split(/[\\/]/).pop() ?? '')
  const dot = base.lastIndexOf('.')
  const clean = (s: string) =>
    s
      .normalize('NFC')
      .replace(new RegExp(FORBIDDEN.source, 'g'), '-')
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-. ]+$/g, '')
  let stem = clean(dot > 0 ? base.slice(0, dot) : base)
  const ext = dot > 0 ? clean(base.slice(dot + 1)).toLowerCase() : ''
  if (!stem || WINDOWS_RESERVED.test(stem)) stem = stem ? `${stem}-file` : fallbackStem
  while (Buffer.byteLength(stem, 'utf8') > 120) stem = stem.slice(0, -1)
  return ext ? `${stem}.${ext}` : stem
}
