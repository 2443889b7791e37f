// Escaping as Go's html/template does it in Hugo's shortcode templates, so output (and, for `{{% %}}` shortcodes, the
// Markdown it is parsed as) matches the site: text and attribute values, URLs in href/src, HTML values in attributes.

const htmlTable: Record<string, string> = { '"': '&#34;', '&': '&amp;', "'": '&#39;', '+': '&#43;', '<': '&lt;', '>': '&gt;', '\0': '\uFFFD' }
const normTable: Record<string, string> = { '"': '&#34;', "'": '&#39;', '+': '&#43;', '<': '&lt;', '>': '&gt;', '\0': '\uFFFD' }

/** A plain string printed in HTML text or a quoted attribute (`{{ . }}`). */
export function goText(s: string): string {
  return s.replace(/["&'+<>\0]/g, (c) => htmlTable[c])
}

/** An HTML value (markdownify's result) printed in an attribute: tags stripped, entities kept. */
export function goHtmlInAttr(html: string): string {
  return html.replace(/<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>/g, '').replace(/["'+<>\0]/g, (c) => normTable[c])
}

const utf8 = new TextEncoder()
const safeScheme = /^(?:https?|mailto):/i
const hasScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/
// Nothing to encode: no % (whose escapes need checking) and only characters URLs may hold as they are.
const plainUrl = /^[A-Za-z0-9\-._~!#$&*+,/:;=?@[\]]*$/

/** A string printed in a URL attribute (href, src): unsafe schemes become `#ZgotmplZ`, the rest is normalised. */
export function goUrl(s: string): string {
  return goText(goNormalizeUrl(s))
}

/** The URL html/template would print for `s`, before HTML escaping (percent-encoding what URLs may not hold). */
export function goNormalizeUrl(s: string): string {
  if (hasScheme.test(s) && !safeScheme.test(s)) return '#ZgotmplZ'
  if (plainUrl.test(s)) return s
  let out = ''
  const bytes = utf8.encode(s)
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]
    const ch = String.fromCharCode(c)
    if (c < 0x80 && (/[A-Za-z0-9\-._~!#$&*+,/:;=?@[\]]/.test(ch) || (ch === '%' && isHex(bytes[i + 1]) && isHex(bytes[i + 2])))) {
      out += ch
    } else {
      out += '%' + c.toString(16).padStart(2, '0')
    }
  }
  return out
}

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))
}
