// A small, forgiving HTML tokenizer for rendered episode HTML (markdown-it output plus whatever raw HTML the host
// wrote): start tags with attributes, end tags, text, comments. Enough to rebuild a clean subset; never throws.

export type HtmlToken =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string }

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const NAME = /[a-zA-Z][a-zA-Z0-9-]*/y
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'svg', 'math'])

/**
 * Tokens of `html`. Attributes are read only for the elements in `attrsFor` (all when omitted): reading them is
 * most of the cost, and a cleaner that keeps only links needs only `<a href>`.
 */
export function tokenizeHtml(html: string, attrsFor?: ReadonlySet<string>): HtmlToken[] {
  const out: HtmlToken[] = []
  let pos = 0
  const text = (to: number) => {
    if (to > pos) out.push({ type: 'text', text: decodeEntities(html.slice(pos, to)) })
  }
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', pos)) {
    const next = html.charCodeAt(lt + 1)
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // Comment, doctype or processing instruction: dropped.
      text(lt)
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt)
      pos = close === -1 ? html.length : close + (html.startsWith('<!--', lt) ? 3 : 1)
      continue
    }
    const closing = next === 0x2f /* / */
    NAME.lastIndex = lt + (closing ? 2 : 1)
    const m = NAME.exec(html)
    if (!m) {
      // A lone "<" is text.
      text(lt + 1)
      pos = lt + 1
      continue
    }
    const end = tagEnd(html, NAME.lastIndex)
    if (end === -1) break // an unfinished tag at the end: the rest is text
    text(lt)
    const name = m[0].toLowerCase()
    pos = end + 1
    if (closing) {
      out.push({ type: 'end', name })
      continue
    }
    const selfClosing = html.charCodeAt(end - 1) === 0x2f
    const attrs: Record<string, string> = {}
    if (!attrsFor || attrsFor.has(name)) {
      for (const a of html.slice(NAME.lastIndex, selfClosing ? end - 1 : end).matchAll(ATTR)) {
        const key = a[1].toLowerCase()
        if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')
      }
    }
    out.push({ type: 'start', name, attrs, selfClosing })
    // Elements whose content is not HTML (scripts, players, SVG): skip to their end tag, keeping nothing inside.
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closeTag = new RegExp(`</${name}`, 'ig')
      closeTag.lastIndex = pos
      const close = closeTag.exec(html)
      pos = close ? close.index : html.length
    }
  }
  text(html.length)
  return out
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
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g, (all, dec?: string, hex?: string, name?: string) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex!, 16)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd'
    }
    return NAMED[name!.toLowerCase()] ?? all
  })
}

/** Text for HTML: the characters a serializer escapes (as DOMPurify's output does, so it passes unchanged). */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;')
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
