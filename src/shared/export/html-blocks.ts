// The clean subset the `html` export keeps of a rendered episode: paragraphs and lists holding text, links, bold,
// italics and line breaks; read from the element tree, counting what was left out (images, players, site links).
// A folder export runs this for every episode, so the hot paths skip string work that would change nothing.
import { isPlaceholderCaption } from '../figure-caption'
import type { HtmlElement, HtmlNode } from './html-tree'

export type Inline = string | { tag: 'a'; href: string; children: Inline[] } | { tag: 'strong' | 'em'; children: Inline[] } | { tag: 'br' }
export interface ListItem {
  content: Inline[]
  lists: ListBlock[]
}
export interface ListBlock {
  kind: 'list'
  ordered: boolean
  items: ListItem[]
}
export type Block = { kind: 'p'; content: Inline[] } | ListBlock

/** What the export left out, for its warnings. */
export interface LeftOut {
  images: number
  players: number
  /** Links to the site's own pages kept as text (no page URL to make them absolute). */
  links: number
}

const DROP = new Set(['del', 's', 'strike', 'script', 'style', 'iframe', 'video', 'audio', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'button', 'select', 'textarea', 'input', 'img', 'picture', 'source', 'track', 'hr', 'head', 'title', 'meta', 'link', 'base', 'form'])
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'figure', 'figcaption', 'details', 'summary', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'address', 'center', 'hr'])
// Inline content is never changed in place, so every line break can be the same object.
const BR: Inline = Object.freeze({ tag: 'br' as const })

/** The blocks of a parsed episode and what was left out of them. */
export function readBlocks(root: HtmlElement): { blocks: Block[]; left: LeftOut } {
  const left: LeftOut = { images: 0, players: 0, links: 0 }
  countDropped(root, left)
  return { blocks: toBlocks(root.children, left), left }
}

function countDropped(el: HtmlElement, left: LeftOut): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue
    if (c.name === 'img') left.images++
    else if (c.name === 'iframe' || c.name === 'video' || c.name === 'audio') left.players++
    countDropped(c, left)
  }
}

/** Block-level content: runs of inline content become paragraphs; containers (div, blockquote, figure) are opened. */
function toBlocks(nodes: HtmlNode[], left: LeftOut): Block[] {
  const out: Block[] = []
  let run: Inline[] = []
  const flush = () => {
    if (!run.length) return
    const content = trimInline(run)
    if (content.length) out.push({ kind: 'p', content })
    run = []
  }
  for (const n of nodes) {
    if (typeof n === 'string' || !BLOCKS.has(n.name)) {
      inlineInto(n, left, run, run.length)
      continue
    }
    flush()
    switch (n.name) {
      case 'p':
      case 'dd':
      case 'summary':
        pushParagraph(out, toInline(n.children, left))
        break
      case 'figcaption':
        // A caption made from the image's file name ("Image 20261203 101307") says nothing to a listener.
        if (!isPlaceholderCaption(textOf(n))) pushParagraph(out, wrap('em', toInline(n.children, left)))
        break
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'dt':
        pushParagraph(out, wrap('strong', toInline(n.children, left)))
        break
      case 'ul':
      case 'ol':
        out.push(toList(n, left))
        break
      case 'pre':
        pushParagraph(out, textOf(n).replace(/\n$/, '').split('\n').flatMap((line, i) => (i ? [BR, line] : [line])))
        break
      case 'tr': {
        const row: Inline[] = []
        let cells = 0
        for (const c of n.children) {
          if (typeof c === 'string' || (c.name !== 'td' && c.name !== 'th')) continue
          if (cells++) row.push(' | ')
          row.push(...trimInline(toInline(c.children, left)))
        }
        pushParagraph(out, row)
        break
      }
      case 'hr':
        break
      default:
        out.push(...toBlocks(n.children, left)) // containers: div, blockquote, figure, table, details, li outside a list …
    }
  }
  flush()
  return out
}

function pushParagraph(out: Block[], content: Inline[]): void {
  const trimmed = trimInline(content)
  if (trimmed.length) out.push({ kind: 'p', content: trimmed })
}

function toList(el: HtmlElement, left: LeftOut): ListBlock {
  const items: ListItem[] = []
  for (const c of el.children) {
    if (typeof c === 'string' || c.name !== 'li') continue
    const content: Inline[] = []
    const lists: ListBlock[] = []
    for (const b of toBlocks(c.children, left)) {
      if (b.kind === 'list') lists.push(b)
      else {
        if (content.length) content.push(BR)
        for (const x of b.content) content.push(x)
      }
    }
    if (content.length || lists.length) items.push({ content, lists })
  }
  return { kind: 'list', ordered: el.name === 'ol', items }
}

