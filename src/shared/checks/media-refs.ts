// The files an episode shows: figure/video/audio shortcodes' `src`, Markdown images and raw HTML `<img>`/`<source>`,
// each with the place its URL is written, so checks can point at it and fixes can replace it.
import { walkShortcodes } from '../shortcodes/parse'
import type { ShortcodeNode } from '../shortcodes/types'
import type { EpisodeFacts } from './types'

export interface MediaRef {
  kind: 'figure' | 'video' | 'audio' | 'image' | 'html'
  url: string
  /** Where the URL is written in the document. */
  urlFrom: number
  urlTo: number
  /** Shortcode `src` values are matched by Hugo without URL-decoding; Markdown and HTML URLs are encoded. */
  encoded: boolean
}

const MEDIA_SHORTCODES: Record<string, MediaRef['kind']> = { figure: 'figure', video: 'video', audio: 'audio' }

export function mediaRefs(facts: EpisodeFacts): MediaRef[] {
  const out: MediaRef[] = []
  walkShortcodes(facts.shortcodes.items, (node) => {
    const kind = MEDIA_SHORTCODES[node.name]
    if (!kind || node.params.kind !== 'named') return
    const { src, library } = node.params.values
    if (!src || (library && library !== 'false')) return // `library` images live in static/, not the bundle
    const at = paramValueAt(facts.text, node, 'src')
    if (at) out.push({ kind, url: src, ...at, encoded: false })
  })
  for (const ref of facts.refs.refs) {
    if (ref.kind === 'image') out.push({ kind: 'image', url: ref.url, urlFrom: ref.urlFrom, urlTo: ref.urlTo, encoded: true })
    else if (ref.kind === 'html-img' || ref.kind === 'html-media') out.push({ kind: 'html', url: ref.url, urlFrom: ref.urlFrom, urlTo: ref.urlTo, encoded: true })
  }
  return out.sort((a, b) => a.urlFrom - b.urlFrom)
}

/** Offsets of a named parameter's value inside a shortcode's opening tag. */
function paramValueAt(text: string, node: ShortcodeNode, name: string): { urlFrom: number; urlTo: number } | null {
  const tag = text.slice(node.tagFrom, node.tagTo)
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|\`([^\`]*)\`|([^\\s"\`]+))`).exec(tag)
  if (!m) return null
  const value = m[1] ?? m[2] ?? m[3]
  const from = node.tagFrom + m.index + m[0].length - value.length - (m[3] !== undefined ? 0 : 1)
  return { urlFrom: from, urlTo: from + value.length }
}
