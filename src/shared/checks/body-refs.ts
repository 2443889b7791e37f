// Finds what the body of an episode points at, with offsets in the whole document: Markdown links and images,
// link reference definitions, raw HTML `src`/`href`/`id`, and the HTML comments. Code (fences and inline spans),
// shortcode tags and comments are masked first so a link written inside them is not taken for a real one.
import type { ShortcodeItem } from '../shortcodes/types'

export type RefKind = 'link' | 'image' | 'definition' | 'html-img' | 'html-a' | 'html-iframe' | 'html-media'

export interface BodyRef {
  kind: RefKind
  /** The URL as written (Markdown escapes and `<…>` removed). */
  url: string
  /** Where the URL is written; for an empty URL, the position between its brackets. */
  urlFrom: number
  urlTo: number
  /** The whole construct: `[text](url)`, `<img …>`. */
  from: number
  to: number
  /** Link text or image alt, as written. */
  text?: string
}

export interface BodyRefs {
  refs: BodyRef[]
  /** `id="…"` and `name="…"` values written in raw HTML. */
  htmlIds: string[]
  comments: { from: number; to: number; text: string }[]
  /** Ranges of code (fenced blocks and inline spans): no checks look for placeholders inside them. */
  code: { from: number; to: number }[]
  /** The body with code, comments and shortcode tags replaced by spaces (offsets unchanged, line breaks kept). */
  masked: string
  /** Offset of `masked` in the whole document. */
  base: number
}

/** Scans `text` from `bodyFrom` on. `shortcodes` are the parser's top-level items (their tags are masked). */
export function scanBody(text: string, bodyFrom: number, shortcodes: ShortcodeItem[]): BodyRefs {
  const body = text.slice(bodyFrom)
  const code = findCode(body)
  const afterCode = mask(body, code)
  const comments: BodyRefs['comments'] = []
  const hidden = [...code]
  for (const m of afterCode.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
    comments.push({ from: bodyFrom + m.index, to: bodyFrom + m.index + m[0].length, text: body.slice(m.index, m.index + m[0].length) })
    hidden.push({ from: m.index, to: m.index + m[0].length })
  }
  shortcodeTags(shortcodes, bodyFrom, hidden)
  const masked = mask(body, hidden)

  const refs: BodyRef[] = []
  findMarkdownLinks(masked, body, bodyFrom, refs)
  findDefinitions(masked, bodyFrom, refs)
  const htmlIds = findHtml(masked, bodyFrom, refs)
  refs.sort((a, b) => a.from - b.from)
  return { refs, htmlIds, comments, code: code.map((c) => ({ from: c.from + bodyFrom, to: c.to + bodyFrom })), masked, base: bodyFrom }
}

// Shortcode tags are masked but a paired shortcode's inner Markdown is kept: Hugo renders it as Markdown.
function shortcodeTags(items: ShortcodeItem[], base: number, out: { from: number; to: number }[]): void {
  for (const item of items) {
    if (item.type !== 'shortcode') {
      out.push({ from: item.from - base, to: item.to - base })
      continue
    }
    out.push({ from: item.tagFrom - base, to: item.tagTo - base })
    if (item.close) out.push({ from: item.close.from - base, to: item.close.to - base })
    if (item.inner) shortcodeTags(item.inner.children, base, out)
  }
}

