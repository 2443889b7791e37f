// Bare URLs and e-mail addresses turned into links exactly where Hugo's Goldmark linkify does: only at a line head,
// after whitespace or `*_~(`, or right after another inline element; ASCII domains with a letter TLD; trailing
// punctuation and unbalanced `)` left out. (markdown-it's linkify-it finds many more, so it stays off.)
import type { MarkdownIt } from 'markdown-it'
import type { StateCore, Token } from 'markdown-it'

const urlPattern = /(?:https?|ftp):\/\/[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[\]`]*)?/y
const wwwPattern = /www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[\]`]*)?/y
const emailPattern = /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*/y
const triggerChars = new Set([' ', '\t', '*', '_', '~', '('])
const candidate = /(?:https?:\/\/|ftp:\/\/|www\.|@)/
const asciiPunct = /[!-/:-@[-`{-~]/

interface Found {
  start: number
  end: number
  href: string
  email: boolean
}

/** Finds the link that starts at `at` in `text` (after any trigger character), as Goldmark's linkify parser does. */
function matchAt(text: string, at: number): Found | null {
  const first = text[at]
  let m: RegExpExecArray | null = null
  let protocol = ''
  if (first === 'h' || first === 'f') {
    urlPattern.lastIndex = at
    m = urlPattern.exec(text)
  }
  if (!m && first === 'w') {
    wwwPattern.lastIndex = at
    m = wwwPattern.exec(text)
    protocol = 'https://'
  }
  if (m) {
    const rest = m[0]
    let end = rest.length
    const last = rest[end - 1]
    if (last === '.') end--
    else if (last === ')') {
      let closing = 0
      for (let i = end - 1; i >= 0; i--) {
        if (rest[i] === ')') closing++
        else if (rest[i] === '(') closing--
      }
      if (closing > 0) end -= closing
    } else if (last === ';') {
      let i = end - 2
      while (i >= 0 && /[a-zA-Z0-9]/.test(rest[i])) i--
      if (i !== end - 2 && rest[i] === '&') end = i
    }
    let i = end - 1
    while (i > 0 && '?!.,:*_~'.includes(rest[i])) i--
    end = i + 1
    return { start: at, end: at + end, href: protocol + rest.slice(0, end), email: false }
  }
  if (asciiPunct.test(first)) return null
  // An e-mail address needs an "@" before the next space.
  const atSign = text.indexOf('@', at)
  if (atSign === -1 || /\s/.test(text.slice(at, atSign))) return null
  emailPattern.lastIndex = at
  const e = emailPattern.exec(text)
  if (!e || !e[0].slice(atSign - at).includes('.')) return null
  let end = e[0].length
  if (e[0][end - 1] === '.') end--
  const next = text[at + end]
  if (next === '-' || next === '_') return null
  return { start: at, end: at + end, href: 'mailto:' + e[0].slice(0, end), email: true }
}

// The typographer turns an opening quote into an inline element, so what follows it is a line head for Goldmark.
function afterOpeningQuote(text: string, pos: number, head: boolean): boolean {
  const q = text[pos - 1]
  if (q !== '"' && q !== "'") return false
  return pos === 1 ? head : /[\s\p{P}]/u.test(text[pos - 2])
}

function linkifyText(state: StateCore, token: Token, head: boolean): Token[] | null {
  const text = token.content
  if (!candidate.test(text)) return null
  const out: Token[] = []
  let last = 0
  let lineHead = head
  for (let pos = 0; pos < text.length; pos++) {
    const c = text.charCodeAt(pos)
    // A link starts with h, f, w or an e-mail's first character; skip the rest quickly.
    if (c <= 0x20 || c > 0x7e) continue
    const atHead = pos === last && lineHead
    if (!atHead && !(pos > 0 && triggerChars.has(text[pos - 1])) && !afterOpeningQuote(text, pos, lineHead && last === 0)) continue
    const found = matchAt(text, pos)
    if (!found) continue
    if (found.start > last) out.push(textToken(state, text.slice(last, found.start), token.level))
    const href = state.md.normalizeLink(found.href)
    const open = new state.Token('link_open', 'a', 1)
    open.attrs = [['href', href]]
    open.markup = 'linkify'
    open.info = 'auto'
    open.level = token.level
    out.push(open, textToken(state, text.slice(found.start, found.end), token.level + 1))
    const close = new state.Token('link_close', 'a', -1)
    close.markup = 'linkify'
    close.info = 'auto'
    close.level = token.level
    out.push(close)
    last = found.end
    pos = found.end - 1
    // The character after an inline element is a line head for Goldmark.
    lineHead = true
  }
  if (!out.length) return null
  if (last < text.length) out.push(textToken(state, text.slice(last), token.level))
  return out
}

function textToken(state: StateCore, content: string, level: number): Token {
  const t = new state.Token('text', '', 0)
  t.content = content
  t.level = level
  return t
}

function goldmarkLinkify(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue
    const children = block.children
    let inLink = 0
    for (let i = 0; i < children.length; i++) {
      const t = children[i]
      if (t.type === 'link_open') inLink++
      else if (t.type === 'link_close') inLink--
      if (t.type !== 'text' || inLink > 0) continue
      const prev = children[i - 1]
      // Goldmark restarts its line scan after every inline element, so the first character there is a "line head";
      // a text run that merely continues earlier text (an escape, an unconverted entity) is not.
      const head = !prev || (prev.type !== 'text' && prev.type !== 'text_special')
      const replaced = linkifyText(state, t, head)
      if (replaced) {
        children.splice(i, 1, ...replaced)
        i += replaced.length - 1
      }
    }
  }
}

/** markdown-it plugin: Goldmark's linkify (Hugo's default) in place of linkify-it. */
export function goldmarkLinkifyPlugin(md: MarkdownIt): void {
  md.core.ruler.before('text_join', 'goldmark_linkify', goldmarkLinkify)
}
