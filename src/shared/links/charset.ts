// Which charset a fetched page is written in, as a browser decides it: a byte order mark, then the HTTP
// Content-Type header, then `<meta charset>` or `<meta http-equiv="Content-Type">` in the first bytes; else UTF-8.

/** How far into the page a `<meta charset>` is looked for (browsers prescan 1024 bytes; some pages put it later). */
const PRESCAN_BYTES = 4096

// Labels that name the same encoding (WHATWG's table, the Japanese and common ones); others pass through lowercased.
const ALIASES: Record<string, string> = {
  'utf8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'sjis': 'shift_jis',
  'shift-jis': 'shift_jis',
  'x-sjis': 'shift_jis',
  'ms_kanji': 'shift_jis',
  'csshiftjis': 'shift_jis',
  'ms932': 'shift_jis',
  'windows-31j': 'shift_jis',
  'cp932': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  'cseucpkdfmtjapanese': 'euc-jp',
  'csiso2022jp': 'iso-2022-jp',
  'latin1': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252'
}

/** A charset label in the form the decoder knows (`Shift-JIS` → `shift_jis`). */
export function normalizeCharset(label: string): string {
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase()
  return ALIASES[l] ?? l
}

/** The `charset=` of a Content-Type header value, or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')
  return m ? normalizeCharset(m[2]) : null
}

/** The page's charset: BOM, header, `<meta>`, else UTF-8. */
export function sniffCharset(bytes: Uint8Array, contentType: string | null | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  const fromHeader = charsetOfContentType(contentType)
  if (fromHeader) return fromHeader
  return metaCharset(bytes) ?? 'utf-8'
}

// The charsets that matter are ASCII-compatible, so the prescan reads the bytes as Latin-1: every byte one character.
function metaCharset(bytes: Uint8Array): string | null {
  let head = ''
  const end = Math.min(bytes.length, PRESCAN_BYTES)
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i])
  const html = head.replace(/<!--[\s\S]*?-->/g, '')
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag[0])
    if (direct) return normalizeCharset(direct[1])
  }
  return null
}
