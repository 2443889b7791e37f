// Finds Hugo shortcodes in a document before any Markdown is read (as Hugo does: also inside code and comments),
// pairs opening and closing tags into a tree, and reports what Hugo would refuse as diagnostics with positions.
import { lineColumn, type Diagnostic } from '../diagnostic'
import { lexTag, type LexedShortcodeTag } from './lex-tag'
import { shortcodeInfo } from './catalog'
import { checkMessage } from '../checks/messages'
import type { BrokenShortcode, ShortcodeItem, ShortcodeNode, ShortcodeProblem, ShortcodeProblemCode } from './types'

/** A tag Hugo would refuse, placed in the document, with its problem's code and parameters. */
export type ShortcodeDiagnostic = Diagnostic & { code: ShortcodeProblemCode; params: Record<string, string> }

export interface ParsedShortcodes {
  /** Top-level items in document order; text between them is plain Markdown. */
  items: ShortcodeItem[]
  diagnostics: ShortcodeDiagnostic[]
  /** Number of shortcodes at any depth (0 means the text has none and can skip shortcode work). */
  count: number
}

type OpenTag = LexedShortcodeTag
interface Frame {
  tag: OpenTag
  children: ShortcodeItem[]
}

const tagStart = /\{\{[<%]/g
// Hugo decides pairing from the template (does it use .Inner?); for shortcodes we do not know, a later closing tag decides.
const takesInner = (name: string): boolean | undefined => shortcodeInfo(name)?.paired
const tagText = (delimiter: string, inside: string) => (delimiter === '<' ? `{{< ${inside} >}}` : `{{% ${inside} %}}`)

/**
 * Parses the shortcodes of `text` from offset `from` (the start of the body; front matter is never scanned).
 * Offsets in the result are offsets into `text`.
 */
export function parseShortcodes(text: string, from = 0): ParsedShortcodes {
  const root: ShortcodeItem[] = []
  const stack: Frame[] = []
  const broken: BrokenShortcode[] = []
  let count = 0
  const top = () => (stack.length ? stack[stack.length - 1].children : root)

  const single = (tag: OpenTag): ShortcodeNode => ({
    type: 'shortcode',
    name: tag.name,
    delimiter: tag.delimiter,
    params: tag.params,
    from: tag.from,
    to: tag.to,
    tagFrom: tag.from,
    tagTo: tag.to,
    selfClosing: tag.selfClosing
  })
  const brokenItem = (b: Omit<BrokenShortcode, 'type' | 'message'>): BrokenShortcode => {
    const item: BrokenShortcode = { type: 'broken', ...b, message: checkMessage(b.problem.code, b.problem.params) }
    broken.push(item)
    return item
  }
  // A frame that turned out not to be paired: its tag stands alone and its children follow it in the parent.
  const unwind = (frame: Frame) => {
    const parent = top()
    if (takesInner(frame.tag.name) === true) {
      parent.push(
        brokenItem({
          from: frame.tag.from,
          to: frame.tag.to,
          rule: 'shortcode-unclosed',
          name: frame.tag.name,
          problem: { code: 'shortcode-unclosed', params: { name: frame.tag.name, closing: tagText(frame.tag.delimiter, '/' + frame.tag.name) } }
        })
      )
    } else {
      parent.push(single(frame.tag))
    }
    parent.push(...frame.children)
  }

  tagStart.lastIndex = from
  for (let m = tagStart.exec(text); m; m = tagStart.exec(text)) {
    const tag = lexTag(text, m.index)
    tagStart.lastIndex = tag.to
    if (tag.kind === 'escaped') {
      top().push({ type: 'escaped', from: tag.from, to: tag.to, literal: tag.literal })
    } else if (tag.kind === 'error') {
      top().push(brokenItem({ from: tag.from, to: tag.to, rule: 'shortcode-syntax', problem: tag.problem, name: tag.name }))
    } else if (tag.kind === 'open') {
      count++
      if (tag.selfClosing && takesInner(tag.name) === false) {
        top().push(single(tag))
        top().push(
          brokenItem({
            from: tag.to - 3,
            to: tag.to,
            rule: 'shortcode-mismatched',
            name: tag.name,
            problem: { code: 'shortcode-mismatched.self-closed', params: { name: tag.name, tag: tagText(tag.delimiter, tag.name + ' …') } }
          })
        )
      } else if (tag.selfClosing || takesInner(tag.name) === false) {
        top().push(single(tag))
      } else {
        stack.push({ tag, children: [] })
      }
    } else {
      const at = stack.findLastIndex((f) => f.tag.name === tag.name)
      if (at === -1) {
        const problem: ShortcodeProblem = takesInner(tag.name) === false
          ? { code: 'shortcode-mismatched.no-content', params: { name: tag.name } }
          : { code: 'shortcode-mismatched.no-opening', params: { closing: tagText(tag.delimiter, '/' + tag.name), opening: tagText(tag.delimiter, tag.name) } }
        top().push(brokenItem({ from: tag.from, to: tag.to, rule: 'shortcode-mismatched', name: tag.name, problem }))
        continue
      }
      while (stack.length - 1 > at) unwind(stack.pop()!)
      const frame = stack.pop()!
      const node = single(frame.tag)
      node.to = tag.to
      node.inner = { from: frame.tag.to, to: tag.from, children: frame.children }
      node.close = { from: tag.from, to: tag.to }
      top().push(node)
    }
  }
  while (stack.length) unwind(stack.pop()!)

  const diagnostics = broken.map((b): ShortcodeDiagnostic => {
    const { line, column } = lineColumn(text, b.from)
    return { from: b.from, to: b.to, line, column, severity: 'error', rule: b.rule, message: b.message, code: b.problem.code, params: b.problem.params }
  })
  diagnostics.sort((a, b) => a.from - b.from)
  return { items: root, diagnostics, count }
}

/** Visits every shortcode (at any depth) in document order. */
export function walkShortcodes(items: ShortcodeItem[], visit: (node: ShortcodeNode, depth: number) => void, depth = 0): void {
  for (const item of items) {
    if (item.type !== 'shortcode') continue
    visit(item, depth)
    if (item.inner) walkShortcodes(item.inner.children, visit, depth + 1)
  }
}
