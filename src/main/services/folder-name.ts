// Names Shownotes makes or accepts for folders and files: safe on Windows, macOS and Linux, readable in URLs.
import { UserError } from '../../shared/user-error'

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i
// Characters Windows refuses (and `/`, which every system refuses), control characters included.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/

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

/** Why a name the host typed cannot be a file or folder name, or null when it can. */
export function nameProblem(name: string): string | null {
  if (name.trim() === '') return 'A name is required.'
  if (name === '.' || name === '..') return `"${name}" cannot be used as a name.`
  if (FORBIDDEN.test(name)) return `"${name}" contains a character that Windows or macOS does not allow in names (< > : " / \\ | ? * or a control character).`
  if (name.startsWith('.')) return `"${name}" starts with a dot, which hides it; choose a name without the leading dot.`
  if (/[. ]$/.test(name)) return `"${name}" ends with a dot or a space, which Windows does not allow.`
  if (WINDOWS_RESERVED.test(name)) return `"${name}" is a reserved device name on Windows.`
  if (Buffer.byteLength(name, 'utf8') > 200) return `"${name.slice(0, 40)}…" is too long for a file name.`
  return null
}

export function checkName(name: string): string {
  const problem = nameProblem(name)
  if (problem) throw new UserError(problem, 'bad-name')
  return name.normalize('NFC')
}

/** Makes any file name safe (for dropped files): forbidden characters and spaces become `-`, length limited. */
export function safeFileName(name: string, fallbackStem = 'file'): string {
  const base = name.split(/[\\/]/).pop() ?? ''
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
