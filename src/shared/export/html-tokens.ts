// A small, forgiving HTML tokenizer for rendered episode HTML (markdown-it output plus whatever raw HTML the host
// wrote): start tags with attributes, end tags, text, comments. Enough to rebuild a clean subset; never throws.

export type HtmlToken =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string }

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'svg', 'math'])

export function tokenizeHtml(html: string): HtmlToken[] {
  const out: HtmlToken[] = []
  let pos = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > pos) out.push({ type: 'text', text: decodeEntities(html.slice(pos, m.index)) })
    pos = TAG.lastIndex
    if (!m[2]) continue // comment, doctype, processing instruction
    const name = m[2].toLowerCase()
    if (m[1]) {
      out.push({ type: 'end', name })
      continue
    }
    const attrs: Record<string, string> = {}
    for (const a of m[3].matchAll(ATTR)) {
      const key = a[1].toLowerCase()
      if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')
    }
    out.push({ type: 'start', name, attrs, selfClosing: m[4] === '/' })
    // Elements whose content is not HTML (scripts, players, SVG): skip to their end tag, keeping nothing inside.
    if (RAW_TEXT.has(name) && m[4] !== '/') {
      const end = html.toLowerCase().indexOf(`</${name}`, pos)
      pos = end === -1 ? html.length : end
      TAG.lastIndex = pos
    }
  }
  if (pos < html.length) out.push({ type: 'text', text: decodeEntities(html.slice(pos)) })
  return out
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
