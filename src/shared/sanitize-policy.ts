// The one allow-list for episode HTML in the preview and in exports: what may stay, which player iframes may load,
// and which URLs are allowed. The sanitizer (sanitize.ts) applies it with DOMPurify.

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
const urlWhitespace = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g
const tagPattern = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<>]*")?)*)\s*>/y
const attrPattern = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"<>]*)")?/g
const basicEntities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: '\u00A0' }

function decodeAttribute(value: string): string | null {
  let ok = true
  const decoded = value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? '0x' + e.slice(2) : e.slice(1)) || 0xfffd)
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
}

/**
 * True when `html` is made only of plain, well-formed tags and attributes that the policy keeps as they are (checked
 * URLs included), so sanitizing it would change nothing that matters. Conservative: anything else is false.
 */
export function isPlainMarkup(html: string, check: PlainMarkupCheck): boolean {
  let pos = 0
  for (;;) {
    const lt = html.indexOf('<', pos)
    const gtBefore = html.indexOf('>', pos)
    if (gtBefore !== -1 && (lt === -1 || gtBefore < lt)) return false
    if (lt === -1) return true
    tagPattern.lastIndex = lt
    const m = tagPattern.exec(html)
    if (!m || !plainTags.has(m[2])) return false
    pos = tagPattern.lastIndex
    if (m[1]) {
      if (m[3]) return false
      continue
    }
    attrPattern.lastIndex = 0
    for (let a = attrPattern.exec(m[3]); a; a = attrPattern.exec(m[3])) {
      const name = a[1]
      const value = a[2] ?? ''
      if (!plainAttributes.has(name) && !dataAttribute.test(name)) return false
      if (name === 'id' && check.clobbers(decodeAttribute(value) ?? value)) return false
      if (name === 'type' && m[2] === 'input' && value !== 'checkbox') return false
      if (urlAttributes.has(name)) {
        const url = decodeAttribute(value)
        if (url === null) return false
        const bare = url.replace(urlWhitespace, '')
        const data = /^data:/i.test(bare)
        if (data ? !(name === 'src' && dataUrlTags.includes(m[2])) : !check.urlPattern.test(bare)) return false
      }
    }
    if (m[2] === 'input' && !/\sdisabled(?:="")?(?:\s|$)/.test(m[3])) return false
  }
}