function toInline(nodes: HtmlNode[], left: LeftOut): Inline[] {
  const out: Inline[] = []
  for (const n of nodes) inlineInto(n, left, out, 0)
  return out
}

/** Appends the inline content of `n` to `out`; `start` is where the content of n's parent began in `out`. */
function inlineInto(n: HtmlNode, left: LeftOut, out: Inline[], start: number): void {
  if (typeof n === 'string') {
    out.push(collapseWhitespace(n))
    return
  }
  if (DROP.has(n.name)) return
  switch (n.name) {
    case 'br':
      out.push(BR)
      return
    case 'strong':
    case 'b':
      for (const x of wrap('strong', toInline(n.children, left))) out.push(x)
      return
    case 'em':
    case 'i':
      for (const x of wrap('em', toInline(n.children, left))) out.push(x)
      return
    case 'a': {
      const children = toInline(n.children, left)
      const href = (n.attrs.href ?? '').trim()
      if (/^(https?:\/\/|mailto:)/i.test(href) && hasContent(children)) out.push({ tag: 'a', href, children: trimInline(children) })
      else {
        if (href && !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href) && hasContent(children)) left.links++
        for (const x of children) out.push(x)
      }
      return
    }
    default: {
      // Block elements met inside inline content (a <div> in a link) and other inline elements: their text only.
      if (BLOCKS.has(n.name) && out.length > start) out.push(' ')
      const from = out.length
      for (const c of n.children) inlineInto(c, left, out, from)
    }
  }
}

function wrap(tag: 'strong' | 'em', children: Inline[]): Inline[] {
  return hasContent(children) ? [{ tag, children: trimInline(children) }] : []
}

/** True when the inline content shows something (text that is not only white space, or a nested element with some). */
function hasContent(list: Inline[]): boolean {
  for (const x of list) if (typeof x === 'string' ? !isBlank(x) : x.tag !== 'br' && hasContent(x.children)) return true
  return false
}

/** `s.trim() === ''`, answered from the first character when that is plainly not white space (the usual case). */
function isBlank(s: string): boolean {
  if (!s.length) return true
  const c = s.charCodeAt(0)
  if ((c > 0x20 && c < 0x1680 && c !== 0xa0) || (c > 0x3000 && c !== 0xfeff)) return false
  return s.trim() === ''
}

/** Runs of spaces, tabs and line breaks as one space (`s.replace(/[ \t\r\n]+/g, ' ')`), without copying when none. */
function collapseWhitespace(s: string): string {
  const n = s.length
  let out = ''
  let from = 0
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) continue
    let j = i + 1
    for (; j < n; j++) {
      const d = s.charCodeAt(j)
      if (d !== 0x20 && d !== 0x0a && d !== 0x09 && d !== 0x0d) break
    }
    if (c !== 0x20 || j > i + 1) {
      out += s.slice(from, i) + ' '
      from = j
    }
    i = j - 1
  }
  return from === 0 ? s : out + s.slice(from)
}

/** Runs of two or more spaces as one (`s.replace(/ {2,}/g, ' ')`), without the regular expression when there are none. */
function singleSpaces(s: string): string {
  return s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s
}

/** Drops white space and line breaks at both ends (and empty strings) so no block starts or ends blank. */
function trimInline(list: Inline[]): Inline[] {
  // Most paragraphs and list items are one piece of text: no need for the general case.
  if (list.length === 1 && typeof list[0] === 'string') {
    const t = singleSpaces(list[0]).trim()
    return t ? [t] : []
  }
  // Adjacent text merged with runs of spaces collapsed (left-out pieces leave them); no space around a line break.
  const out: Inline[] = []
  for (const x of list) {
    const prev = out[out.length - 1]
    if (typeof x === 'string' && typeof prev === 'string') out[out.length - 1] = singleSpaces(prev + x)
    else if (typeof x === 'string' && prev !== undefined && typeof prev !== 'string' && prev.tag === 'br') out.push(x.trimStart())
    else if (typeof x !== 'string' && x.tag === 'br' && typeof prev === 'string') {
      out[out.length - 1] = prev.trimEnd()
      out.push(x)
    } else out.push(typeof x === 'string' ? singleSpaces(x) : x)
  }
  const blank = (x: Inline | undefined) => x !== undefined && (typeof x === 'string' ? isBlank(x) : x.tag === 'br')
  let first = 0
  let end = out.length
  while (first < end && blank(out[first])) first++
  while (end > first && blank(out[end - 1])) end--
  const kept: Inline[] = []
  for (let i = first; i < end; i++) {
    let x = out[i]
    if (typeof x === 'string') {
      if (i === first) x = x.trimStart()
      if (i === end - 1) x = x.trimEnd()
      if (x === '') continue
    }
    kept.push(x)
  }
  return kept
}

function textOf(el: HtmlNode): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('')
}
