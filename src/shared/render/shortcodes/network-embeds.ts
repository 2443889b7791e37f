// `tweet`, `gist` and `instagram` need the network when Hugo builds the site; the preview shows a labelled box
// with a link to the post instead (the same box the comparison site's templates print).
import type { MarkdownIt } from 'markdown-it'
import { goText, goUrl } from '../go-escape'
import { getEither, getParam, registerShortcode, type ShortcodeCall } from '../shortcode-registry'

function embedBox(name: string, url: string): string {
  return `<div class="shortcode-embed" data-shortcode="${name}"><span class="shortcode-label">${name}</span> <a href="${goUrl(url)}">${goText(url)}</a></div>`
}

export function renderTweet(call: ShortcodeCall): string {
  const user = getParam(call, 'user') ?? 'i'
  const id = getEither(call, 'id', 0) ?? ''
  return embedBox(call.name, `https://twitter.com/${user}/status/${id}`)
}

export function renderGist(call: ShortcodeCall): string {
  const user = getEither(call, 'user', 0) ?? ''
  const id = getEither(call, 'id', 1) ?? ''
  const file = getEither(call, 'file', 2)
  return embedBox('gist', `https://gist.github.com/${user}/${id}${file ? `#file-${file.replace(/\./g, '-')}` : ''}`)
}

export function renderInstagram(call: ShortcodeCall): string {
  return embedBox('instagram', `https://www.instagram.com/p/${getEither(call, 'id', 0) ?? ''}/`)
}

/** markdown-it plugin: placeholders for Hugo's `tweet`, `gist` and `instagram`. */
export function networkEmbedsPlugin(md: MarkdownIt): void {
  registerShortcode(md, ['tweet', 'twitter'], renderTweet)
  registerShortcode(md, 'gist', renderGist)
  registerShortcode(md, 'instagram', renderInstagram)
}
