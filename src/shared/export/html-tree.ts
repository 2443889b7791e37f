// Builds a forgiving element tree from HTML tokens, as a browser would for the HTML episodes produce: void
// elements, a `<p>` closed by the next block, an `<li>` closed by the next item, stray end tags ignored.
import { tokenizeHtml } from './html-tokens'

export interface HtmlElement {
  name: string
  attrs: Record<string, string>
  children: HtmlNode[]
}
export type HtmlNode = HtmlElement | string

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'])

/** The element tree of `html`; attributes are kept only for the elements in `attrsFor` (all when omitted). */
export function parseHtml(html: string, attrsFor?: ReadonlySet<string>): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  const top = () => stack[stack.length - 1]
  const closeTo = (name: string, stopAt: string[] = []) => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i].name === name) {
        stack.length = i
        return
      }
      if (stopAt.includes(stack[i].name)) return
    }
  }
  for (const t of tokenizeHtml(html, attrsFor)) {
    if (t.type === 'text') {
      const children = top().children
      if (typeof children[children.length - 1] === 'string') children[children.length - 1] += t.text
      else children.push(t.text)
    } else if (t.type === 'start') {
      if (CLOSES_P.has(t.name) && stack.some((e) => e.name === 'p')) closeTo('p', ['li', 'td', 'th', 'blockquote', 'div', 'dd'])
      if (t.name === 'li') closeTo('li', ['ul', 'ol'])
      if (t.name === 'dt' || t.name === 'dd') {
        closeTo('dt', ['dl'])
        closeTo('dd', ['dl'])
      }
      if (t.name === 'tr') closeTo('tr', ['table', 'thead', 'tbody'])
      if (t.name === 'td' || t.name === 'th') {
        closeTo('td', ['tr'])
        closeTo('th', ['tr'])
      }
      const el: HtmlElement = { name: t.name, attrs: t.attrs, children: [] }
      top().children.push(el)
      if (!VOID.has(t.name) && !t.selfClosing) stack.push(el)
    } else if (stack.some((e, i) => i > 0 && e.name === t.name)) {
      closeTo(t.name)
    }
  }
  return root
}
