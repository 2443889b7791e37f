// Hugo's built-in `youtube` and `vimeo` shortcodes (0.111 templates, privacy settings at their defaults).
import type { MarkdownIt } from 'markdown-it'
import { goText, goUrl } from '../go-escape'
import { getEither, getParam, registerShortcode, type ShortcodeCall } from '../shortcode-registry'

const wrapperStyle = 'position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;'
const frameStyle = 'position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;'

export function renderYoutube(call: ShortcodeCall): string {
  const id = getEither(call, 'id', 0) ?? ''
  const cls = getEither(call, 'class', 1)
  const title = getParam(call, 'title') || 'YouTube Video'
  const autoplay = getParam(call, 'autoplay') === 'true' ? '?autoplay=1' : ''
  const src = goUrl(`https://www.youtube.com/embed/${id}${autoplay}`)
  return (
    `\n<div ${cls ? `class="${goText(cls)}"` : `style="${wrapperStyle}"`}>\n` +
    `  <iframe src="${src}" ${cls ? '' : `style="${frameStyle}" `}allowfullscreen title="${goText(title)}"></iframe>\n` +
    '</div>\n'
  )
}

export function renderVimeo(call: ShortcodeCall): string {
  const named = call.params.kind === 'named'
  const count = call.params.kind === 'positional' ? call.params.values.length : 0
  const id = named ? (getParam(call, 'id') ?? '') : (getParam(call, 0) ?? '')
  const cls = named ? getParam(call, 'class') : count === 2 ? getParam(call, 1) : undefined
  const title = named ? getParam(call, 'title') || 'vimeo video' : count === 3 ? (getParam(call, 2) ?? '') : 'vimeo video'
  const bare = named ? !getParam(call, 'class') : count === 1
  const html =
    `<div ${cls ? `class="${goText(cls)}"` : `style="${wrapperStyle}"`}>\n` +
    `  <iframe src="${goUrl(`https://player.vimeo.com/video/${id}`)}" ${bare ? `style="${frameStyle}" ` : ''}title="${goText(title)}" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>\n` +
    '</div>'
  // Hugo's template puts the positional form on its own lines and the named form inline.
  return named ? html : `\n${html}\n`
}

/** markdown-it plugin: Hugo's `youtube` and `vimeo` shortcodes. */
export function hugoPlayersPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'youtube', renderYoutube)
  registerShortcode(md, 'vimeo', renderVimeo)
}
