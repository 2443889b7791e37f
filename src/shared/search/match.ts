// Finds a query's matches in one episode's text, within its scope (body, front matter, one field, all), with
// offsets in the original text and the line around each match for the results list.
import { splitDocument } from '../document'
import { readFrontMatter } from '../front-matter/read'
import { foldText, originalSpan } from './fold'
import { compileQuery, type SearchQuery } from './query'

export interface TextMatch {
  from: number
  to: number
  /** Regex groups as original offsets (for `$1` in a replacement); undefined for a group that did not take part. */
  groups: ([number, number] | undefined)[]
  named: Record<string, [number, number] | undefined>
}

/** One match as the results list shows it: its 1-based line, the line (cut around long matches) and where it is. */
export interface MatchLine {
  line: number
  from: number
  to: number
  text: string
  start: number
  end: number
}

/** The parts of `text` the scope covers, as [from, to) offsets; null when the scope cannot be read (bad front matter). */
export function scopeRanges(text: string, query: Pick<SearchQuery, 'scope' | 'field'>): [number, number][] {
  if (query.scope === 'all') return [[0, text.length]]
  const split = splitDocument(text)
  if (query.scope === 'body') return [[split.frontMatter ? split.bodyFrom : 0, text.length]]
  const block = split.frontMatter
  if (!block) return []
  if (query.scope === 'frontMatter') return [[block.contentFrom, block.contentTo]]
  return fieldValueRanges(text, query.field ?? '')
}

/**
 * Where the text values of `field` (a top-level or dotted key; a string or a list of strings) are written, one range
 * per value, inside its quotes. A value written with escapes or folded lines is not found as written and is left out
 * (replace planning then refuses the field rather than guess).
 */
export function fieldValueRanges(text: string, field: string): [number, number][] {
  const read = readFrontMatter(text)
  const found = read.fields.find((f) => f.path.join('.') === field)
  if (!found) return []
  const values = typeof found.value === 'string' ? [found.value] : Array.isArray(found.value) ? found.value.filter((v): v is string => typeof v === 'string') : []
  const written = text.slice(found.from, found.to)
  let at = /^[^:=]*[:=]/.exec(written)?.[0].length ?? 0
  const ranges: [number, number][] = []
  for (const v of values) {
    const i = v ? written.indexOf(v, at) : -1
    if (i < 0) continue
    ranges.push([found.from + i, found.from + i + v.length])
    at = i + v.length
  }
  return ranges
}

/** Every non-empty match of `re` (from compileQuery) inside the ranges, in order. */
export function findMatches(text: string, re: RegExp, query: Pick<SearchQuery, 'kana'>, ranges: [number, number][]): TextMatch[] {
  const out: TextMatch[] = []
  for (const [from, to] of ranges) {
    const part = text.slice(from, to)
    const folded = foldText(part, { kana: query.kana })
    const span = (a: number, b: number): [number, number] => {
      const s = originalSpan(folded, a, b, part.length)
      return [from + s.from, from + s.to]
    }
    re.lastIndex = 0
    for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      const indices = m.indices ?? []
      const [start, end] = span(m.index, m.index + m[0].length)
      const groups = indices.slice(1).map((g) => (g ? span(g[0], g[1]) : undefined))
      const named: TextMatch['named'] = {}
      for (const [name, g] of Object.entries(indices.groups ?? {})) named[name] = g ? span(g[0], g[1]) : undefined
      out.push({ from: start, to: end, groups, named })
    }
  }
  return out
}

const CONTEXT = 60

/** The line of each match, cut to about 60 characters either side of a match in a long line. */
export function matchLines(text: string, matches: TextMatch[]): MatchLine[] {
  const lines: MatchLine[] = []
  let line = 1
  let lineStart = 0
  for (const m of matches) {
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < m.from; nl = text.indexOf('\n', lineStart)) {
      line++
      lineStart = nl + 1
    }
    let lineEnd = text.indexOf('\n', m.from)
    if (lineEnd === -1) lineEnd = text.length
    if (text[lineEnd - 1] === '\r') lineEnd--
    const cutFrom = Math.max(lineStart, m.from - CONTEXT)
    const cutTo = Math.min(lineEnd, Math.max(m.to, m.from) + CONTEXT)
    const prefix = cutFrom > lineStart ? '…' : ''
    const shown = prefix + text.slice(cutFrom, cutTo) + (cutTo < lineEnd ? '…' : '')
    const start = prefix.length + m.from - cutFrom
    lines.push({ line, from: m.from, to: m.to, text: shown, start, end: Math.min(start + (m.to - m.from), shown.length) })
  }
  return lines
}

/** One episode's matches as the results list shows them (the window runs this on an open episode's unsaved text). */
export function matchesIn(text: string, query: SearchQuery, re: RegExp = compileQuery(query)): MatchLine[] {
  return matchLines(text, findMatches(text, re, query, scopeRanges(text, query)))
}
