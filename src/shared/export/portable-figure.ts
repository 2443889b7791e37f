// A figure shortcode as portable Markdown: a `<figure>` HTML element on one line (any CommonMark renderer keeps it),
// or a Markdown image with its caption in emphasis on the next line.
import { getParam, type ShortcodeCall } from '../render/shortcode-registry'

export interface FigureParts {
  src: string
  alt: string
  /** The caption's HTML (rendered from its Markdown), '' when there is none. */
  captionHtml: string
  /** The caption as written (Markdown). */
  caption: string
  link: string
  width: string
  height: string
  className: string
}

export function figureParts(call: Pick<ShortcodeCall, 'params'>, renderCaption: (markdown: string) => string): FigureParts {
  const get = (k: string) => getParam(call, k) ?? ''
  const caption = (get('title') || get('caption')).replace(/\s*\n\s*/g, ' ')
  const src = get('library') && get('library') !== 'false' ? '/img/' + get('src').replace(/^\//, '') : get('src')
  return {
    src,
    // Accessibility: a portable image without alt text is worse than one described by its caption.
    alt: get('alt') || plain(caption),
    captionHtml: caption ? renderCaption(caption) : '',
    caption,
    link: get('lightbox') === 'false' ? get('link') : '',
    width: get('width'),
    height: get('height'),
    className: get('class')
  }
}

/** `<figure><img …><figcaption>…</figcaption></figure>` on one line. */
export function figureHtml(f: FigureParts, url: string, link: string): string {
  let img = `<img src="${attr(url)}" alt="${attr(f.alt)}"`
  if (f.width) img += ` width="${attr(f.width)}"`
  if (f.height) img += ` height="${attr(f.height)}"`
  img += '>'
  if (link) img = `<a href="${attr(link)}">${img}</a>`
  const caption = f.captionHtml ? `<figcaption>${f.captionHtml}</figcaption>` : ''
  return `<figure${f.className ? ` class="${attr(f.className)}"` : ''}>${img}${caption}</figure>`
}

/** `![alt](url)` and, with a caption, a hard line break and `*caption*`; `indent` starts the continuation line. */
export function figureMarkdown(f: FigureParts, url: string, link: string, indent: string): string {
  let image = `![${escapeText(f.alt)}](${destination(url)})`
  if (link) image = `[${image}](${destination(link)})`
  if (!f.caption) return image
  return `${image}\\\n${indent}*${f.caption.replace(/^\*+|\*+$/g, '').trim()}*`
}

/** A link destination that survives any CommonMark parser: `<…>` when it holds spaces or parentheses. */
export function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url
}

function escapeText(s: string): string {
  return s.replace(/([\\[\]])/g, '\\$1')
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function plain(markdown: string): string {
  return markdown.replace(/<[^>]*>/g, '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim()
}
