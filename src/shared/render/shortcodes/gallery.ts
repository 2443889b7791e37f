// `gallery`: linked images of one folder of the bundle (`album`), captions from front matter `gallery_item`.
// The preview needs the bundle's file list for that; without it the gallery shows as a labelled box.
import type { MarkdownIt } from 'markdown-it'
import { goNormalizeUrl, goText } from '../go-escape'
import { getParam, registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

const imageFile = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?)$/i

function captionFor(ctx: ShortcodeContext, album: string, file: string): string {
  const items = ctx.params.gallery_item
  if (!Array.isArray(items)) return ''
  const name = file.slice(album.length + 1)
  for (const item of items) {
    if (item && typeof item === 'object' && (item as Record<string, unknown>).album === album && (item as Record<string, unknown>).image === name) {
      return String((item as Record<string, unknown>).caption ?? '')
    }
  }
  return ''
}

export function renderGallery(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const album = getParam(call, 'album') ?? 'gallery'
  if (!ctx.bundleFiles) {
    return `<div class="gallery shortcode-placeholder" data-shortcode="gallery"><span class="shortcode-label">gallery</span> ${goText(album)}/</div>`
  }
  const files = ctx.bundleFiles.filter((f) => f.toLowerCase().startsWith(album.toLowerCase() + '/') && imageFile.test(f)).sort()
  let html = '<div class="gallery">'
  for (const file of files) {
    const href = goText(ctx.resolveUrl(goNormalizeUrl(file), 'image'))
    const caption = captionFor(ctx, album, file)
    html += `<a data-fancybox="gallery-${goText(album)}" href="${href}"${caption ? ` data-caption="${goText(caption)}"` : ''}><img src="${href}" alt=""></a>`
  }
  return html + '</div>'
}

/** markdown-it plugin: the `gallery` shortcode. */
export function galleryPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'gallery', renderGallery)
}
