// Finds where each key and value of TOML front matter is written, which smol-toml does not tell: the form jumps
// there, dates keep the text as written, and an edit replaces only that value's span.
// Runs only on text smol-toml has already accepted, so it can be lenient about errors.

export type TomlValueKind = 'basic' | 'literal' | 'multiline-basic' | 'multiline-literal' | 'array' | 'inline-table' | 'bare'

export interface TomlEntry {
  /** Table path + key path; items of `[[array]]` tables count as `links`, `0`, … */
  path: string[]
  keyFrom: number
  valueFrom: number
  valueTo: number
  kind: TomlValueKind
  /** Inside an inline table `{ … }`: not a line of its own. */
  inline: boolean
}

export interface TomlTable {
  path: string[]
  /** `[[links]]` rather than `[image]`. */
  array: boolean
  headerFrom: number
  /** After the line break ending the header line. */
  headerEnd: number
  /** After the line break of the table's last key line (= headerEnd when it has none). */
  lastEntryEnd: number
  /** Where the next table header starts (or the end of the text). */
  end: number
}

export interface TomlLayout {
  entries: TomlEntry[]
  tables: TomlTable[]
  /** After the line of the last key before any table header; null when there is none. */
  rootLastEntryEnd: number | null
}

export function scanToml(text: string): TomlLayout {
  const entries: TomlEntry[] = []
  const tables: TomlTable[] = []
  const arrayCounts = new Map<string, number>()
  let rootLastEntryEnd: number | null = null
  let table: TomlTable | null = null
  let i = 0

  const skipBlanks = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  }
  const skipToLineEnd = (): void => {
    const nl = text.indexOf('\n', i)
    i = nl === -1 ? text.length : nl + 1
  }
  /** Whitespace, line breaks and comments, as allowed inside arrays. */
  const skipSpace = (): void => {
    for (;;) {
      skipBlanks()
      if (text[i] === '\r' || text[i] === '\n') i++
      else if (text[i] === '#') skipToLineEnd()
      else return
    }
  }
  const readKeyPart = (): string => {
    const quote = text[i]
    if (quote === '"' || quote === "'") {
      const end = stringEnd(text, i, quote, false)
      const raw = text.slice(i, end)
      i = end
      if (quote === "'") return raw.slice(1, -1)
      try {
        return JSON.parse(raw) as string
      } catch {
        return raw.slice(1, -1)
      }
    }
    const start = i
    while (i < text.length && /[A-Za-z0-9_-]/.test(text[i])) i++
    return text.slice(start, i)
  }
  const readKey = (): string[] => {
    const parts = [readKeyPart()]
    for (;;) {
      skipBlanks()
      if (text[i] !== '.') return parts
      i++
      skipBlanks()
      parts.push(readKeyPart())
    }
  }
  const readValue = (prefix: string[] | null): { from: number; to: number; kind: TomlValueKind } => {
    const from = i
    const c = text[i]
    let kind: TomlValueKind = 'bare'
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      kind = c === '"' ? 'multiline-basic' : 'multiline-literal'
      i = stringEnd(text, i, c, true)
    } else if (c === '"' || c === "'") {
      kind = c === '"' ? 'basic' : 'literal'
      i = stringEnd(text, i, c, false)
    } else if (c === '[') {
      kind = 'array'
      i++
      for (;;) {
        skipSpace()
        if (text[i] === ']' || i >= text.length) break
        readValue(null)
        skipSpace()
        if (text[i] === ',') i++
      }
      i++
    } else if (c === '{') {
      kind = 'inline-table'
      i++
      for (;;) {
        skipBlanks()
        if (text[i] === '}' || i >= text.length) break
        const keyFrom = i
        const key = readKey()
        skipBlanks()
        i++ // '='
        skipBlanks()
        const value = readValue(prefix ? [...prefix, ...key] : null)
        if (prefix) entries.push({ path: [...prefix, ...key], keyFrom, valueFrom: value.from, valueTo: value.to, kind: value.kind, inline: true })
        skipBlanks()
        if (text[i] === ',') i++
      }
      i++
    } else {
      while (i < text.length && !/[,\]}#\r\n]/.test(text[i])) i++
      let to = i
      while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--
      return { from, to, kind }
    }
    return { from, to: i, kind }
  }

  while (i < text.length) {
    skipBlanks()
    const c = text[i]
    if (c === undefined) break
    if (c === '\r' || c === '\n' || c === '#') {
      skipToLineEnd()
      continue
    }
    if (c === '[') {
      const headerFrom = i
      const array = text[i + 1] === '['
      i += array ? 2 : 1
      skipBlanks()
      let path = readKey()
      if (array) {
        const name = path.join('\u0000')
        const n = arrayCounts.get(name) ?? 0
        arrayCounts.set(name, n + 1)
        path = [...path, String(n)]
      }
      skipToLineEnd()
      if (table) table.end = headerFrom
      table = { path, array, headerFrom, headerEnd: i, lastEntryEnd: i, end: text.length }
      tables.push(table)
      continue
    }
    const keyFrom = i
    const key = readKey()
    skipBlanks()
    i++ // '='
    skipBlanks()
    const path = [...(table ? table.path : []), ...key]
    const value = readValue(path)
    entries.push({ path, keyFrom, valueFrom: value.from, valueTo: value.to, kind: value.kind, inline: false })
    skipToLineEnd()
    if (table) table.lastEntryEnd = i
    else rootLastEntryEnd = i
  }
  return { entries, tables, rootLastEntryEnd }
}

/** Offset just after the string starting at `from` (closing quotes included). */
function stringEnd(text: string, from: number, quote: string, multiline: boolean): number {
  const close = multiline ? quote.repeat(3) : quote
  let i = from + close.length
  while (i < text.length) {
    if (quote === '"' && text[i] === '\\') {
      i += 2
      continue
    }
    if (text.startsWith(close, i)) {
      i += close.length
      // A multi-line string may end with one or two quotes right before its closing delimiter.
      if (multiline) for (let extra = 0; extra < 2 && text[i] === quote; extra++) i++
      return i
    }
    if (!multiline && text[i] === '\n') return i
    i++
  }
  return text.length
}
