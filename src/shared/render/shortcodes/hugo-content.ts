// Hugo's built-in `highlight` (code without Chroma's colours: the theme styles it), `ref`/`relref` (the path as
// written: the preview cannot know the site's pages) and `param` (a front matter value).
import type { MarkdownIt } from 'markdown-it'
import { goText, goUrl } from '../go-escape'
import { getEither, getParam, registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

export function renderHighlight(call: ShortcodeCall): string {
  const lang = getParam(call, 0) ?? ''
  const code = (call.inner ?? '').replace(/^\r?\n/, '').replace(/\r?\n$/, '')
  const langAttrs = lang ? ` class="language-${goText(lang)}" data-lang="${goText(lang)}"` : ''
  return `<div class="highlight"><pre tabindex="0"><code${langAttrs}>${goText(code).replace(/&#43;/g, '+')}</code></pre></div>`
}

export function renderRef(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const path = getEither(call, 'path', 0) ?? ''
  return goUrl(ctx.resolveUrl(path, 'link'))
}

function lookup(params: Record<string, unknown>, key: string): unknown {
  let value: unknown = params
  for (const part of key.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    const entry = Object.entries(value as Record<string, unknown>).find(([k]) => k.toLowerCase() === part.toLowerCase())
    value = entry?.[1]
  }
  return value
}

export function renderParam(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const key = getParam(call, 0) ?? ''
  const value = key ? lookup(ctx.params, key) : undefined
  if (value === undefined || value === null) {
    ctx.problem(key ? 'shortcode-param.missing' : 'shortcode-param.no-name', { key })
    return `<span class="shortcode-error" data-rule="shortcode-param">param ${goText(key)}?</span>`
  }
  return goText(typeof value === 'object' ? JSON.stringify(value) : String(value))
}

/** markdown-it plugin: Hugo's `highlight`, `ref`, `relref` and `param` shortcodes. */
export function hugoContentPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'highlight', renderHighlight)
  registerShortcode(md, ['ref', 'relref'], renderRef)
  registerShortcode(md, 'param', renderParam)
}
