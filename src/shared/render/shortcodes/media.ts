// `video` (Academic) and `audio` (Wowchemy 5): an HTML5 player with one source whose type comes from the extension;
// `library` points into the site's static media folder.
import type { MarkdownIt } from 'markdown-it'
import { goNormalizeUrl, goText } from '../go-escape'
import { getParam, registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

const audioTypes: Record<string, string> = { mp3: 'mpeg', m4a: 'mp4', aac: 'aac', wav: 'wav', ogg: 'ogg', oga: 'ogg', opus: 'ogg', flac: 'flac', webm: 'webm' }

function extension(src: string): string {
  const path = src.replace(/[?#].*$/, '')
  const dot = path.lastIndexOf('.')
  return dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : ''
}

function mediaSrc(call: ShortcodeCall, ctx: ShortcodeContext): { src: string; shown: string } {
  let src = getParam(call, 'src') ?? ''
  if (getParam(call, 'library')) src = '/media/' + src
  const normal = goNormalizeUrl(src)
  return { src, shown: goText(normal === '#ZgotmplZ' ? normal : ctx.resolveUrl(normal, 'media')) }
}

export function renderVideo(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const { src, shown } = mediaSrc(call, ctx)
  const controls = getParam(call, 'controls') ? 'controls' : 'autoplay loop'
  return `<video ${controls}><source src="${shown}" type="video/${goText(extension(src))}"></video>`
}

export function renderAudio(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const { src, shown } = mediaSrc(call, ctx)
  const ext = extension(src)
  return `<audio controls><source src="${shown}" type="audio/${goText(audioTypes[ext] ?? ext)}"></audio>`
}

/** markdown-it plugin: the `video` and `audio` shortcodes. */
export function mediaPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'video', renderVideo)
  registerShortcode(md, 'audio', renderAudio)
}
