// Builds a forgiving element tree from HTML, as a browser would for the HTML episodes produce: void
// elements, a `<p>` closed by the next block, an `<li>` closed by the next item, stray end tags ignored.
import { scanHtml, type HtmlSink } from './html-tokens'

export interface HtmlElement {
  name: string
  /** Read-only: elements whose attributes were not asked for share one empty object. */
  attrs: Record<string, string>
  children: HtmlNode[]
}
export type HtmlNode = HtmlElement | string

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'])
const P_STOPS = ['li', 'td', 'th', 'blockquote', 'div', 'dd']

/** The element tree of `html`; attributes are kept only for the elements in `attrsFor` (all when omitted). */
export function parseHtml(html: string, attrsFor?: ReadonlySet<string>): HtmlElement {
  const builder = new TreeBuilder()
  scanHtml(html, builder, attrsFor)
  return builder.root
}

class TreeBuilder implements HtmlSink {
  readonly root: HtmlElement = { name: '#root', attrs: {}, children: [] }
  private readonly stack: HtmlElement[] = [this.root]

  text(text: string): void {
    const children = this.stack[this.stack.length - 1].children
    const last = children.length - 1
    if (last >= 0 && typeof children[last] === 'string') children[last] += text
    else children.push(text)
  }

  start(name: string, attrs: Record<string, string>, selfClosing: boolean): void {
    if (CLOSES_P.has(name) && this.open('p', 0)) this.closeTo('p', P_STOPS)
    if (name === 'li') this.closeTo('li', ['ul', 'ol'])
    if (name === 'dt' || name === 'dd') {
      this.closeTo('dt', ['dl'])
      this.closeTo('dd', ['dl'])
    }
    if (name === 'tr') this.closeTo('tr', ['table', 'thead', 'tbody'])
    if (name === 'td' || name === 'th') {
      this.closeTo('td', ['tr'])
      this.closeTo('th', ['tr'])
    }
    const el: HtmlElement = { name, attrs, children: [] }
    this.stack[this.stack.length - 1].children.push(el)
    if (!selfClosing && !VOID.has(name)) this.stack.push(el)
  }

  end(name: string): void {
    if (this.open(name, 1)) this.closeTo(name, [])
  }

  /** True when an element of this name is open (from stack index `from`: 1 leaves the root out). */
  private open(name: string, from: number): boolean {
    for (let i = from; i < this.stack.length; i++) if (this.stack[i].name === name) return true
    return false
  }

  /** Closes the innermost open `name` and everything inside it, unless one of `stopAt` is met first. */
  private closeTo(name: string, stopAt: readonly string[]): void {
    const stack = this.stack
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i].name === name) {
        stack.length = i
        return
      }
      if (stopAt.includes(stack[i].name)) return
    }
  }
}
