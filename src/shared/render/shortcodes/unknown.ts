// What the preview shows for a shortcode it has no template for (a labelled box with the name and parameters,
// never dropped) and for a broken tag (the tag's text, marked, with the reason as its title).
import { goText } from '../go-escape'
import type { ShortcodeCall, ShortcodeContext } from '../shortcode-registry'
import type { BrokenShortcode } from '../../shortcodes/types'

function describeParams(call: ShortcodeCall): string {
  const p = call.params
  if (p.kind === 'positional') return p.values.map((v) => (/^[\w.-]+$/.test(v) ? v : JSON.stringify(v))).join(' ')
  return Object.entries(p.values)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ')
}

export function renderUnknown(call: ShortcodeCall, ctx: ShortcodeContext): string {
  const params = describeParams(call)
  const inner = call.inner !== undefined && call.inner.trim() ? `<div class="shortcode-inner">${ctx.markdownify(call.inner)}</div>` : ''
  return (
    `<div class="shortcode-unknown" data-shortcode="${goText(call.name)}">` +
    `<span class="shortcode-label">${goText(call.name)}</span>${params ? ` <code>${goText(params)}</code>` : ''}${inner}</div>`
  )
}

export function renderBroken(item: BrokenShortcode, source: string): string {
  return `<span class="shortcode-error" data-rule="${item.rule}" title="${goText(item.message)}">${goText(source)}</span>`
}
