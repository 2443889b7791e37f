// The `html` export's second half: an episode's rendered HTML cleaned into what podcast platforms' description fields
// take (paragraphs, line breaks, links, bold, italics, lists), a plain-text form for YouTube, and the character count
// of each against the platform's limit. Apart from rendering, so a folder export can run it on another thread.
import { readBlocks, type Block, type Inline } from './html-blocks'
import { escapeAttr, escapeText } from './html-tokens'
import { parseHtml } from './html-tree'

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

// Only links keep an attribute (href); every other element is kept or dropped by its name alone.
const LINKS_ONLY = new Set(['a'])

/** The html export of an episode rendered for it (see `renderForHtmlExport`), counted against `counted` platforms. */
export function cleanRenderedHtml(rendered: string, counted: readonly Platform[] = platforms): HtmlExport {
  const { blocks, left } = readBlocks(parseHtml(rendered, LINKS_ONLY))
  const html = blocks.map(blockHtml).join('\n')
  let plain = blocks.map((b) => blockText(b, 0)).join('\n\n')
  if (/[<>]/.test(plain)) plain = plain.replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
  const warnings: string[] = []
  if (left.images) warnings.push(`${left.images} image${left.images === 1 ? ' is' : 's are'} left out: description fields take no images.`)
  if (left.players) warnings.push(`${left.players} player${left.players === 1 ? ' is' : 's are'} left out: description fields take no embedded players.`)
  if (left.links) warnings.push(`${left.links} link${left.links === 1 ? '' : 's'} to this site's pages kept as text only: export with the page URL to keep them as links.`)
  const lengths = { html: codePoints(html), text: codePoints(plain) }
  const counts = counted.map((p) => {
    const characters = lengths[p.counts]
    return { id: p.id, name: p.name, limit: p.limit, characters, fits: characters <= p.limit }
  })
  return { html, text: plain, counts, warnings }
}

/** Characters as people count them (an emoji or a kanji is one), without building an array. */
function codePoints(s: string): number {
  // Most notes have no character outside the Basic Multilingual Plane: one search answers for them.
  if (!/[\ud800-\udbff]/.test(s)) return s.length
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

function inlineHtml(list: Inline[]): string {
  let out = ''
  for (const x of list) {
    if (typeof x === 'string') out += escapeText(x)
    else if (x.tag === 'br') out += '<br>'
    else if (x.tag === 'a') out += `<a href="${escapeAttr(x.href)}">${inlineHtml(x.children)}</a>`
    else out += `<${x.tag}>${inlineHtml(x.children)}</${x.tag}>`
  }
  return out
}

function blockHtml(b: Block): string {
  if (b.kind === 'p') return `<p>${inlineHtml(b.content)}</p>`
  const tag = b.ordered ? 'ol' : 'ul'
  let out = `<${tag}>`
  for (const item of b.items) {
    out += '<li>' + inlineHtml(item.content)
    for (const l of item.lists) out += blockHtml(l)
    out += '</li>'
  }
  return out + `</${tag}>`
}

function inlineText(list: Inline[]): string {
  let out = ''
  for (const x of list) {
    if (typeof x === 'string') out += x.includes('\u00a0') ? x.replace(/\u00a0/g, ' ') : x
    else if (x.tag === 'br') out += '\n'
    else if (x.tag === 'a') {
      const label = inlineText(x.children).trim()
      const target = x.href.replace(/^mailto:/i, '')
      out += label === target || label === x.href ? target : `${label} (${target})`
    } else out += inlineText(x.children)
  }
  return out
}

function blockText(b: Block, depth: number): string {
  if (b.kind === 'p') return inlineText(b.content)
  const pad = '  '.repeat(depth)
  let out = ''
  b.items.forEach((item, n) => {
    const bullet = b.ordered ? `${n + 1}. ` : '- '
    const own = inlineText(item.content)
    if (n) out += '\n'
    out += pad + bullet + (own.includes('\n') ? own.replace(/\n/g, '\n' + pad + ' '.repeat(bullet.length)) : own)
    for (const l of item.lists) out += '\n' + blockText(l, depth + 1)
  })
  return out
}
