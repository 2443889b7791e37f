// Completion of front matter keys: the talk archetype's fields (and those of the site's own archetype when
// known) that the episode does not have yet, nested ones (`image`, `address`) under their parent.
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete'
import { frontMatterHead } from './front-matter-head'

export interface KeyInfo {
  key: string
  info: string
  /** Keys of a nested map. */
  children?: KeyInfo[]
}

/** The fields of the Academic / Wowchemy `talk` archetype, in its order. */
export const talkKeys: KeyInfo[] = [
  { key: 'title', info: 'The episode title' },
  { key: 'event', info: 'The show or event' },
  { key: 'event_url', info: 'Link of the show or event' },
  { key: 'location', info: 'Where it was recorded' },
  {
    key: 'address', info: 'Postal address',
    children: ['street', 'city', 'region', 'postcode', 'country'].map((key) => ({ key, info: 'Address: ' + key }))
  },
  { key: 'summary', info: 'Short text shown in lists' },
  { key: 'abstract', info: 'Longer description' },
  { key: 'date', info: 'The episode date (RFC 3339)' },
  { key: 'date_end', info: 'When it ended' },
  { key: 'all_day', info: 'An all-day event (true/false)' },
  { key: 'publishDate', info: 'When the page goes live' },
  { key: 'expiryDate', info: 'When the page is taken down' },
  { key: 'authors', info: 'Hosts and guests' },
  { key: 'tags', info: 'Topics' },
  { key: 'projects', info: 'Related projects' },
  { key: 'featured', info: 'Feature it on the home page (true/false)' },
  {
    key: 'image', info: 'Featured image (featured.jpg in the bundle)',
    children: [
      { key: 'caption', info: 'Image caption' },
      { key: 'focal_point', info: 'Smart, Center, TopLeft, Top, …' },
      { key: 'preview_only', info: 'Show only in previews (true/false)' }
    ]
  },
  { key: 'links', info: 'Extra links: name, url, icon_pack, icon' },
  { key: 'url_slides', info: 'Slides link' },
  { key: 'url_code', info: 'Code link' },
  { key: 'url_pdf', info: 'PDF link' },
  { key: 'url_video', info: 'Video link' },
  { key: 'slides', info: 'A slides page ("" for none)' },
  { key: 'draft', info: 'Hide it until it is ready (true/false)' }
]

/** Keys already written at the top level or under `parent` (a simple line scan: enough for completion). */
function presentKeys(head: string, parent: string | null, format: 'yaml' | 'toml'): Set<string> {
  const keys = new Set<string>()
  let inParent = parent === null
  for (const line of head.split('\n')) {
    if (format === 'toml') {
      const table = /^\s*\[([^\]]+)\]/.exec(line)
      if (table) inParent = table[1].trim() === parent
      else if (inParent) {
        const m = /^\s*([\w-]+)\s*=/.exec(line)
        if (m) keys.add(m[1])
      }
      continue
    }
    const m = /^(\s*)([\w-]+)\s*:/.exec(line)
    if (!m) continue
    if (m[1].length === 0) {
      if (parent === null) keys.add(m[2])
      inParent = m[2] === parent
    } else if (parent !== null && inParent) keys.add(m[2])
  }
  return keys
}

/** The completion source; `extraKeys` adds the keys of the site's archetype for this section. */
export function frontMatterCompletionSource(extraKeys: () => readonly string[] = () => []): CompletionSource {
  return (cx: CompletionContext): CompletionResult | null => {
    const head = frontMatterHead(cx.state.doc)
    const format = head.split.format
    const block = head.split.frontMatter
    if (!block || (format !== 'yaml' && format !== 'toml')) return null
    if (cx.pos < block.contentFrom || cx.pos > block.contentTo) return null
    const line = cx.state.doc.lineAt(cx.pos)
    const before = line.text.slice(0, cx.pos - line.from)
    const m = /^(\s*)([\w-]*)$/.exec(before)
    if (!m || (!m[2] && !cx.explicit)) return null

    let parent: string | null = null
    if (format === 'yaml' && m[1].length > 0) {
      for (let n = line.number - 1; n >= 1; n--) {
        const prev = cx.state.doc.line(n).text
        if (/^\s*(#|$)/.test(prev)) continue
        const pm = /^(\s*)([\w-]+)\s*:\s*$/.exec(prev)
        if (pm && pm[1].length < m[1].length) {
          parent = pm[2]
          break
        }
        if (/^\S/.test(prev)) return null
      }
    } else if (format === 'toml') {
      for (let n = line.number - 1; n >= 1; n--) {
        const table = /^\s*\[([^\]]+)\]/.exec(cx.state.doc.line(n).text)
        if (table) {
          parent = table[1].trim()
          break
        }
      }
    }
    const known = parent === null ? talkKeys : talkKeys.find((k) => k.key === parent)?.children ?? []
    const extra: KeyInfo[] = parent === null ? extraKeys().filter((k) => !known.some((c) => c.key === k)).map((key) => ({ key, info: 'From the archetype' })) : []
    const present = presentKeys(head.text.slice(block.contentFrom, block.contentTo), parent, format)
    const separator = format === 'yaml' ? ': ' : ' = '
    const options: Completion[] = [...known, ...extra]
      .filter((k) => !present.has(k.key))
      .map((k) => ({ label: k.key, detail: k.info, type: 'property', apply: k.children && format === 'yaml' ? `${k.key}:\n${m[1]}  ` : k.key + separator }))
    if (!options.length) return null
    return { from: cx.pos - m[2].length, options, validFor: /^[\w-]*$/ }
  }
}
