// Where a URL written in an episode lands in its page bundle: `kato/Untitled%201.png` is the file
// `kato/Untitled 1.png`; URLs with a scheme, site paths (`/img/…`) and paths leaving the bundle are not bundle files.

/** The bundle-relative path a URL names, decoded and normalised, or null when it does not point into the bundle. */
export function bundlePathOf(url: string): string | null {
  const path = url.trim().split(/[?#]/, 1)[0]
  if (path === '' || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.startsWith('\\')) return null
  const parts: string[] = []
  for (const part of decodePath(path).split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (!parts.length) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.length ? parts.join('/') : null
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** `kato/Untitled 1.png` → `kato/Untitled%201.png`: how a bundle file is written in a Markdown link. */
export function encodePath(path: string): string {
  return path.split('/').map((p) => encodeURIComponent(p).replace(/%28/g, '(').replace(/%29/g, ')')).join('/')
}

/** Looks files up as Hugo matches bundle resources: case-insensitively, with the URL's percent-escapes decoded. */
export class BundleIndex {
  private readonly byLower = new Map<string, string>()
  constructor(readonly files: readonly string[]) {
    for (const f of files) this.byLower.set(f.toLowerCase(), f)
  }

  /** The file a URL names, the file itself when it exists, null when missing, undefined when not a bundle path. */
  find(url: string): string | null | undefined {
    const raw = url.trim().split(/[?#]/, 1)[0]
    const path = bundlePathOf(url)
    if (path === null) return undefined
    return this.byLower.get(path.toLowerCase()) ?? this.byLower.get(raw.replace(/^\.\//, '').toLowerCase()) ?? null
  }

  /** Files a Hugo resource pattern matches (`images/*.png`, `**.jpg`, `{a,b}.png`), case-insensitively as Hugo does. */
  match(pattern: string): string[] {
    const re = globRegExp(pattern.trim().replace(/^\.\//, ''))
    return this.files.filter((f) => re.test(f))
  }

  /** Files with the same name (any folder, any case): candidates for a quick fix of a wrong path. */
  sameName(path: string): string[] {
    const base = path.split('/').pop()!.toLowerCase()
    return this.files.filter((f) => f.split('/').pop()!.toLowerCase() === base)
  }
}

/** True when a shortcode or front matter value is a resource pattern rather than one file's name. */
export function isGlob(value: string): boolean {
  return /[*?[{]/.test(value)
}

// Hugo's resource globs (gobwas/glob with `/` as separator): `*` and `?` stay inside a folder, `**` crosses folders.
function globRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*'
        i++
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '{') {
      const end = pattern.indexOf('}', i)
      if (end === -1) re += '\\{'
      else {
        re += `(?:${pattern.slice(i + 1, end).split(',').map(escapeRe).join('|')})`
        i = end
      }
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end === -1) re += '\\['
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else re += escapeRe(c)
  }
  return new RegExp(`^${re}$`, 'i')
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