/** `text` with the ranges replaced by spaces (line breaks kept, so offsets and lines stay the same). */
function mask(text: string, ranges: { from: number; to: number }[]): string {
  if (!ranges.length) return text
  const sorted = [...ranges].sort((a, b) => a.from - b.from)
  let out = ''
  let pos = 0
  for (const r of sorted) {
    const from = Math.max(pos, r.from)
    const to = Math.min(text.length, r.to)
    if (to <= from) continue
    out += text.slice(pos, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ')
    pos = to
  }
  return out + text.slice(pos)
}

const FENCE = /^([ \t]*(?:>[ \t]?)*[ \t]*)(`{3,}|~{3,})(.*)$/

/** Fenced code blocks (also indented inside list items) and inline code spans, as offsets in `body`. */
export function findCode(body: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = []
  let at = 0
  let fence: { char: string; size: number; from: number } | null = null
  let prose = 0 // start of the current run of non-code lines
  while (at <= body.length) {
    let end = body.indexOf('\n', at)
    if (end === -1) end = body.length
    const line = body.slice(at, end).replace(/\r$/, '')
    const m = FENCE.exec(line)
    if (fence) {
      if (m && m[2][0] === fence.char && m[2].length >= fence.size && m[3].trim() === '') {
        out.push({ from: fence.from, to: end })
        fence = null
        prose = end + 1
      }
    } else if (m && !(m[2][0] === '`' && m[3].includes('`'))) {
      inlineCode(body, prose, at, out)
      fence = { char: m[2][0], size: m[2].length, from: at }
    }
    if (end === body.length) break
    at = end + 1
  }
  if (fence) out.push({ from: fence.from, to: body.length })
  else inlineCode(body, prose, body.length, out)
  return out.sort((a, b) => a.from - b.from)
}

// CommonMark code spans: a run of N backticks up to the next run of exactly N, not across a blank line.
function inlineCode(body: string, from: number, to: number, out: { from: number; to: number }[]): void {
  const re = /`+/g
  re.lastIndex = from
  for (let m = re.exec(body); m && m.index < to; m = re.exec(body)) {
    if (m.index > 0 && body[m.index - 1] === '\\') continue
    const size = m[0].length
    const close = new RegExp(`(?<!\`)\`{${size}}(?!\`)`, 'g')
    close.lastIndex = m.index + size
    const c = close.exec(body)
    if (!c || c.index >= to || /\n[ \t]*\r?\n/.test(body.slice(m.index, c.index))) continue
    out.push({ from: m.index, to: c.index + size })
    re.lastIndex = c.index + size
  }
}

/** `[text](url "title")` and `![alt](url)`; text may hold nested brackets and span lines. Linear in the body. */
function findMarkdownLinks(masked: string, body: string, base: number, refs: BodyRef[]): void {
  const closeOf = bracketPairs(masked)
  let nextImage = -1 // the first `![` after the current `[` (found again only once the scan has passed it)
  for (let open = masked.indexOf('['); open !== -1; open = masked.indexOf('[', open + 1)) {
    if (isEscaped(masked, open)) continue
    const close = closeOf.get(open) ?? -1
    if (close === -1 || masked[close + 1] !== '(') continue
    const dest = readDestination(masked, close + 2)
    if (!dest) continue
    const image = open > 0 && masked[open - 1] === '!' && !isEscaped(masked, open - 1)
    const from = image ? open - 1 : open
    refs.push({
      kind: image ? 'image' : 'link',
      url: unescape(body.slice(dest.urlFrom, dest.urlTo)),
      urlFrom: base + dest.urlFrom,
      urlTo: base + dest.urlTo,
      from: base + from,
      to: base + dest.end,
      text: body.slice(open + 1, close)
    })
    // Images inside link text (`[![alt](img)](url)`) are found by the next iterations; plain links are not nested.
    if (image) continue
    if (nextImage <= open) {
      nextImage = masked.indexOf('![', open + 1)
      if (nextImage === -1) nextImage = masked.length
    }
    if (nextImage >= close) open = close
  }
}

/**
 * Each unescaped `[` (by offset) and the `]` that closes it, in one pass: brackets nest, and a blank line ends
 * the paragraph (a `[` still open there is never closed).
 */
function bracketPairs(s: string): Map<number, number> {
  const pairs = new Map<number, number>()
  const open: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === '[') open.push(i)
    else if (c === ']') {
      const o = open.pop()
      if (o !== undefined) pairs.set(o, i)
    } else if (c === '\n' && open.length && nextLineBlank(s, i + 1)) open.length = 0
  }
  return pairs
}

function isEscaped(s: string, at: number): boolean {
  let n = 0
  for (let i = at - 1; i >= 0 && s[i] === '\\'; i--) n++
  return n % 2 === 1
}

