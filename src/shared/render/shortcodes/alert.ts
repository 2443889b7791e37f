// `alert` (Academic 4.x) and `callout` (Wowchemy 5): a box of the given type around the inner text. The template
// keeps the inner text on its own lines, so with `{{% %}}` it is read as Markdown (as on the site).
import type { MarkdownIt } from 'markdown-it'
import { goText } from '../go-escape'
import { getParam, registerShortcode, type ShortcodeCall } from '../shortcode-registry'

export function renderAlert(call: ShortcodeCall): string {
  const type = getParam(call, 0) ?? ''
  return `<div class="alert alert-${goText(type)}">\n  <div>\n    ${call.inner ?? ''}\n  </div>\n</div>`
}

/** markdown-it plugin: the `alert` and `callout` shortcodes. */
export function alertPlugin(md: MarkdownIt): void {
  registerShortcode(md, ['alert', 'callout'], renderAlert)
}
