// Sanitizes rendered episode HTML with DOMPurify and the one policy of sanitize-policy.ts, for the preview (the
// renderer's window) and for export and the CLI (a Node DOM from node-sanitizer.ts). Takes the window as a
// parameter: src/shared has no DOM of its own.
import DOMPurify, { type WindowLike } from 'dompurify'
import {
  allowedUrlPattern,
  dataUrlTags,
  extraAttributes,
  extraTags,
  forbiddenAttributes,
  forbiddenTags,
  iframeSandbox,
  isAllowedIframeSrc,
  plainMarkup,
  type PlainMarkupCheck
} from './sanitize-policy'
import { defaultIframeHosts } from './iframe-hosts'

export interface SanitizerOptions {
  /** Hosts whose player iframes are kept (the settings' list; defaults to the known podcast and video players). */
  iframeHosts?: string[]
  /** URL schemes to allow besides http(s), mailto and tel, e.g. the app's media protocol. */
  urlSchemes?: string[]
  /** Skip the DOM pass for HTML plainly within the policy (default true; tests turn it off to compare). */
  fastPath?: boolean
  /**
   * With a lazily made window: whether an id may shadow a property of the document or a form (DOM clobbering),
   * so the DOM pass must decide. Default: any id that looks like a JavaScript identifier.
   */
  mayShadowDom?: (id: string) => boolean
}

export interface Sanitizer {
  /**
   * Returns `html` with everything outside the policy removed. HTML that is plainly within the policy (what the
   * renderer writes for Markdown and the theme's shortcodes, player iframes of allowed hosts) skips the DOM pass; sanitize a
   * rendered episode block by block (`renderEpisode(…).blocks`) so only blocks with author HTML take that pass.
   */
  sanitize(html: string): string
  /** The same HTML when it is plainly within the policy (no DOM needed), else null: where no DOM is (a worker). */
  withoutDom(html: string): string | null
}

interface AttributeNode {
  nodeName: string
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  removeAttribute(name: string): void
  parentNode: { removeChild(child: unknown): unknown } | null
}

// Without a document at hand, an id that could be a DOM property name (an identifier such as "links") is left to
// the DOM pass; ids with a hyphen, a colon or non-ASCII letters can never shadow one.
const maybeDomProperty = /^[A-Za-z_$][\w$]*$/

/**
 * Creates a sanitizer bound to `window` (a browser window or a Node DOM such as jsdom's). Pass a function instead
 * to create the window only when some HTML needs the DOM pass (Node: most episodes never do).
 */
export function createSanitizer(window: unknown, options: SanitizerOptions = {}): Sanitizer {
  const hosts = options.iframeHosts ?? defaultIframeHosts
  const urlPattern = allowedUrlPattern(options.urlSchemes)
  let clobbers: (name: string) => boolean
  if (typeof window === 'function') {
    clobbers = options.mayShadowDom ?? ((name) => maybeDomProperty.test(name))
  } else {
    const doc = (window as { document: Record<string, unknown> & { createElement(tag: string): Record<string, unknown> } }).document
    const form = doc.createElement('form')
    // DOMPurify drops an id that would shadow a property of the document or of a form (DOM clobbering); so does the check.
    clobbers = (name) => name in doc || name in form
  }
  const plain: PlainMarkupCheck = { urlPattern, clobbers, iframeHosts: hosts }
  let purify: ReturnType<typeof DOMPurify> | null = null
  const domPass = () => (purify ??= createPurify(typeof window === 'function' ? (window as () => unknown)() : window, hosts))
  if (typeof window !== 'function') domPass()
  const config = {
    ADD_TAGS: extraTags,
    ADD_ATTR: extraAttributes,
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
    ALLOWED_URI_REGEXP: urlPattern,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    WHOLE_DOCUMENT: false,
    RETURN_TRUSTED_TYPE: false
  }

  return {
    sanitize: (html: string) => {
      const fast = options.fastPath === false ? null : plainMarkup(html, plain)
      if (fast !== null) return fast
      const out = domPass().sanitize(html, config) as unknown as string
      // DOMPurify drops the line break that ends a block; keep it so sanitized blocks join as the rendered ones do.
      return html.endsWith('\n') && !out.endsWith('\n') ? out + '\n' : out
    },
    withoutDom: (html: string) => plainMarkup(html, plain)
  }
}

/** DOMPurify on `window` with the policy's hooks (player hosts, data: URLs, inputs, sandbox). */
function createPurify(window: unknown, hosts: string[]): ReturnType<typeof DOMPurify> {
  const purify = DOMPurify(window as WindowLike)
  if (!purify.isSupported) throw new Error('DOMPurify cannot run on the given window.')
  purify.addHook('uponSanitizeElement', (node, data) => {
    const el = node as unknown as AttributeNode
    if (data.tagName === 'iframe' && !isAllowedIframeSrc(el.getAttribute('src') ?? '', hosts)) el.parentNode?.removeChild(el)
    // Only the task-list check boxes are inputs in an episode.
    else if (data.tagName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() !== 'checkbox') el.parentNode?.removeChild(el)
  })
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const el = node as unknown as AttributeNode
    const tag = el.nodeName.toLowerCase()
    // DOMPurify trims every value; a data attribute is text for the page (the figure label "Figure "), keep it whole.
    if (data.attrName.startsWith('data-')) data.attrValue = el.getAttribute(data.attrName) ?? data.attrValue
    // data: URLs only for images; DOMPurify would also keep them on audio, video and source.
    if (/^\s*data:/i.test(data.attrValue) && !(data.attrName === 'src' && dataUrlTags.includes(tag))) data.keepAttr = false
  })
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as unknown as AttributeNode
    const tag = el.nodeName.toLowerCase()
    if (tag === 'iframe') {
      el.removeAttribute('srcdoc')
      el.setAttribute('sandbox', iframeSandbox)
    } else if (tag === 'input') {
      // Task-list check boxes are shown, never editable.
      el.setAttribute('disabled', '')
    }
  })

  return purify
}
