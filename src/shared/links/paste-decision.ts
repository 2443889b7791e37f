// What pasting text into an episode should do: a bare http(s) URL becomes a titled link (or `[selection](url)`
// when text is selected), except where Markdown links mean nothing — front matter, code, a shortcode's tag — or
// where the URL is already part of a link or an HTML attribute.
import { findCode } from '../checks/body-refs'
import { splitDocument } from '../document'
import { parseShortcodes } from '../shortcodes/parse'
import type { ShortcodeItem } from '../shortcodes/types'

export type PasteDecision =
  /** Paste as it is. */
  | { kind: 'plain' }
  /** Wrap the selected text: `[selected](url)`, no fetch. */
  | { kind: 'wrap'; url: string; text: string }
  /** Insert a link at once and look up the page's title. */
  | { kind: 'titled'; url: string }

/** The pasted text when it is one http(s) URL and nothing else (surrounding white space allowed), else null. */
export function bareUrl(pasted: string): string | null {
  const text = pasted.trim()
  if (!/^https?:\/\/[^/\s]\S*$/i.test(text)) return null
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? text : null
  } catch {
    return null
  }
}

/** True when `pos` is somewhere Markdown is not Markdown: front matter, code (fenced or inline) or a shortcode tag. */
export function isPlainPlace(doc: string, pos: number): boolean {
  const split = splitDocument(doc)
  if (pos < split.bodyFrom) return true
  if (split.frontMatter && pos <= split.frontMatter.to) return true
  const inside = (r: { from: number; to: number }) => pos > r.from && pos < r.to
  if (findCode(split.body).some((r) => inside({ from: r.from + split.bodyFrom, to: r.to + split.bodyFrom }))) return true
  // A fence still being written (no closing line yet) is code too; findCode treats an unclosed fence as running to the end.
  return inShortcodeTag(parseShortcodes(doc, split.bodyFrom).items, pos)
}

function inShortcodeTag(items: ShortcodeItem[], pos: number): boolean {
  for (const item of items) {
    if (pos < item.from || pos > item.to) continue
    if (item.type !== 'shortcode') return pos > item.from && pos < item.to
    if (pos > item.tagFrom && pos < item.tagTo) return true
    if (item.close && pos > item.close.from && pos < item.close.to) return true
    if (item.inner && inShortcodeTag(item.inner.children, pos)) return true
  }
  return false
}

/** Right after `](`, `<`, `href="`, `src="` or `url=`: the URL is being written into a link or attribute already. */
function afterLinkOpener(doc: string, pos: number): boolean {
  const before = doc.slice(Math.max(0, pos - 12), pos)
  return /(\]\(|<|\b(?:href|src|url|link)\s*=\s*["']?|\]:\s*)$/i.test(before)
}

/** What a paste of `pasted` over the selection `from`–`to` of `doc` should do. */
export function pasteDecision(doc: string, from: number, to: number, pasted: string): PasteDecision {
  const url = bareUrl(pasted)
  if (!url || isPlainPlace(doc, from) || afterLinkOpener(doc, from)) return { kind: 'plain' }
  if (from === to) return { kind: 'titled', url }
  const selected = doc.slice(from, to)
  // A selected URL is being replaced by another; a selection over several lines is not one link's text.
  if (bareUrl(selected) || /[\r\n]/.test(selected) || !selected.trim()) return { kind: 'plain' }
  return { kind: 'wrap', url, text: selected }
}
