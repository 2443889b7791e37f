// Hugo's shortcode step, before Markdown: a `{{% %}}` shortcode's output is put into the Markdown text; a `{{< >}}`
// shortcode becomes a placeholder word whose HTML replaces it after Markdown (dropping a `<p>` wrapped around the
// placeholder alone). Nested shortcodes render into their parent's inner text; a nested `{{% %}}`'s inner is Markdown.
// Also maps each line of the expanded text back to the document's lines, for blocks and scroll sync.
import type { MarkdownIt } from 'markdown-it'
import type { ParsedShortcodes } from '../shortcodes/parse'
import type { ShortcodeItem, ShortcodeNode } from '../shortcodes/types'
import type { LineIndex } from './line-index'
import { shortcodeRenderer, type ShortcodeContext } from './shortcode-registry'
import { renderBroken, renderUnknown } from './shortcodes/unknown'

export interface Expansion {
  /** The Markdown Hugo's content renderer sees. */
  source: string
  /** For each line of `source`: the 0-based document lines where it starts and ends. */
  lineStart: number[]
  lineEnd: number[]
  /** HTML of each `{{< >}}` placeholder, by ordinal. */
  placeholders: string[]
}

/** Placeholder text as Hugo writes it (it can end up in heading ids, so it is the same word). */
export const placeholder = (ordinal: number) => `HAHAHUGOSHORTCODEs${ordinal}HBHB`
const placeholderPattern = /(<p(?: data-line-offset="\d+")?>)?HAHAHUGOSHORTCODEs(\d+)HBHB(<\/p>)?/g

export interface ExpandInput {
  text: string
  bodyFrom: number
  parsed: ParsedShortcodes
  md: MarkdownIt
  lines: LineIndex
  /** Builds the context for one shortcode (its diagnostics land at its tag). */
  context: (node: ShortcodeNode) => ShortcodeContext
  /** Markdown-renders the inner text of a nested `{{% %}}` shortcode. */
  renderInner: (markdown: string) => string
}

export function expandShortcodes(input: ExpandInput): Expansion {
  const { text, bodyFrom, parsed, md, lines } = input
  const pieces: string[] = []
  const placeholders: string[] = []
  let curLine = lines.line(bodyFrom)
  const lineStart: number[] = [curLine]
  const lineEnd: number[] = []

  const copy = (from: number, to: number) => {
    if (to <= from) return
    for (let p = text.indexOf('\n', from); p !== -1 && p < to; p = text.indexOf('\n', p + 1)) {
      lineEnd.push(curLine)
      curLine++
      lineStart.push(curLine)
    }
    pieces.push(text.slice(from, to))
  }
  const replace = (out: string, from: number, to: number) => {
    const startLine = curLine
    for (let p = out.indexOf('\n'); p !== -1; p = out.indexOf('\n', p + 1)) {
      lineEnd.push(startLine)
      lineStart.push(startLine)
    }
    curLine = lines.line(to)
    pieces.push(out)
  }

  const renderItems = (items: ShortcodeItem[], from: number, to: number, level: number): string => {
    let out = ''
    let pos = from
    let ordinal = 0
    for (const item of items) {
      out += text.slice(pos, item.from)
      if (item.type === 'shortcode') out += renderNode(item, level, ordinal++)
      else if (item.type === 'escaped') out += item.literal
      else out += renderBroken(item, text.slice(item.from, item.to))
      pos = item.to
    }
    return out + text.slice(pos, to)
  }

  const renderNode = (node: ShortcodeNode, level: number, ordinal: number): string => {
    let inner: string | undefined
    if (node.inner) {
      inner = renderItems(node.inner.children, node.inner.from, node.inner.to, level + 1)
      if (node.delimiter === '%' && level > 0) {
        const rendered = input.renderInner(inner)
        // Hugo unwraps a one-line inner text's lone paragraph.
        const m = !inner.includes('\n') ? /^<p>([^\n]*)<\/p>\n$/.exec(rendered) : null
        inner = m ? m[1] : rendered
      }
    } else if (node.selfClosing) {
      inner = ''
    }
    const ctx = input.context(node)
    const call = { name: node.name, delimiter: node.delimiter, params: node.params, inner, ordinal, line: lines.line(node.tagFrom) + 1, node }
    const render = shortcodeRenderer(md, node.name) ?? renderUnknown
    return render(call, ctx)
  }

  let pos = bodyFrom
  let ordinal = 0
  for (const item of parsed.items) {
    copy(pos, item.from)
    if (item.type === 'escaped') {
      replace(item.literal, item.from, item.to)
    } else if (item.type === 'broken') {
      placeholders[ordinal] = renderBroken(item, text.slice(item.from, item.to))
      replace(placeholder(ordinal++), item.from, item.to)
    } else if (item.delimiter === '%') {
      const out = renderNode(item, 0, ordinal++)
      replace(out, item.from, item.to)
    } else {
      placeholders[ordinal] = renderNode(item, 0, ordinal)
      replace(placeholder(ordinal++), item.from, item.to)
    }
    pos = item.to
  }
  copy(pos, text.length)
  lineEnd.push(curLine)
  return { source: pieces.join(''), lineStart, lineEnd, placeholders }
}

/** Puts `{{< >}}` output in place of its placeholders, as Hugo does after Markdown. */
export function fillPlaceholders(html: string, placeholders: string[]): string {
  if (!placeholders.length || html.indexOf('HAHAHUGOSHORTCODEs') === -1) return html
  return html.replace(placeholderPattern, (all, open: string | undefined, n: string, close: string | undefined) => {
    const out = placeholders[Number(n)]
    if (out === undefined) return all
    if (open && close) return out
    return (open ?? '') + out + (close ?? '')
  })
}