function nextLineBlank(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s[i]
    if (c === '\n') return true
    if (c !== ' ' && c !== '\t' && c !== '\r') return false
  }
  return true
}

const maxParenDepth = 32

/** The destination and optional title after `](`: returns where the URL is and the offset after `)`. */
function readDestination(s: string, at: number): { urlFrom: number; urlTo: number; end: number } | null {
  let i = at
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++
  let urlFrom = i
  let urlTo: number
  if (s[i] === '<') {
    const gt = s.indexOf('>', i)
    if (gt === -1 || s.slice(i, gt).includes('\n')) return null
    urlFrom = i + 1
    urlTo = gt
    i = gt + 1
  } else {
    let depth = 0
    while (i < s.length && !/\s/.test(s[i])) {
      if (s[i] === '\\') i++
      else if (s[i] === '(') {
        // As markdown-it (and CommonMark's reference parser): deeper nesting is not a link. This also keeps a line
        // of thousands of `[a](` linear: no scan runs to the end of the line from each of them.
        if (++depth > maxParenDepth) return null
      } else if (s[i] === ')') {
        if (depth === 0) break
        depth--
      }
      i++
    }
    urlTo = i
  }
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++
  const q = s[i]
  if (q === '"' || q === "'" || q === '(') {
    const end = titleEnd(s, i)
    if (end === -1) return null
    i = end + 1
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++
  }
  if (s[i] !== ')') return null
  return { urlFrom, urlTo, end: i + 1 }
}

/** The offset of the character closing the title opened at `at`; -1 when it is not closed. */
function titleEnd(s: string, at: number): number {
  if (s[at] !== '(') return s.indexOf(s[at], at + 1)
  // A title in parentheses holds no unescaped `(` (as markdown-it reads it), so the search stops at the next one.
  for (let i = at + 1; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === ')') return i
    else if (s[i] === '(') return -1
  }
  return -1
}

function unescape(url: string): string {
  return url.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

const DEFINITION = /^[ \t]{0,3}\[([^\]\n]+)\]:[ \t]*(?:<([^>\n]*)>|(\S+))/gm

function findDefinitions(masked: string, base: number, refs: BodyRef[]): void {
  for (const m of masked.matchAll(DEFINITION)) {
    const url = m[2] ?? m[3]
    const urlFrom = m.index + m[0].length - url.length - (m[2] !== undefined ? 1 : 0)
    refs.push({ kind: 'definition', url, urlFrom: base + urlFrom, urlTo: base + urlFrom + url.length, from: base + m.index, to: base + m.index + m[0].length, text: m[1] })
  }
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g
const KIND: Record<string, RefKind> = { img: 'html-img', a: 'html-a', iframe: 'html-iframe', source: 'html-media', video: 'html-media', audio: 'html-media' }

/** Raw HTML tags: their `src`/`href` as refs, and every `id`/`name` as an anchor a link can reach. */
function findHtml(masked: string, base: number, refs: BodyRef[]): string[] {
  const ids: string[] = []
  for (const tag of masked.matchAll(TAG)) {
    const name = tag[1].toLowerCase()
    const attrsFrom = tag.index + 1 + tag[1].length
    for (const a of tag[2].matchAll(ATTR)) {
      const attr = a[1].toLowerCase()
      const value = a[2] ?? a[3] ?? a[4] ?? ''
      if (attr === 'id' || (attr === 'name' && name === 'a')) ids.push(value)
      const wanted = name === 'a' ? attr === 'href' : attr === 'src'
      if (!wanted || !KIND[name]) continue
      const valueFrom = attrsFrom + a.index + a[0].length - value.length - (a[4] !== undefined ? 0 : 1)
      refs.push({ kind: KIND[name], url: decodeEntities(value), urlFrom: base + valueFrom, urlTo: base + valueFrom + value.length, from: base + tag.index, to: base + tag.index + tag[0].length })
    }
  }
  return ids
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? _)
}
