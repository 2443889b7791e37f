// Reads what the host typed in the settings dialog: player hosts one per line (a pasted player URL is cut down to
// its host) and the summary limit. The API checks again; this says which line is wrong before sending.

export type Parsed<T> = { ok: true; value: T } | { ok: false; line?: number; text: string }

// The same shape the API accepts: letters, digits, dots and dashes with a dot-separated top-level name.
const HOST = /^[a-z0-9.-]+\.[a-z]{2,}$/i

/** One host per line; blank lines skipped, duplicates dropped, `https://host/path` becomes `host`. */
export function parseHosts(text: string): Parsed<string[]> {
  const hosts: string[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim()
    if (!raw) continue
    const host = raw
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, '')
      .toLowerCase()
    if (!HOST.test(host)) return { ok: false, line: i + 1, text: raw }
    if (!hosts.includes(host)) hosts.push(host)
  }
  return { ok: true, value: hosts }
}

export const summaryLimitRange = { min: 20, max: 10000 } as const

/** A whole number of characters within the range the API accepts. */
export function parseSummaryLimit(text: string): Parsed<number> {
  const n = Number(text.trim())
  if (!/^\d+$/.test(text.trim()) || n < summaryLimitRange.min || n > summaryLimitRange.max) return { ok: false, text: text.trim() }
  return { ok: true, value: n }
}
