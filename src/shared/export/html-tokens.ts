// A small, forgiving HTML scanner for rendered episode HTML (markdown-it output plus whatever raw HTML the host
// wrote): start tags with attributes, end tags, text, comments. Enough to rebuild a clean subset; never throws.
// It hands each piece to a sink as it goes, so a folder export builds no token list per episode.
import { characterOfReference } from '../character-reference'

export type HtmlToken =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string }

/** What the scanner hands on, in document order. Text arrives entity-decoded; tag names lowercased. */
export interface HtmlSink {
  text(text: string): void
  start(name: string, attrs: Record<string, string>, selfClosing: boolean): void
  end(name: string): void
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'svg', 'math'])
// One search per raw-text element name (`</iframe`, any case), made once.
const rawTextEnd = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'ig')]))
// Every start tag without attributes to read shares this object; sinks only read it.
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>

/**
 * Scans `html` into `sink`. Attributes are read only for the elements in `attrsFor` (all when omitted): reading them
 * is most of the cost, and a cleaner that keeps only links needs only `<a href>`; other start tags get an empty,
 * frozen attribute object.
 */
export function scanHtml(html: string, sink: HtmlSink, attrsFor?: ReadonlySet<string>): void {
  const length = html.length
  let pos = 0
  const text = (to: number) => {
    if (to > pos) sink.text(decodeEntities(html.slice(pos, to)))
  }
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', pos)) {
    const next = html.charCodeAt(lt + 1)
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // Comment, doctype or processing instruction: dropped.
      text(lt)
      const comment = html.startsWith('<!--', lt)
      const close = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt)
      pos = close === -1 ? length : close + (comment ? 3 : 1)
      continue
    }
    const closing = next === 0x2f /* / */
    // The tag name: a letter, then letters, digits and hyphens.
    const nameFrom = lt + (closing ? 2 : 1)
    let nameTo = nameFrom
    let upper = false
    for (; nameTo < length; nameTo++) {
      const c = html.charCodeAt(nameTo)
      if (c >= 0x61 && c <= 0x7a) continue
      if (c >= 0x41 && c <= 0x5a) {
        upper = true
        continue
      }
      if (nameTo > nameFrom && ((c >= 0x30 && c <= 0x39) || c === 0x2d)) continue
      break
    }
    if (nameTo === nameFrom) {
      // A lone "<" is text.
      text(lt + 1)
      pos = lt + 1
      continue
    }
    const end = tagEnd(html, nameTo)
    if (end === -1) break // an unfinished tag at the end: the rest is text
    text(lt)
    const name = upper ? html.slice(nameFrom, nameTo).toLowerCase() : html.slice(nameFrom, nameTo)
    pos = end + 1
    if (closing) {
      sink.end(name)
      continue
    }
    const selfClosing = html.charCodeAt(end - 1) === 0x2f
    const attrs = !attrsFor || attrsFor.has(name) ? readAttributes(html, nameTo, selfClosing ? end - 1 : end) : NO_ATTRS
    sink.start(name, attrs, selfClosing)
    // Elements whose content is not HTML (scripts, players, SVG): skip to their end tag, keeping nothing inside.
    if (!selfClosing && RAW_TEXT.has(name)) {
      const closeTag = rawTextEnd.get(name)!
      closeTag.lastIndex = pos
      const close = closeTag.exec(html)
      pos = close ? close.index : length
    }
  }
  text(length)
}

/** Tokens of `html` (attributes as `scanHtml` reads them, each start tag with its own object). */
export function tokenizeHtml(html: string, attrsFor?: ReadonlySet<string>): HtmlToken[] {
  const out: HtmlToken[] = []
  scanHtml(html, {
    text: (text) => out.push({ type: 'text', text }),
    start: (name, attrs, selfClosing) => out.push({ type: 'start', name, attrs: attrs === NO_ATTRS ? {} : attrs, selfClosing }),
    end: (name) => out.push({ type: 'end', name })
  }, attrsFor)
  return out
}

/**
 * The attributes written in html[from, to): what `/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g`
 * finds there (names lowercased, the first of a name kept, values entity-decoded), read without a regular expression.
 */
function readAttributes(html: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {}
  let i = from
  while (i < to) {
    if (!isNameChar(html.charCodeAt(i))) {
      i++
      continue
    }
    const nameStart = i
    let plain = true // lower-case ASCII only: toLowerCase would change nothing (and is slow on text with kana or kanji)
    for (; i < to; i++) {
      const c = html.charCodeAt(i)
      if (!isNameChar(c)) break
      if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) plain = false
    }
    const key = plain ? html.slice(nameStart, i) : html.slice(nameStart, i).toLowerCase()
    let value = ''
    // `= value`, taken only when a whole value follows; else the name stands alone and reading goes on after it.
    let k = i
    while (k < to && isSpace(html.charCodeAt(k))) k++
    if (k < to && html.charCodeAt(k) === 0x3d /* = */) {
      k++
      while (k < to && isSpace(html.charCodeAt(k))) k++
      const q = k < to ? html.charCodeAt(k) : -1
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", k + 1)
        if (close !== -1 && close < to) {
          value = html.slice(k + 1, close)
          i = close + 1
        }
      } else {
        let v = k
        while (v < to && isUnquotedChar(html.charCodeAt(v))) v++
        if (v > k) {
          value = html.slice(k, v)
          i = v
        }
      }
    }
    if (!(key in attrs)) attrs[key] = decodeEntities(value)
  }
  return attrs
}

/** JavaScript's `\s`: white space and line terminators. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
}

/** An attribute name's character: not white space, `"`, `'`, `>`, `/` or `=`. */
function isNameChar(c: number): boolean {
  return c !== 0x22 && c !== 0x27 && c !== 0x3e && c !== 0x2f && c !== 0x3d && !isSpace(c)
}

/** An unquoted value's character: not white space, `"`, `'`, `=`, `<`, `>` or a backtick. */
function isUnquotedChar(c: number): boolean {
  return c !== 0x22 && c !== 0x27 && c !== 0x3d && c !== 0x3c && c !== 0x3e && c !== 0x60 && !isSpace(c)
}

/** The offset of the `>` that ends a tag whose attributes start at `from` (quoted values may hold `>`). */
function tagEnd(html: string, from: number): number {
  let quote = 0
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x3e) return i
  }
  return -1
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', times: '×', trade: '™', deg: '°' }

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(?:#([0-9]+|[xX][0-9a-fA-F]+)|([a-zA-Z]{2,8}));?/g, (all, digits?: string, name?: string) => {
    if (digits) return characterOfReference(digits)
    return NAMED[name!.toLowerCase()] ?? all
  })
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' }
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' }

/** Text for HTML: the characters a serializer escapes (as DOMPurify's output does, so it passes unchanged). */
export function escapeText(s: string): string {
  // One pass, and none at all for the usual text with nothing to escape.
  return /[&<>\u00a0]/.test(s) ? s.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]) : s
}

export function escapeAttr(s: string): string {
  return /[&"<>\u00a0]/.test(s) ? s.replace(/[&"<>\u00a0]/g, (c) => ATTR_ESCAPES[c]) : s
}
