// The title of a fetched web page, from its bytes and Content-Type: `og:title` when the page has one (what link
// previews show), else `<title>`; decoded by the page's own charset, character references resolved.
import MarkdownIt from 'markdown-it'
import { sniffCharset } from './charset'

/** Turns bytes in a charset into text; the caller brings a decoder (main: iconv-lite) so this file stays pure. */
export type Decode = (bytes: Uint8Array, charset: string) => string

const { unescapeAll } = new MarkdownIt().utils

/** The page's title, or null when it has none (or only white space). */
export function pageTitle(bytes: Uint8Array, contentType: string | null | undefined, decode: Decode): string | null {
  const html = decode(bytes, sniffCharset(bytes, contentType))
  return titleOfHtml(html)
}

/** The title of an HTML text: `og:title`, else the first `<title>`. */
export function titleOfHtml(html: string): string | null {
  const text = html.replace(/<!--[\s\S]*?-->/g, '')
  const og = ogTitle(text)
  if (og) return og
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text)
  return m ? clean(m[1]) : null
}

function ogTitle(html: string): string | null {
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(tag[0])
    const name = (attrs.get('property') ?? attrs.get('name') ?? '').toLowerCase()
    if (name === 'og:title') {
      const title = clean(attrs.get('content') ?? '')
      if (title) return title
    }
  }
  return null
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '')
  }
  return out
}

// markdown-it's unescapeAll resolves every HTML character reference; doubling the backslashes first keeps the
// title's own backslashes as they were (it would read `\*` as a Markdown escape).
function clean(raw: string): string | null {
  const text = unescapeAll(raw.replace(/\\/g, '\\\\')).replace(/\s+/g, ' ').trim()
  return text || null
}
