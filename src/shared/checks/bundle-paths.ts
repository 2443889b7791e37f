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

export function decodePath(path: string): string {
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

  /** Files with the same name (any folder, any case): candidates for a quick fix of a wrong path. */
  sameName(path: string): string[] {
    const base = path.split('/').pop()!.toLowerCase()
    return this.files.filter((f) => f.split('/').pop()!.toLowerCase() === base)
  }
}
