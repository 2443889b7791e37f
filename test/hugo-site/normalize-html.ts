// Normalises HTML for comparing the preview's render with what `hugo` builds: parsed as a browser would (jsdom),
// attributes sorted, whitespace collapsed, attributes only the site's JavaScript reads dropped; then split into the
// top-level blocks of the content.
import { JSDOM } from 'jsdom'

/** Attributes used only by the theme's JavaScript (lightbox, lazy loading), not by what the page shows. */
const scriptOnlyAttributes = new Set(['data-fancybox', 'data-caption', 'data-line-offset'])
const inline = new Set(['a', 'abbr', 'b', 'br', 'code', 'del', 'em', 'i', 'img', 'input', 'kbd', 'mark', 's', 'span', 'strong', 'sub', 'sup', 'u', 'small', 'q', 'cite', 'time', 'wbr'])

function serialize(node: Node, inPre: boolean): string {
  if (node.nodeType === 3) {
    const text = node.textContent ?? ''
    return escapeText(inPre ? text : text.replace(/\s+/g, ' '))
  }
  if (node.nodeType === 8) return ''
  if (node.nodeType !== 1) return ''
  const el = node as Element
  const name = el.localName
  const attrs = [...el.attributes]
    .filter((a) => !scriptOnlyAttributes.has(a.name))
    .map((a) => `${a.name}="${escapeText(a.name === 'class' ? a.value.trim().split(/\s+/).sort().join(' ') : a.value.trim())}"`)
    .sort()
  const pre = inPre || name === 'pre'
  const children = serializeChildren(el, pre)
  return `<${name}${attrs.length ? ' ' + attrs.join(' ') : ''}>${children}</${name}>`
}

function serializeChildren(el: ParentNode, inPre: boolean): string {
  const parts: string[] = []
  for (const child of Array.from(el.childNodes)) {
    const s = serialize(child, inPre)
    if (!inPre && child.nodeType === 3 && !s.trim()) {
      parts.push(' ')
      continue
    }
    parts.push(s)
  }
  let out = parts.join('')
  if (!inPre) out = out.replace(/ {2,}/g, ' ').replace(/ ?(<\/?(?!(?:a|abbr|b|br|code|del|em|i|img|input|kbd|mark|s|span|strong|sub|sup|u|small|q|cite|time|wbr)\b)[a-z0-9]+[^>]*>) ?/g, '$1').trim()
  return out
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;')
}

/** The top-level blocks of a content fragment, each normalised; runs of text and inline elements form one block. */
export function normalizedBlocks(html: string): string[] {
  const fragment = JSDOM.fragment(html)
  const blocks: string[] = []
  let run = ''
  const flush = () => {
    const t = run.replace(/\s+/g, ' ').trim()
    if (t) blocks.push(t)
    run = ''
  }
  for (const child of Array.from(fragment.childNodes)) {
    if (child.nodeType === 1 && !inline.has((child as Element).localName)) {
      flush()
      blocks.push(serialize(child, false))
    } else if (child.nodeType !== 8) {
      run += serialize(child, false)
    }
  }
  flush()
  return blocks
}
