// Finds Hugo shortcodes in a document before any Markdown is read (as Hugo does: also inside code and comments),
// pairs opening and closing tags into a tree, and reports what Hugo would refuse as diagnostics with positions.
import type { Diagnostic } from '../diagnostic'
import { checkMessage } from '../checks/messages'
import { shortcodeInfo } from './catalog'
import { lexTag, type LexedShortcodeTag } from './lex-tag'
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
/** An opening tag waiting for its closing tag: its items start at `start` in the flat list of open items. */
interface Frame {
  tag: OpenTag
  start: number
  /** How deep the shortcodes closed inside it nest (0: none). */
  innerDepth: number
}

/**
 * Shortcodes nest at most this deep. Deeper pairs are reported (`shortcode-too-deep`) and left unpaired, so whatever
 * walks the tree (render, checks, the editor) never goes deeper than this, whatever a document holds.
 */
export const maxShortcodeDepth = 64

const tagStart = /\{\{[<%]/g
// Hugo decides pairing from the template (does it use .Inner?); for shortcodes we do not know, a later closing tag decides.
const takesInner = (name: string): boolean | undefined => shortcodeInfo(name)?.paired
const tagText = (delimiter: string, inside: string) => (delimiter === '<' ? `{{< ${inside} >}}` : `{{% ${inside} %}}`)

/**
 * Parses the shortcodes of `text` from offset `from` (the start of the body; front matter is never scanned).
 * Offsets in the result are offsets into `text`. Linear in the text, however the tags nest or fail to pair.
 */
export function parseShortcodes(text: string, from = 0): ParsedShortcodes {
  // Items of the open frames, flat: a frame's opening tag sits at its `start`, its items after it. Closing a frame
  // moves its items into the node; a frame never closed leaves its tag standing alone, its items after it.
  const items: ShortcodeItem[] = []
  const stack: Frame[] = []
  const broken: BrokenShortcode[] = []
  let count = 0

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
  // A frame that turned out not to be paired: its tag stands alone (a paired shortcode's is a problem).
  const unwind = (frame: Frame) => {
    if (takesInner(frame.tag.name) === true) {
      items[frame.start] = brokenItem({
        from: frame.tag.from,
        to: frame.tag.to,
        rule: 'shortcode-unclosed',
        name: frame.tag.name,
        problem: { code: 'shortcode-unclosed', params: { name: frame.tag.name, closing: tagText(frame.tag.delimiter, '/' + frame.tag.name) } }
      })
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.innerDepth = Math.max(parent.innerDepth, frame.innerDepth)
  }
  const close = (frame: Frame, tag: LexedShortcodeTag) => {
    const parent = stack[stack.length - 1]
    if (frame.innerDepth + 1 > maxShortcodeDepth) {
      const problem: ShortcodeProblem = { code: 'shortcode-too-deep', params: { name: frame.tag.name, limit: String(maxShortcodeDepth) } }
      items[frame.start] = brokenItem({ from: frame.tag.from, to: frame.tag.to, rule: 'shortcode-too-deep', name: frame.tag.name, problem })
      items.push(brokenItem({ from: tag.from, to: tag.to, rule: 'shortcode-too-deep', name: frame.tag.name, problem }))
      if (parent) parent.innerDepth = Math.max(parent.innerDepth, frame.innerDepth)
      return
    }
    const node = single(frame.tag)
    node.to = tag.to
    node.inner = { from: frame.tag.to, to: tag.from, children: items.splice(frame.start + 1) }
    node.close = { from: tag.from, to: tag.to }
    items[frame.start] = node
    if (parent) parent.innerDepth = Math.max(parent.innerDepth, frame.innerDepth + 1)
  }
  // The last open frame of each name, so a closing tag finds its frame without searching the stack.
  const openByName = new Map<string, Frame[]>()
  const pop = (): Frame => {
    const frame = stack.pop()!
    openByName.get(frame.tag.name)!.pop()
    return frame
  }

  tagStart.lastIndex = from
  for (let m = tagStart.exec(text); m; m = tagStart.exec(text)) {
    const tag = lexTag(text, m.index)
    tagStart.lastIndex = tag.to
    if (tag.kind === 'escaped') {
      items.push({ type: 'escaped', from: tag.from, to: tag.to, literal: tag.literal })
    } else if (tag.kind === 'error') {
      items.push(brokenItem({ from: tag.from, to: tag.to, rule: 'shortcode-syntax', problem: tag.problem, name: tag.name }))
    } else if (tag.kind === 'open') {
      count++
      if (tag.selfClosing && takesInner(tag.name) === false) {
        items.push(single(tag))
        items.push(
          brokenItem({
            from: tag.to - 3,
            to: tag.to,
            rule: 'shortcode-mismatched',
            name: tag.name,
            problem: { code: 'shortcode-mismatched.self-closed', params: { name: tag.name, tag: tagText(tag.delimiter, tag.name + ' …') } }
          })
        )
      } else if (tag.selfClosing || takesInner(tag.name) === false) {
        items.push(single(tag))
      } else {
        const frame: Frame = { tag, start: items.length, innerDepth: 0 }
        items.push(single(tag))
        stack.push(frame)
        const same = openByName.get(tag.name)
        if (same) same.push(frame)
        else openByName.set(tag.name, [frame])
      }
    } else {
      const frame = openByName.get(tag.name)?.at(-1)
      if (!frame) {
        const problem: ShortcodeProblem = takesInner(tag.name) === false
          ? { code: 'shortcode-mismatched.no-content', params: { name: tag.name } }
          : { code: 'shortcode-mismatched.no-opening', params: { closing: tagText(tag.delimiter, '/' + tag.name), opening: tagText(tag.delimiter, tag.name) } }
        items.push(brokenItem({ from: tag.from, to: tag.to, rule: 'shortcode-mismatched', name: tag.name, problem }))
        continue
      }
      while (stack[stack.length - 1] !== frame) unwind(pop())
      close(pop(), tag)
    }
  }
  while (stack.length) unwind(pop())

  const locate = lineColumns(text)
  const diagnostics = broken
    .sort((a, b) => a.from - b.from)
    .map((b): ShortcodeDiagnostic => ({ from: b.from, to: b.to, ...locate(b.from), severity: 'error', rule: b.rule, message: b.message, code: b.problem.code, params: b.problem.params }))
  return { items, diagnostics, count }
}

/** Line and column of ascending offsets, in one pass over the text. */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  let line = 1
  let lineStart = 0
  return (offset) => {
    for (let i = text.indexOf('\n', lineStart); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++
      lineStart = i + 1
    }
    return { line, column: offset - lineStart + 1 }
  }
}

/** Visits every shortcode (at any depth) in document order. */
export function walkShortcodes(items: ShortcodeItem[], visit: (node: ShortcodeNode, depth: number) => void, depth = 0): void {
  for (const item of items) {
    if (item.type !== 'shortcode') continue
    visit(item, depth)
    if (item.inner) walkShortcodes(item.inner.children, visit, depth + 1)
  }
}
