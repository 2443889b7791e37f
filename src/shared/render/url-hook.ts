// The URL-resolver hook: the preview shows bundle images through the app's media route while the CLI and export
// keep URLs as written. The resolver travels in the render env, so the one cached markdown-it instance serves both.
import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'
import { fileKind } from '../file-kinds'
import type { UrlKind } from './shortcode-registry'

export type ResolveUrl = (url: string, kind: UrlKind) => string

/** A link to an audio or video file (by the file-kind table) opens through the media route, not as a page. */
function isMediaLink(href: string): boolean {
  const kind = fileKind(href.replace(/[?#].*$/, ''))
  return kind === 'audio' || kind === 'video'
}
const rawUrlAttr = /(<(img|video|audio|source|track)\b[^>]*?\s(?:src|poster)\s*=\s*)("([^"]*)"|'([^']*)')/gi

/** Rewrites `src` of images and media in raw HTML written in the episode. */
function resolveRawHtml(html: string, resolve: ResolveUrl): string {
  return html.replace(rawUrlAttr, (all, head: string, tag: string, _q: string, dq?: string, sq?: string) => {
    const url = dq ?? sq ?? ''
    const kind: UrlKind = tag.toLowerCase() === 'img' ? 'image' : 'media'
    const resolved = resolve(url, kind)
    if (resolved === url) return all
    return `${head}"${resolved.replace(/"/g, '&quot;')}"`
  })
}

/** markdown-it plugin: applies `env.resolveUrl` to image sources, link targets and raw HTML media. */
export function urlHookPlugin(md: MarkdownIt): void {
  const rules = md.renderer.rules
  const image = rules.image!
  const linkOpen = rules.link_open ?? ((tokens: Token[], idx: number, options, _env, self) => self.renderToken(tokens, idx, options))
  const htmlBlock = rules.html_block!
  const htmlInline = rules.html_inline!
  // The resolved address is set for this rendering only: a token rendered twice (a heading is rendered for the
  // table of contents, then in its block) must not be resolved twice.
  const withAttr = (token: Token, name: string, value: string, render: () => string): string => {
    const written = token.attrGet(name)
    token.attrSet(name, value)
    try {
      return render()
    } finally {
      token.attrSet(name, String(written))
    }
  }
  rules.image = (tokens, idx, options, env, self) => {
    const resolve = env?.resolveUrl as ResolveUrl | undefined
    const src = tokens[idx].attrGet('src')
    const render = () => image(tokens, idx, options, env, self)
    return resolve && src != null ? withAttr(tokens[idx], 'src', resolve(String(src), 'image'), render) : render()
  }
  rules.link_open = (tokens, idx, options, env, self) => {
    const resolve = env?.resolveUrl as ResolveUrl | undefined
    const href = tokens[idx].attrGet('href') == null ? null : String(tokens[idx].attrGet('href'))
    const render = () => linkOpen(tokens, idx, options, env, self)
    return resolve && href != null && !href.startsWith('#') ? withAttr(tokens[idx], 'href', resolve(href, isMediaLink(href) ? 'media' : 'link'), render) : render()
  }
  rules.html_block = (tokens, idx, options, env, self) => {
    const html = htmlBlock(tokens, idx, options, env, self)
    return env?.resolveUrl ? resolveRawHtml(html, env.resolveUrl as ResolveUrl) : html
  }
  rules.html_inline = (tokens, idx, options, env, self) => {
    const html = htmlInline(tokens, idx, options, env, self)
    return env?.resolveUrl ? resolveRawHtml(html, env.resolveUrl as ResolveUrl) : html
  }
}
