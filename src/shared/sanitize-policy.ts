// The one allow-list for episode HTML in the preview and in exports: what may stay, which player iframes may load,
// and which URLs are allowed. The sanitizer (sanitize.ts) applies it with DOMPurify.
import { characterOfReference } from './character-reference'

/** Elements removed with their content: they run code, change the page's base or navigate it, or submit data. */
export const forbiddenTags = ['script', 'style', 'base', 'meta', 'link', 'form', 'embed', 'object', 'applet', 'frame', 'frameset', 'portal', 'noscript', 'template']

/** Attributes removed everywhere (event handlers are removed by DOMPurify itself). */
export const forbiddenAttributes = ['srcdoc', 'formaction', 'action', 'ping', 'http-equiv']

/** Extra elements and attributes the site's HTML needs (players, lightbox links, figure numbering). */
export const extraTags = ['iframe']
export const extraAttributes = ['allow', 'allowfullscreen', 'frameborder', 'scrolling', 'target', 'webkitallowfullscreen', 'mozallowfullscreen', 'loading', 'controls', 'autoplay', 'loop', 'muted', 'playsinline']

/** What a player iframe may do inside its sandbox (its own origin, never the app's). */
export const iframeSandbox = 'allow-scripts allow-same-origin allow-popups allow-presentation'

/** URL schemes allowed in links and sources, besides relative URLs; `data:` only for images (see `dataUrlTags`). */
export const urlSchemes = ['http', 'https', 'mailto', 'tel']
export const dataUrlTags = ['img']

/** The allowed-URL pattern for DOMPurify: the schemes above (and any extra), or no scheme at all. */
export function allowedUrlPattern(extraSchemes: string[] = []): RegExp {
  const schemes = [...urlSchemes, ...extraSchemes].map((s) => s.toLowerCase().replace(/[^a-z0-9+.-]/g, '')).filter(Boolean)
  return new RegExp(`^(?:(?:${schemes.join('|')}):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))`, 'i')
}

/** True when `src` is an https URL on one of `hosts` (or a subdomain of one). */
export function isAllowedIframeSrc(src: string, hosts: string[]): boolean {
  let url: URL
  try {
    url = new URL(src.trim())
  } catch {
    return false
  }
  if (url.protocol !== 'https:') return false
  const host = url.hostname.toLowerCase()
  return hosts.some((h) => {
    const allowed = h.trim().toLowerCase().replace(/^\*\./, '')
    return allowed !== '' && (host === allowed || host.endsWith('.' + allowed))
  })
}

/**
 * Elements and attributes of HTML that is within the policy as written: the shapes the renderer and the theme's
 * templates print (no iframes, no raw-text or foreign elements). HTML made only of these needs no DOM pass.
 */
const plainTags = new Set(
  ('a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ' +
    'input ins kbd li mark nav ol p pre q s samp section small source span strong sub summary sup table tbody td tfoot th ' +
    'thead tr u ul var video audio').split(' ')
)
const plainAttributes = new Set(
  'id class href src alt title style start type checked disabled role target rel width height controls autoplay loop tabindex open'.split(' ')
)
const dataAttribute = /^data-[-\w.\u00B7-\uFFFF]+$/
const urlAttributes = new Set(['href', 'src'])
// Characters browsers drop from URLs before reading the scheme (as DOMPurify strips them before its check).
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be matched here
const urlWhitespace = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g
const tagPattern = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<>]*")?)*)\s*>/y
const attrPattern = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"<>]*)")?/g
const basicEntities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: '\u00A0' }

function decodeAttribute(value: string): string | null {
  let ok = true
  const decoded = value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (_, e: string) => {
    if (e[0] === '#') return characterOfReference(e.slice(1))
    const named = basicEntities[e]
    if (named === undefined) ok = false
    return named ?? ''
  })
  return ok ? decoded : null
}

export interface PlainMarkupCheck {
  urlPattern: RegExp
  /** True for an id or name that would shadow a property of the document (DOM clobbering). */
  clobbers: (name: string) => boolean
  /** Player hosts whose iframes are kept (sandboxed). */
  iframeHosts: string[]
}

// What DOMPurify keeps on a player iframe with this policy; anything else on it means the DOM pass decides.
const plainIframeAttributes = new Set(['src', 'width', 'height', 'frameborder', 'scrolling', 'allow', 'allowfullscreen', 'webkitallowfullscreen', 'mozallowfullscreen', 'title', 'style', 'loading', 'class', 'id', 'sandbox'])

/**
 * `html` as the policy would leave it when it is made only of plain, well-formed tags and attributes (checked URLs
 * included) and of empty player iframes from allowed hosts (given the policy's sandbox); null when anything else is
 * in it and the DOM pass must decide. Conservative: whatever it does not recognise goes to the DOM pass.
 */
export function plainMarkup(html: string, check: PlainMarkupCheck): string | null {
  let pos = 0
  let out = ''
  let copied = 0
  for (;;) {
    const lt = html.indexOf('<', pos)
    const gtBefore = html.indexOf('>', pos)
    if (gtBefore !== -1 && (lt === -1 || gtBefore < lt)) return null
    if (lt === -1) return copied ? out + html.slice(copied) : html
    tagPattern.lastIndex = lt
    const m = tagPattern.exec(html)
    if (!m) return null
    pos = tagPattern.lastIndex
    const tag = m[2]
    if (tag === 'iframe' && !m[1]) {
      if (!html.startsWith('</iframe>', pos)) return null
      let kept = ''
      attrPattern.lastIndex = 0
      let src: string | null = null
      for (let a = attrPattern.exec(m[3]); a; a = attrPattern.exec(m[3])) {
        if (!plainIframeAttributes.has(a[1])) return null
        if (a[1] === 'id' && check.clobbers(decodeAttribute(a[2] ?? '') ?? '')) return null
        if (a[1] === 'src') src = decodeAttribute(a[2] ?? '')
        if (a[1] !== 'sandbox') kept += a[0]
      }
      if (src === null || !isAllowedIframeSrc(src, check.iframeHosts) || !check.urlPattern.test(src.replace(urlWhitespace, ''))) return null
      out += html.slice(copied, lt) + `<iframe${kept} sandbox="${iframeSandbox}"></iframe>`
      pos += '</iframe>'.length
      copied = pos
      continue
    }
    if (!plainTags.has(tag)) return null
    if (m[1]) {
      if (m[3]) return null
      continue
    }
    attrPattern.lastIndex = 0
    for (let a = attrPattern.exec(m[3]); a; a = attrPattern.exec(m[3])) {
      const name = a[1]
      const value = a[2] ?? ''
      if (!plainAttributes.has(name) && !dataAttribute.test(name)) return null
      if (name === 'id' && check.clobbers(decodeAttribute(value) ?? value)) return null
      if (name === 'type' && tag === 'input' && value !== 'checkbox') return null
      if (urlAttributes.has(name)) {
        const url = decodeAttribute(value)
        if (url === null) return null
        const bare = url.replace(urlWhitespace, '')
        const data = /^data:/i.test(bare)
        // An empty URL (`[notes]()`) points at the page itself; DOMPurify keeps it too.
        if (bare === '') continue
        if (data ? !(name === 'src' && dataUrlTags.includes(tag)) : !check.urlPattern.test(bare)) return null
      }
    }
    if (tag === 'input' && !/\sdisabled(?:="")?(?:\s|$)/.test(m[3])) return null
  }
}
