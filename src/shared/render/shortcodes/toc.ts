// `toc`: the page's table of contents as Hugo writes `.TableOfContents` (h2 and h3, nested lists in a nav).
import type { MarkdownIt } from 'markdown-it'
import { registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

interface TocItem {
  heading?: { html: string; id: string }
  level: number
  children: TocItem[]
}

function list(items: TocItem[], to: number): string {
  const shown = items.filter((i) => i.level <= to)
  if (!shown.length) return ''
  return '<ul>' + shown.map((i) => `<li>${i.heading ? `<a href="#${i.heading.id}">${i.heading.html}</a>` : ''}${list(i.children, to)}</li>`).join('') + '</ul>'
}

/**
 * Hugo's `.TableOfContents` for headings `from`–`to`: nested lists; a heading deeper than the one before it hangs
 * under empty items, and headings below `to` leave their empty parent items (as Hugo's do).
 */
export function tableOfContents(headings: { level: number; html: string; id: string }[], from = 2, to = 3): string {
  const root: TocItem = { level: from - 1, children: [] }
  const stack: TocItem[] = [root]
  for (const h of headings) {
    if (h.level < from) continue
    while (stack[stack.length - 1].level >= h.level) stack.pop()
    while (stack[stack.length - 1].level < h.level - 1) {
      const top = stack[stack.length - 1]
      const empty: TocItem = { level: top.level + 1, children: [] }
      top.children.push(empty)
      stack.push(empty)
    }
    const item: TocItem = { heading: h, level: h.level, children: [] }
    stack[stack.length - 1].children.push(item)
    stack.push(item)
  }
  return `<nav id="TableOfContents">${list(root.children, to)}</nav>`
}

export function renderToc(_call: ShortcodeCall, ctx: ShortcodeContext): string {
  return ctx.later((page) => tableOfContents(page.headings))
}

/** markdown-it plugin: the `toc` shortcode. */
export function tocPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'toc', renderToc)
}
