// Small shortcodes around inner text: `hl` (a highlight), `staticref` (a link into the site's static folder) and
// `diagram` (a Mermaid block, drawn by the site's JavaScript).
import type { MarkdownIt } from 'markdown-it'
import { goUrl } from '../go-escape'
import { getParam, registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

export function renderHl(call: ShortcodeCall): string {
  return `<mark>${call.inner ?? ''}</mark>`
}

export function renderStaticref(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const path = '/' + (getParam(call, 0) ?? getParam(call, 'path') ?? '').replace(/^\/+/, '')
  const newTab = (getParam(call, 1) ?? getParam(call, 'target')) === 'newtab'
  return `<a href="${goUrl(ctx.resolveUrl(path, 'link'))}"${newTab ? ' target="_blank"' : ''}>${call.inner ?? ''}</a>`
}

export function renderDiagram(call: ShortcodeCall): string {
  return `<div class="mermaid">${call.inner ?? ''}</div>`
}

/** markdown-it plugin: the `hl`, `staticref` and `diagram` shortcodes. */
export function inlineMarksPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'hl', renderHl)
  registerShortcode(md, 'staticref', renderStaticref)
  registerShortcode(md, 'diagram', renderDiagram)
}
