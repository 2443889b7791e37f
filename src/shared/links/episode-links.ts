// The web links of an episode that a link check fetches: Markdown links, images and reference definitions, raw
// HTML `href`/`src`, `<https://…>` autolinks and bare URLs (Hugo's Goldmark links them), each with its place.
// `mailto:`, relative links and `#anchors` are not fetched (anchors have their own check); code is skipped.
import { scanBody, type RefKind } from '../checks/body-refs'
import { splitDocument } from '../document'
import { parseShortcodes } from '../shortcodes/parse'

export interface EpisodeLink {
  /** The URL as written (what a quick fix replaces). */
  url: string
  /** Where the URL is written in the whole text. */
  from: number
  to: number
}

const FETCHED: ReadonlySet<RefKind> = new Set<RefKind>(['link', 'image', 'definition', 'html-a', 'html-img', 'html-media'])

/** True for an absolute http(s) URL with a host. */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false
  try {
    return Boolean(new URL(url).hostname)
  } catch {
    return false
  }
}

/** Every web link of `text` in document order. */
export function episodeLinks(text: string): EpisodeLink[] {
  const split = splitDocument(text)
  const refs = scanBody(text, split.bodyFrom, parseShortcodes(text, split.bodyFrom).items)
  const out: EpisodeLink[] = []
  const taken: { from: number; to: number }[] = []
  for (const ref of refs.refs) {
    taken.push({ from: ref.from, to: ref.to })
    if (FETCHED.has(ref.kind) && isWebUrl(ref.url)) out.push({ url: ref.url, from: ref.urlFrom, to: ref.urlTo })
  }
  // Bare URLs and autolinks in the text that is not code, a comment, a shortcode tag or a link found above.
  for (const m of refs.masked.matchAll(/https?:\/\/[^\s<>"'`\])]+[^\s<>"'`\]).,;:!?*_~]/gi)) {
    const from = refs.base + m.index
    const to = from + m[0].length
    if (taken.some((r) => from >= r.from && from < r.to)) continue
    if (isWebUrl(m[0])) out.push({ url: m[0], from, to })
  }
  return out.sort((a, b) => a.from - b.from)
}
