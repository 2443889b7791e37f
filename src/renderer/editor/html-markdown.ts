// Pasted HTML (a browser page, Google Docs, Notion) as Markdown: sanitized by DOMPurify first, then converted by
// turndown with its GFM plugin (tables, strikethrough, task lists). Remote images become links, never downloaded.
import { gfm } from '@joplin/turndown-plugin-gfm'
import DOMPurify from 'dompurify'
import TurndownService from 'turndown'

let service: TurndownService | null = null

function converter(): TurndownService {
  if (service) return service
  // `*` for emphasis: `_` does not work inside a word, and Japanese sentences have no spaces around words.
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', hr: '---' })
  td.use(gfm)
  // Google Docs wraps the whole paste in <b style="font-weight:normal">: not bold at all.
  td.addRule('docs-wrapper', {
    filter: (node) => node.nodeName === 'B' && /font-weight:\s*normal/i.test(node.getAttribute('style') ?? ''),
    replacement: (content) => content
  })
  // Google Docs and Notion write bold and italic as styled spans.
  td.addRule('styled-span', {
    filter: (node) => node.nodeName === 'SPAN' && /font-weight:\s*(bold|[6-9]00)|font-style:\s*italic/i.test(node.getAttribute('style') ?? ''),
    replacement: (content, node) => {
      if (!content.trim()) return content
      const style = (node as HTMLElement).getAttribute('style') ?? ''
      const bold = /font-weight:\s*(bold|[6-9]00)/i.test(style)
      const italic = /font-style:\s*italic/i.test(style)
      const mark = (bold ? '**' : '') + (italic ? '*' : '')
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(content) ?? ['', '', content, '']
      return `${lead}${mark}${core}${[...mark].reverse().join('')}${trail}`
    }
  })
  // Turndown's own list items, with one space after the marker as hosts write them (`- Topic`, `1. First`);
  // nested lines indented to the item's text, which is where Goldmark looks for them.
  td.addRule('list-item', {
    filter: 'li',
    replacement: (content, node, options) => {
      const parent = node.parentNode as HTMLElement
      let prefix = `${options.bulletListMarker} `
      if (parent.nodeName === 'OL') prefix = `${Number(parent.getAttribute('start') || 1) + Array.prototype.indexOf.call(parent.children, node)}. `
      const body = content.replace(/^\n+/, '').replace(/^\[([ x])\]\s+/, '[$1] ').replace(/\n+$/, '\n').replace(/\n/gm, '\n' + ' '.repeat(prefix.length))
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '')
    }
  })
  td.addRule('remote-image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLImageElement
      const src = img.getAttribute('src') ?? ''
      if (!/^https?:\/\//i.test(src)) return img.getAttribute('alt') ?? ''
      const alt = (img.getAttribute('alt') ?? '').replace(/[[\]\\]/g, '\\$&').trim()
      return `[${alt || 'image'}](${src})`
    }
  })
  td.remove(['style', 'script', 'meta', 'title', 'head'] as never)
  service = td
  return td
}

/** Markdown for pasted `html`; '' when nothing is left after sanitizing. */
export function htmlToMarkdown(html: string): string {
  const clean = DOMPurify.sanitize(html, { RETURN_DOM: true, FORBID_TAGS: ['style', 'form', 'button'], FORBID_ATTR: ['class', 'id'] })
  return converter()
    .turndown(clean as HTMLElement)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** True when the HTML says no more than its plain text (a code editor's colouring, a plain sentence): paste the text. */
export function sameAsText(markdown: string, plain: string): boolean {
  const squash = (s: string) => s.replace(/\\([\\`*_[\]<>|#+\-.!()~])/g, '$1').replace(/\s+/g, ' ').trim()
  return squash(markdown) === squash(plain)
}
