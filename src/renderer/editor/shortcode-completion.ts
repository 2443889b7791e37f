// Completion inside shortcode tags: names after `{{<`, parameters after the name, `src=` from the files of the
// episode's bundle, and the known values of a parameter ("true"/"false"). Names are those the site can use: the
// catalog's sets it has (Academic only on sites with that theme) and its own.
import { snippetCompletion, type Completion, type CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete'
import type { MediaFile } from '../../shared/api'
import { shortcodeInfo, shortcodesOf, type ShortcodeInfo } from '../../shared/shortcodes/catalog'
import { unknownSiteShortcodes, type SiteShortcodes } from '../../shared/shortcodes/site-shortcodes'

/** The bundle's files as last listed; read synchronously when completing. */
export type MediaFiles = () => readonly MediaFile[]

/** The site's shortcodes as last known; undefined before the site is known. */
export type SiteShortcodesGetter = () => SiteShortcodes | undefined

const lookBehind = 1000

/** The open tag the cursor is in: its text from `{{` to the cursor, or null when not inside one. */
export function tagBeforeCursor(doc: string, pos: number): { from: number; text: string } | null {
  const start = Math.max(0, pos - lookBehind)
  const before = doc.slice(start, pos)
  const open = Math.max(before.lastIndexOf('{{<'), before.lastIndexOf('{{%'))
  if (open === -1) return null
  const text = before.slice(open)
  if (/[>%]\}\}/.test(text)) return null
  return { from: start + open, text }
}

function nameOptions(closed: boolean, delimiter: string, site: SiteShortcodes): Completion[] {
  const known = shortcodesOf(site.sets)
  const own = site.own
    .filter((name) => !known.some((s) => s.name === name) && !name.includes('/'))
    .map((name): ShortcodeInfo => shortcodeInfo(name) ?? { name, info: "This site's shortcode", delimiter: '<', set: 'hugo', params: [] })
  return [...known, ...own].map((s) => {
    if (closed) return { label: s.name, type: 'function', detail: s.info }
    return snippetCompletion(snippetFor(s, delimiter), { label: s.name, type: 'function', detail: s.info })
  })
}

/** The snippet a shortcode name completes to, with `${}` fields (written with its closing delimiter). */
export function snippetFor(s: ShortcodeInfo, delimiter: string): string {
  const d = delimiter
  const close = (d === '<' ? '>' : '%') + '}}'
  const first = s.name === 'figure' ? ' src="${}" title="${}"' : s.positional ? ' ${' + s.positional + '}' : s.params[0] ? ` ${s.params[0].name}="\${}"` : ''
  return s.paired ? `${s.name}${first} ${close}\${}{{${d} /${s.name} ${close}` : `${s.name}${first} ${close}`
}

function fileOptions(files: readonly MediaFile[], kind: string | undefined): Completion[] {
  return files
    .filter((f) => !kind || kind === 'any' || f.kind === kind)
    .filter((f) => f.state !== 'missing')
    .map((f) => ({ label: f.name, type: 'text', detail: f.state === 'unused' ? 'not used yet' : f.kind, boost: f.state === 'unused' ? 1 : 0 }))
}

/** The completion source for shortcodes; `files` gives the bundle's files for `src=`. */
export function shortcodeCompletionSource(files: MediaFiles = () => [], site: SiteShortcodesGetter = () => undefined): CompletionSource {
  return (cx: CompletionContext): CompletionResult | null => {
    const pos = cx.pos
    const doc = cx.state.doc
    const windowFrom = Math.max(0, pos - lookBehind)
    const tag = tagBeforeCursor(doc.sliceString(windowFrom, pos, '\n'), pos - windowFrom)
    if (!tag) return null
    const delimiter = tag.text[2]
    const body = tag.text.slice(3)

    const nameMatch = /^\s*(\/?)\s*([\w.-]*)$/.exec(body)
    if (nameMatch) {
      const after = doc.sliceString(pos, Math.min(doc.length, pos + 200), '\n')
      const closed = nameMatch[1] === '/' || /^[\w.-]*[^\n{]*?[>%]\}\}/.test(after)
      // Braces closed by typing `{{` are replaced by the snippet's own closing delimiter.
      const dangling = !closed && after.startsWith('}}') ? 2 : 0
      return { from: pos - nameMatch[2].length, to: pos + dangling, options: nameOptions(closed, delimiter, site() ?? unknownSiteShortcodes), validFor: /^[\w.-]*$/ }
    }
    const name = /^\s*([\w.-]+)/.exec(body)?.[1]
    const info = name ? shortcodeInfo(name) : undefined

    const value = /([\w-]+)\s*=\s*"([^"]*)$/.exec(body)
    if (value) {
      const param = info?.params.find((p) => p.name === value[1])
      const valueFrom = pos - value[2].length
      if (param?.file) return { from: valueFrom, options: fileOptions(files(), param.file), validFor: /^[^"]*$/ }
      if (param?.values) return { from: valueFrom, options: param.values.map((v) => ({ label: v, type: 'constant' })), validFor: /^\w*$/ }
      return null
    }
    if ((body.split('"').length - 1) % 2 === 1) return null

    const word = /\s([\w-]*)$/.exec(body)
    if (!info || !word) return null
    const used = new Set([...body.matchAll(/([\w-]+)\s*=/g)].map((m) => m[1]))
    const options = info.params
      .filter((p) => !used.has(p.name))
      .map((p) => snippetCompletion(`${p.name}="\${}"`, { label: p.name, type: 'property', detail: p.info }))
    if (!options.length) return null
    return { from: pos - word[1].length, options, validFor: /^[\w-]*$/ }
  }
}
