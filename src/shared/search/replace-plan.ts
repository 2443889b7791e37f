// Plans a replace in one episode: the new text with the ticked matches replaced. In a field scope the field is
// changed through the lossless front matter edit (setField), never as raw text, so comments and quoting stay.
import { setField } from '../front-matter/edit'
import { readFrontMatter } from '../front-matter/read'
import { UserError } from '../user-error'
import { findMatches, scopeRanges, type TextMatch } from './match'
import { compileQuery, type SearchQuery } from './query'

export type ReplacePlan =
  | { ok: true; text: string; count: number }
  | { ok: false; code: 'bad-pattern' | 'field-unsafe' | 'front-matter-invalid' | 'no-match'; message: string }

/** The replacement for one match: literal text, or with `$&`, `$1`…`$9`, `$<name>` and `$$` for a regular expression. */
export function expandReplacement(text: string, m: TextMatch, replacement: string, regex: boolean): string {
  if (!regex) return replacement
  const slice = (g: [number, number] | undefined) => (g ? text.slice(g[0], g[1]) : '')
  return replacement.replace(/\$(\$|&|<([^>]*)>|([1-9]))/g, (all, what: string, name?: string, digit?: string) => {
    if (what === '$') return '$'
    if (what === '&') return text.slice(m.from, m.to)
    if (name !== undefined) return name in m.named ? slice(m.named[name]) : all
    const n = Number(digit)
    return n <= m.groups.length ? slice(m.groups[n - 1]) : all
  })
}

/**
 * What one match becomes, for the preview: the replacement, with a regular expression's `$1`… taken from the match
 * itself. A pattern that needs the text around the match (a lookbehind) shows the replacement as typed.
 */
export function previewReplacement(matchText: string, query: SearchQuery, replacement: string): string {
  if (!query.regex) return replacement
  try {
    const m = findMatches(matchText, compileQuery({ ...query, wholeWord: false }), query, [[0, matchText.length]])[0]
    return m && m.from === 0 && m.to === matchText.length ? expandReplacement(matchText, m, replacement, true) : replacement
  } catch {
    return replacement
  }
}

/** `text` with the matches numbered in `ticked` (0-based, in document order; 'all': every one) replaced. */
export function planReplace(text: string, query: SearchQuery, replacement: string, ticked: readonly number[] | 'all'): ReplacePlan {
  let re: RegExp
  try {
    re = compileQuery(query)
  } catch (err) {
    return { ok: false, code: 'bad-pattern', message: (err as Error).message }
  }
  const chosen = (i: number) => ticked === 'all' || ticked.includes(i)
  const matches = findMatches(text, re, query, scopeRanges(text, query))
  if (!matches.some((_, i) => chosen(i))) return { ok: false, code: 'no-match', message: 'None of the chosen matches is in this episode any more.' }
  if (query.scope === 'field') return planFieldReplace(text, query, re, replacement, matches.length, chosen)
  let out = ''
  let at = 0
  let count = 0
  matches.forEach((m, i) => {
    if (!chosen(i)) return
    out += text.slice(at, m.from) + expandReplacement(text, m, replacement, query.regex)
    at = m.to
    count++
  })
  return { ok: true, text: out + text.slice(at), count }
}

function planFieldReplace(text: string, query: SearchQuery, re: RegExp, replacement: string, written: number, chosen: (i: number) => boolean): ReplacePlan {
  const field = query.field ?? ''
  const read = readFrontMatter(text)
  let value: unknown = read.data
  for (const key of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  let index = 0
  const replaceIn = (s: string): string => {
    let out = ''
    let at = 0
    for (const m of findMatches(s, re, query, [[0, s.length]])) {
      if (chosen(index++)) {
        out += s.slice(at, m.from) + expandReplacement(s, m, replacement, query.regex)
        at = m.to
      }
    }
    return out + s.slice(at)
  }
  const parts = field.split('.')
  const list = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map((v: string) => replaceIn(v)) : null
  // A list changes item by item, so each item keeps its own quoting.
  const edits: { path: string[]; value: string }[] =
    typeof value === 'string'
      ? [{ path: parts, value: replaceIn(value) }]
      : list
        ? list.map((v, i) => ({ path: [...parts, String(i)], value: v, was: (value as string[])[i] })).filter((e) => e.value !== e.was)
        : []
  // The value must hold exactly the matches seen in its text, else ticks would land on the wrong ones.
  if ((typeof value !== 'string' && !Array.isArray(value)) || index !== written) {
    return { ok: false, code: 'field-unsafe', message: `The field "${field}" is not plain text or a list of text as written; replace in it by hand.` }
  }
  const count = written - countUnchosen(written, chosen)
  try {
    let changed = text
    for (const e of edits) changed = setField(changed, e.path, e.value)
    return { ok: true, text: changed, count }
  } catch (err) {
    if (!(err instanceof UserError)) throw err
    // TOML and JSON lists are edited whole (their editors set a field, not a list item).
    if (list && edits.length) {
      try {
        return { ok: true, text: setField(text, parts, list), count }
      } catch (again) {
        if (!(again instanceof UserError)) throw again
      }
    }
    return { ok: false, code: 'front-matter-invalid', message: err.message }
  }
}

function countUnchosen(n: number, chosen: (i: number) => boolean): number {
  let c = 0
  for (let i = 0; i < n; i++) if (!chosen(i)) c++
  return c
}
