// `html` export: the episode as clean HTML for podcast platforms' description fields (only paragraphs, line
// breaks, links, bold, italics and lists, which Apple Podcasts and Spotify accept), a plain-text form for YouTube
// (which takes no HTML), and the character count of each against the platform's limit.
import { renderEpisode } from '../render/render-episode'
import { escapeAttr, escapeText } from './html-tokens'
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree'
import { absoluteUrl } from './permalink'

export interface Platform {
  id: string
  name: string
  /** Most characters the description field takes. */
  limit: number
  /** What the platform counts: the HTML as submitted, or the plain text. */
  counts: 'html' | 'text'
}

export const platforms: readonly Platform[] = [
  { id: 'apple', name: 'Apple Podcasts', limit: 4000, counts: 'html' },
  { id: 'spotify', name: 'Spotify', limit: 4000, counts: 'html' },
  { id: 'youtube', name: 'YouTube', limit: 5000, counts: 'text' }
]

export interface HtmlExportOptions {
  /** The page's absolute URL: relative links become absolute (else they are left out, their text kept). */
  pageUrl?: string
  baseURL?: string
  /** Hugo's `enableEmoji`: `:smile:` becomes 😄. */
  emoji?: boolean
  /** Platforms to count against (default: Apple Podcasts, Spotify, YouTube). */
  platforms?: readonly Platform[]
}

export interface PlatformCount {
  id: string
  name: string
  limit: number
  characters: number
  fits: boolean
}

export interface HtmlExport {
  html: string
  /** Plain text with links written out, for fields that take no HTML (YouTube). */
  text: string
  counts: PlatformCount[]
  /** What was left out (images, players …), in sentences. */
  warnings: string[]
}

type Inline = string | { tag: 'a'; href: string; children: Inline[] } | { tag: 'strong' | 'em'; children: Inline[] } | { tag: 'br' }
interface ListItem {
  content: Inline[]
  lists: ListBlock[]
}
interface ListBlock {
  kind: 'list'
  ordered: boolean
  items: ListItem[]
}
type Block = { kind: 'p'; content: Inline[] } | ListBlock

// Only links keep an attribute (href); every other element is kept or dropped by its name alone.
const LINKS_ONLY = new Set(['a'])
const DROP = new Set(['del', 's', 'strike', 'script', 'style', 'iframe', 'video', 'audio', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'button', 'select', 'textarea', 'input', 'img', 'picture', 'source', 'track', 'hr', 'head', 'title', 'meta', 'link', 'base', 'form'])
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'figure', 'figcaption', 'details', 'summary', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'address', 'center', 'hr'])

export function exportHtml(text: string, options: HtmlExportOptions = {}): HtmlExport {
  const { pageUrl, baseURL } = options
  const rendered = renderEpisode(text, { emoji: options.emoji, resolveUrl: pageUrl ? (u) => absoluteUrl(u, pageUrl, baseURL ?? pageUrl) : undefined })
  const left = { images: 0, players: 0, links: 0 }
  const tree = parseHtml(rendered.html, LINKS_ONLY)
  countDropped(tree, left)
  const blocks = toBlocks(tree.children, left)
  const html = blocks.map(blockHtml).join('\n')
  const plain = blocks.map((b) => blockText(b, 0)).join('\n\n').replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
  const warnings: string[] = []
  if (left.images) warnings.push(`${left.images} image${left.images === 1 ? ' is' : 's are'} left out: description fields take no images.`)
  if (left.players) warnings.push(`${left.players} player${left.players === 1 ? ' is' : 's are'} left out: description fields take no embedded players.`)
  if (left.links) warnings.push(`${left.links} link${left.links === 1 ? '' : 's'} to this site's pages kept as text only: export with the page URL to keep them as links.`)
  const lengths = { html: codePoints(html), text: codePoints(plain) }
  const counts = (options.platforms ?? platforms).map((p) => {
    const characters = lengths[p.counts]
    return { id: p.id, name: p.name, limit: p.limit, characters, fits: characters <= p.limit }
  })
  return { html, text: plain, counts, warnings }
}

function countDropped(el: HtmlElement, left: { images: number; players: number }): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue
    if (c.name === 'img') left.images++
    else if (c.name === 'iframe' || c.name === 'video' || c.name === 'audio') left.players++
    countDropped(c, left)
  }
}

