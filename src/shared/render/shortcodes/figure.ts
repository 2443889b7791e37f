// `figure` as Academic 4.x renders it: caption from `title` (else `caption`), `numbered`, lightbox link (default on),
// `link`/`target`/`rel` when the lightbox is off, `alt`, `width`/`height`, `class`. The preview shows the bundle's
// original image where the site would show a resized copy.
import type { MarkdownIt } from 'markdown-it'
import { goHtmlInAttr, goNormalizeUrl, goText } from '../go-escape'
import { anchorize } from '../goldmark/headings'
import { getParam, registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

export function renderFigure(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const get = (k: string) => getParam(call, k) ?? ''
  let src = get('src')
  if (get('library')) src = '/img/' + src
  const caption = get('title') || get('caption')
  const lightbox = get('lightbox') !== 'false'
  const link = get('link')
  const url = (u: string, kind: 'image' | 'link') => {
    const normal = goNormalizeUrl(u)
    return goText(normal === '#ZgotmplZ' ? normal : ctx.resolveUrl(normal, kind))
  }
  ctx.addFigure({ src: get('src'), title: caption, line: call.line })

  let html = '<figure'
  if (get('class')) html += ` class="${goText(get('class'))}"`
  if (caption) html += ` id="figure-${goText(anchorize(caption))}"`
  html += '>'
  const captionHtml = caption ? ctx.markdownify(caption) : ''
  if (lightbox) {
    html += `<a data-fancybox="${goText(get('lightbox-group'))}" href="${url(src, 'image')}"`
    if (caption) html += ` data-caption="${goHtmlInAttr(captionHtml)}"`
    html += '>'
  } else if (link) {
    html += `<a href="${url(link, 'link')}"`
    if (get('target')) html += ` target="${goText(get('target'))}"`
    if (get('rel')) html += ` rel="${goText(get('rel'))}"`
    html += '>'
  }
  html += `<img src="${url(src, 'image')}" alt="${goText(get('alt'))}"`
  if (get('width')) html += ` width="${goText(get('width'))}"`
  if (get('height')) html += ` height="${goText(get('height'))}"`
  html += '>'
  if (lightbox || link) html += '</a>'
  if (caption) {
    html += '<figcaption'
    if (get('numbered') === 'true') html += ` data-pre="${goText(ctx.figureWord ?? 'Figure')} " data-post=":" class="numbered"`
    html += `>${ctx.emojify(captionHtml)}</figcaption>`
  }
  return html + '</figure>'
}

/** markdown-it plugin: the `figure` shortcode. */
export function figurePlugin(md: MarkdownIt): void {
  registerShortcode(md, 'figure', renderFigure)
}
