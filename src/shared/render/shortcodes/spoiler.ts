// `spoiler` (Wowchemy 5): a closed `<details>` whose summary is the `text` parameter and whose body is the inner
// Markdown.
import type { MarkdownIt } from 'markdown-it'
import { getParam, registerShortcode, type ShortcodeCall, type ShortcodeContext } from '../shortcode-registry'

export function renderSpoiler(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const text = getParam(call, 'text') ?? ''
  return `<details class="spoiler" id="spoiler-${call.ordinal}"><summary>${ctx.markdownify(text)}</summary><p>${ctx.markdownify(call.inner ?? '')}</p></details>`
}

/** markdown-it plugin: the `spoiler` shortcode. */
export function spoilerPlugin(md: MarkdownIt): void {
  registerShortcode(md, 'spoiler', renderSpoiler)
}