/** Block-level content: runs of inline content become paragraphs; containers (div, blockquote, figure) are opened. */
function toBlocks(nodes: HtmlNode[], left: { links: number }): Block[] {
  const out: Block[] = []
  let run: Inline[] = []
  const flush = () => {
    const content = trimInline(run)
    if (content.length) out.push({ kind: 'p', content })
    run = []
  }
  for (const n of nodes) {
    if (typeof n === 'string' || !BLOCKS.has(n.name)) {
      run.push(...toInline([n], left))
      continue
    }
    flush()
    const inline = () => toInline(n.children, left)
    switch (n.name) {
      case 'p':
      case 'dd':
      case 'figcaption':
      case 'summary':
        pushParagraph(out, n.name === 'figcaption' ? wrap('em', inline()) : inline())
        break
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'dt':
        pushParagraph(out, wrap('strong', inline()))
        break
      case 'ul':
      case 'ol':
        out.push(toList(n, left))
        break
      case 'pre':
        pushParagraph(out, textOf(n).replace(/\n$/, '').split('\n').flatMap((line, i) => (i ? [{ tag: 'br' as const }, line] : [line])))
        break
      case 'tr':
        pushParagraph(out, n.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.name === 'td' || c.name === 'th')).flatMap((c, i) => [...(i ? [' | '] : []), ...trimInline(toInline(c.children, left))]))
        break
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

/** Characters as people count them (an emoji or a kanji is one), without building an array. */
function codePoints(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/** True when the inline content shows something (text that is not only white space, or a nested element with some). */
function hasContent(list: Inline[]): boolean {
  return list.some((x) => (typeof x === 'string' ? x.trim() !== '' : x.tag !== 'br' && hasContent(x.children)))
}

function toList(el: HtmlElement, left: { links: number }): ListBlock {
  const items: ListItem[] = []
  for (const c of el.children) {
    if (typeof c === 'string' || c.name !== 'li') continue
    const blocks = toBlocks(c.children, left)
    const content: Inline[] = []
    const lists: ListBlock[] = []
    for (const b of blocks) {
      if (b.kind === 'list') lists.push(b)
      else content.push(...(content.length ? [{ tag: 'br' as const }] : []), ...b.content)
    }
    if (content.length || lists.length) items.push({ content, lists })
  }
  return { kind: 'list', ordered: el.name === 'ol', items }
}

function toInline(nodes: HtmlNode[], left: { links: number }): Inline[] {
  const out: Inline[] = []
  for (const n of nodes) {
    if (typeof n === 'string') {
      out.push(n.replace(/[ \t\r\n]+/g, ' '))
      continue
    }
    if (DROP.has(n.name)) continue
    const children = toInline(n.children, left)
    switch (n.name) {
      case 'br':
        out.push({ tag: 'br' })
        break
      case 'strong':
      case 'b':
        out.push(...wrap('strong', children))
        break
      case 'em':
      case 'i':
        out.push(...wrap('em', children))
        break
      case 'a': {
        const href = (n.attrs.href ?? '').trim()
        if (/^(https?:\/\/|mailto:)/i.test(href) && hasContent(children)) out.push({ tag: 'a', href, children: trimInline(children) })
        else {
          if (href && !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href) && hasContent(children)) left.links++
          out.push(...children)
        }
        break
      }
      default:
        // Block elements met inside inline content (a <div> in a link) and other inline elements: their text only.
        if (BLOCKS.has(n.name) && out.length) out.push(' ')
        out.push(...children)
    }
  }
  return out
}

function wrap(tag: 'strong' | 'em', children: Inline[]): Inline[] {
  return hasContent(children) ? [{ tag, children: trimInline(children) }] : []
}

/** Drops white space and line breaks at both ends (and empty strings) so no block starts or ends blank. */
function trimInline(list: Inline[]): Inline[] {
  // Most paragraphs and list items are one piece of text: no need for the general case.
  if (list.length === 1 && typeof list[0] === 'string') {
    const t = list[0].replace(/ {2,}/g, ' ').trim()
    return t ? [t] : []
  }
  // Adjacent text merged with runs of spaces collapsed (left-out pieces leave them); no space around a line break.
  const out: Inline[] = []
  for (const x of list) {
    const prev = out[out.length - 1]
    if (typeof x === 'string' && typeof prev === 'string') out[out.length - 1] = (prev + x).replace(/ {2,}/g, ' ')
    else if (typeof x === 'string' && prev !== undefined && typeof prev !== 'string' && prev.tag === 'br') out.push(x.trimStart())
    else if (typeof x !== 'string' && x.tag === 'br' && typeof prev === 'string') {
      out[out.length - 1] = prev.trimEnd()
      out.push(x)
    } else out.push(typeof x === 'string' ? x.replace(/ {2,}/g, ' ') : x)
  }
  const blank = (x: Inline | undefined) => x !== undefined && ((typeof x === 'string' && x.trim() === '') || (typeof x !== 'string' && x.tag === 'br'))
  while (blank(out[0])) out.shift()
  while (blank(out[out.length - 1])) out.pop()
  if (typeof out[0] === 'string') out[0] = out[0].trimStart()
  const last = out.length - 1
  if (typeof out[last] === 'string') out[last] = (out[last] as string).trimEnd()
  return out.filter((x) => x !== '')
}

function textOf(el: HtmlNode): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('')
}

function inlineHtml(list: Inline[]): string {
  return list
    .map((x) => {
      if (typeof x === 'string') return escapeText(x)
      if (x.tag === 'br') return '<br>'
      if (x.tag === 'a') return `<a href="${escapeAttr(x.href)}">${inlineHtml(x.children)}</a>`
      return `<${x.tag}>${inlineHtml(x.children)}</${x.tag}>`
    })
    .join('')
}

function blockHtml(b: Block): string {
  if (b.kind === 'p') return `<p>${inlineHtml(b.content)}</p>`
  const tag = b.ordered ? 'ol' : 'ul'
  return `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i.content)}${i.lists.map(blockHtml).join('')}</li>`).join('')}</${tag}>`
}

function inlineText(list: Inline[]): string {
  return list
    .map((x) => {
      if (typeof x === 'string') return x.replace(/\u00a0/g, ' ')
      if (x.tag === 'br') return '\n'
      if (x.tag === 'a') {
        const label = inlineText(x.children).trim()
        const target = x.href.replace(/^mailto:/i, '')
        return label === target || label === x.href ? x.href.replace(/^mailto:/i, '') : `${label} (${target})`
      }
      return inlineText(x.children)
    })
    .join('')
}

function blockText(b: Block, depth: number): string {
  if (b.kind === 'p') return inlineText(b.content)
  const pad = '  '.repeat(depth)
  return b.items
    .map((item, n) => {
      const bullet = b.ordered ? `${n + 1}. ` : '- '
      const own = inlineText(item.content).replace(/\n/g, '\n' + pad + ' '.repeat(bullet.length))
      return [pad + bullet + own, ...item.lists.map((l) => blockText(l, depth + 1))].join('\n')
    })
    .join('\n')
}
