// `toc`: the page's table of contents as Hugo writes `.TableOfContents` (h2 and h3, nested lists in a nav).
import type { MarkdownIt } from 'markdown-it'
import { registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

interface TocItem {
  heading?: { html: string; id: string }
  children: TocItem[]
}

function list(items: TocItem[]): string {
  return '<ul>' + items.map((i) => `<li>${i.heading ? `<a href="#${i.heading.id}">${i.heading.html}</a>` : ''}${i.children.length ? list(i.children) : ''}</li>`).join('') + '</ul>'
}

export function tableOfContents(headings: { level: number; html: string; id: string }[], from = 2, to = 3): string {
  const root: TocItem = { children: [] }
  const stack: { item: TocItem; level: number }[] = [{ item: root, level: from - 1 }]
  for (const h of headings) {
    if (h.level < from || h.level > to) continue
    while (stack[stack.length - 1].level >= h.level) stack.pop()
    // A heading deeper than the one before it hangs under empty items, as Hugo does.
    while (stack[stack.length - 1].level < h.level - 1) {
      const top = stack[stack.length - 1]
      const empty: TocItem = { children: [] }
      top.item.children.push(empty)
      stack.push({ item: empty, level: top.level + 1 })
    }
    const item: TocItem = { heading: h, children: [] }
    stack[stack.length - 1].item.children.push(item)
    stack.push({ item, level: h.level })
  }
  return `<nav id="TableOfContents">${root.children.length ? list(root.children) : ''}</nav>`
}

export function renderToc(_call: ShortcodeCall, ctx: ShortcodeContext): string {
  return ctx.later((page) => tableOfContents(page.headings))
}

/** markdown-it plugin: the `toc` shortcode. */
export function tocPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'toc', renderToc)
}
