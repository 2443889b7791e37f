// The episode number a host means: `#35` in the title (also `Ep. 35`, `第35回`), else an `episode` front matter field.

// Tried in order; the first match wins. `#35` is the podcast convention; the rest are common spellings.
const TITLE_PATTERNS = [/(?:^|[\s(（[【「])#(\d{1,6})(?!\d)/, /\b(?:ep|episode)\.?\s*(\d{1,6})\b/i, /第\s*(\d{1,6})\s*[回話]/]

/** The number written in an episode title, or null. */
export function numberFromTitle(title: string): number | null {
  for (const pattern of TITLE_PATTERNS) {
    const m = pattern.exec(title.normalize('NFKC'))
    if (m) return Number(m[1])
  }
  return null
}

/** The title with its episode number replaced by `n` (`#35 Edge` → `#36 Edge`), or null when it has none. */
export function renumberTitle(title: string, n: number): string | null {
  for (const text of [title, title.normalize('NFKC')]) {
    for (const pattern of TITLE_PATTERNS) {
      const m = pattern.exec(text)
      if (!m) continue
      const at = m.index + m[0].lastIndexOf(m[1])
      return text.slice(0, at) + String(n) + text.slice(at + m[1].length)
    }
  }
  return null
}

/** The episode number: the title's `#N` first (what listeners see), else the `episode` field (number or digits). */
export function episodeNumber(title: string | null | undefined, fields: Record<string, unknown> = {}): number | null {
  const fromTitle = title ? numberFromTitle(title) : null
  if (fromTitle !== null) return fromTitle
  const key = Object.keys(fields).find((k) => k.toLowerCase() === 'episode')
  const value = key === undefined ? undefined : fields[key]
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  if (typeof value === 'string' && /^\s*#?\d{1,6}\s*$/.test(value)) return Number(value.replace(/[\s#]/g, ''))
  return null
}

/** The next free number: one more than the highest in use (1 when none). */
export function nextEpisodeNumber(numbers: Iterable<number | null>): number {
  let max = 0
  for (const n of numbers) if (n !== null && n > max) max = n
  return max + 1
}
