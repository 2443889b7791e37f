// Hugo shortcodes as their own syntax inside Markdown: `{{< name a="b" >}}`, `{{% name %}}`, closing tags, and
// `{{</* … */>}}` shown literally. A Lezer Markdown extension, so highlighting follows the parse tree.
import type { Element, InlineContext, MarkdownConfig } from '@lezer/markdown'
import { styleTags, Tag, tags } from '@lezer/highlight'
import { lexTag } from '../../shared/shortcodes/lex-tag'

/** Highlight tags for shortcode parts; the theme gives each its colour. */
export const shortcodeTags = {
  mark: Tag.define(tags.processingInstruction),
  name: Tag.define(tags.macroName),
  param: Tag.define(tags.attributeName),
  value: Tag.define(tags.attributeValue),
  escaped: Tag.define(tags.string)
}

const OPEN_BRACE = 123 // {

function parseShortcode(cx: InlineContext, next: number, pos: number): number {
  if (next !== OPEN_BRACE || cx.char(pos + 1) !== OPEN_BRACE) return -1
  const delimiter = cx.char(pos + 2)
  if (delimiter !== 60 /* < */ && delimiter !== 37 /* % */) return -1
  const tag = lexTag(cx.text, pos - cx.offset)
  if (tag.kind === 'error') return -1
  const from = pos
  const to = cx.offset + tag.to
  if (tag.kind === 'escaped') return cx.addElement(cx.elt('EscapedShortcode', from, to))
  return cx.addElement(cx.elt('Shortcode', from, to, tagParts(cx, from, to)))
}

/** Splits one lexed tag into marks, its name, parameter names and values (the lexer already checked it). */
function tagParts(cx: InlineContext, from: number, to: number): Element[] {
  const text = cx.slice(from, to)
  const parts: Element[] = [cx.elt('ShortcodeMark', from, from + 3)]
  const innerEnd = text.length - 3
  let i = 3
  let haveName = false
  while (i < innerEnd) {
    const c = text[i]
    if (/\s/.test(c)) {
      i++
    } else if (c === '/') {
      parts.push(cx.elt('ShortcodeMark', from + i, from + i + 1))
      i++
    } else if (c === '"' || c === '`') {
      const end = stringEnd(text, i, innerEnd)
      parts.push(cx.elt('ShortcodeValue', from + i, from + end))
      i = end
    } else {
      const start = i
      while (i < innerEnd && !/[\s="`/]/.test(text[i])) i++
      if (i === start) {
        i++
        continue
      }
      let j = i
      while (j < innerEnd && /\s/.test(text[j])) j++
      if (!haveName) {
        parts.push(cx.elt('ShortcodeName', from + start, from + i))
        haveName = true
      } else if (text[j] === '=') {
        parts.push(cx.elt('ShortcodeParamName', from + start, from + i))
        i = j + 1
      } else {
        parts.push(cx.elt('ShortcodeValue', from + start, from + i))
      }
    }
  }
  parts.push(cx.elt('ShortcodeMark', from + innerEnd, to))
  return parts
}

function stringEnd(text: string, start: number, limit: number): number {
  const quote = text[start]
  for (let i = start + 1; i < limit; i++) {
    if (quote === '"' && text[i] === '\\') i++
    else if (text[i] === quote) return i + 1
  }
  return limit
}

/** The Lezer Markdown extension: add it to `markdown({ extensions })`. */
export function shortcodeSyntax(): MarkdownConfig {
  return {
    defineNodes: ['Shortcode', 'EscapedShortcode', 'ShortcodeMark', 'ShortcodeName', 'ShortcodeParamName', 'ShortcodeValue'],
    props: [
      styleTags({
        ShortcodeMark: shortcodeTags.mark,
        ShortcodeName: shortcodeTags.name,
        ShortcodeParamName: shortcodeTags.param,
        ShortcodeValue: shortcodeTags.value,
        EscapedShortcode: shortcodeTags.escaped
      })
    ],
    // Before links and HTML so `<` and `[` inside a tag are never read as Markdown.
    parseInline: [{ name: 'Shortcode', parse: parseShortcode, before: 'HTMLTag' }]
  }
}
