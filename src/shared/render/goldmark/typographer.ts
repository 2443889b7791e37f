// Smart punctuation as Hugo's Goldmark typographer makes it: `--` `---` `...` `<<` `>>` and quotes decided one by one
// from the characters around them (with Goldmark's special cases and its count of open quotes), not markdown-it's
// pairing, and without markdown-it's (c)/(tm)/+- replacements.
import type { MarkdownIt } from 'markdown-it'
import type { StateCore, StateInline, Token } from 'markdown-it'

const punct = /[\p{P}\p{S}]/u
const punctOnly = /\p{P}/u
const spaceChar = /\s/u
const letter = /\p{L}/u
const digit = /\p{Nd}/u
const asciiPunct = /[!-/:-@[-`{-~]/

const isPunct = (c: string) => punct.test(c)
const isSpace = (c: string) => spaceChar.test(c)

interface QuoteCount {
  single: number
  double: number
}

/** The source character just before / after a token, for the flanking rules at a text token's edges. */
function edgeChar(token: Token | undefined, side: 'first' | 'last'): string {
  if (!token) return '\n'
  switch (token.type) {
    case 'text':
      return token.content ? (side === 'first' ? token.content[0] : token.content[token.content.length - 1]) : '\n'
    case 'text_special':
      return side === 'first' ? (token.info === 'escape' ? '\\' : token.markup[0] || token.content[0]) : token.markup[token.markup.length - 1] || token.content[0]
    case 'softbreak':
    case 'hardbreak':
      return '\n'
    case 'code_inline':
      return '`'
    case 'html_inline':
      return side === 'first' ? '<' : '>'
    case 'link_open':
      return '['
    case 'link_close':
      return token.markup === 'linkify' || token.markup === 'autolink' ? 'x' : ')'
    case 'image':
      return side === 'first' ? '!' : ')'
    default:
      return token.markup ? token.markup[0] : 'x'
  }
}

// Goldmark's delimiter scan for a quote: can it open, can it close (CommonMark's flanking rules).
function flanking(before: string, after: string): { canOpen: boolean; canClose: boolean } {
  const beforeP = isPunct(before)
  const beforeS = isSpace(before)
  const afterP = isPunct(after)
  const afterS = isSpace(after)
  const isLeft = !afterS && (!afterP || beforeS || beforeP)
  const isRight = !beforeS && (!beforeP || afterS || afterP)
  return { canOpen: isLeft, canClose: isRight }
}

// The characters the typographer may change; the text between them is copied in runs.
const special = /["'.<>-]/g

function typographText(text: string, before0: string, after0: string, count: QuoteCount): string {
  special.lastIndex = 0
  let m = special.exec(text)
  if (!m) return text
  let out = ''
  let copied = 0 // text[copied, i) is still to be copied to out
  const n = text.length
  const at = (i: number) => (i < n ? text[i] : i === n ? after0 : '')
  // `replacement` in place of text[i, i + length); the search goes on after it.
  const put = (i: number, length: number, replacement: string) => {
    out += text.slice(copied, i) + replacement
    copied = i + length
    special.lastIndex = copied
  }
  for (; m; m = special.exec(text)) {
    const i = m.index
    const c = text[i]
    if (c === '-' && at(i + 1) === '-') {
      if (at(i + 2) === '-') put(i, 3, '\u2014')
      else put(i, 2, '\u2013')
      continue
    }
    if (c === '.' && at(i + 1) === '.' && at(i + 2) === '.') {
      put(i, 3, '\u2026')
      continue
    }
    if ((c === '<' && at(i + 1) === '<') || (c === '>' && at(i + 1) === '>')) {
      put(i, 2, c === '<' ? '\u00ab' : '\u00bb')
      continue
    }
    if (c !== '"' && c !== "'") continue
    const before = i > 0 ? text[i - 1] : before0
    let j = i
    while (j < n && text[j] === c) j++
    const after = j < n ? text[j] : after0 === '' ? ' ' : after0
    const { canOpen, canClose } = flanking(before, after)
    const l1 = at(i + 1)
    const l2 = at(i + 2)
    const l3 = at(i + 3)
    const isP = (ch: string) => ch !== '' && asciiPunct.test(ch)
    const isS = (ch: string) => ch === '' || isSpace(ch)
    if (c === "'") {
      // Decades: '90s
      if (canOpen && !canClose && digit.test(l1) && digit.test(l2) && l3 === 's') {
        const l4 = at(i + 4)
        if (l4 === '' || isSpace(l4) || isPunct(l4)) {
          put(i, 1, '\u2019')
          continue
        }
      }
      // 'twas, 'em, 'net, 'll
      if ((punctOnly.test(before) || isSpace(before)) && (l1 === 't' || l1 === 'e' || l1 === 'n' || l1 === 'l')) {
        put(i, 1, '\u2019')
        continue
      }
      // An apostrophe between a letter or digit and a letter.
      if ((digit.test(before) || letter.test(before)) && letter.test(l1)) {
        put(i, 1, '\u2019')
        continue
      }
      if (canOpen && !canClose) {
        let right = false
        if ((l1 === 's' || l1 === 'm' || l1 === 't' || l1 === 'd') && (l2 === '' || isP(l2) || isS(l2))) right = true
        if (((l1 === 'v' && l2 === 'e') || (l1 === 'l' && l2 === 'l') || (l1 === 'r' && l2 === 'e')) && (l3 === '' || isP(l3) || isS(l3))) right = true
        if (!right) count.single++
        put(i, 1, right ? '\u2019' : '\u2018')
        continue
      }
      // Goldmark's test for possessives (Smiths') matches almost every remaining quote followed by two characters.
      if (l1 !== '' && l2 !== '' && !digit.test(l1)) {
        put(i, 1, '\u2019')
        continue
      }
      if (count.single > 0) {
        const maybeClose = canClose && canOpen && punctOnly.test(l1) && (l2 === '' || isP(l2) || isS(l2))
        if ((canClose && !canOpen) || maybeClose) {
          count.single--
          put(i, 1, '\u2019')
          continue
        }
      }
      continue
    }
    if (canOpen && !canClose) {
      count.double++
      put(i, 1, '\u201c')
      continue
    }
    if (count.double > 0) {
      const maybeClose = canClose && canOpen && punctOnly.test(l1) && (l2 === '' || isP(l2) || isS(l2))
      if ((canClose && !canOpen) || maybeClose) {
        // "Monitor 21"" stays
        if (!(l1 === '"' && digit.test(before))) {
          count.double--
          put(i, 1, '\u201d')
          continue
        }
      }
    }
  }
  return out + text.slice(copied)
}

function goldmarkTypographer(state: StateCore): void {
  const count = (state.env.__quoteCount ??= { single: 0, double: 0 }) as QuoteCount
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue
    const children = block.children
    let inAutolink = 0
    for (let i = 0; i < children.length; i++) {
      const t = children[i]
      if (t.type === 'link_open' && (t.markup === 'linkify' || t.markup === 'autolink')) inAutolink++
      else if (t.type === 'link_close' && (t.markup === 'linkify' || t.markup === 'autolink')) inAutolink--
      if (t.type !== 'text' || inAutolink) continue
      t.content = typographText(t.content, edgeChar(children[i - 1], 'last'), edgeChar(children[i + 1], 'first'), count)
    }
  }
}

// Goldmark turns `<<` into « before it looks for raw HTML, so `<<x>>` is «x», not a tag.
function angleQuote(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c || state.src.charCodeAt(state.pos + 1) !== 0x3c) return false
  if (!silent) state.pending += '\u00ab'
  state.pos += 2
  return true
}

/** markdown-it plugin: Goldmark's typographer (Hugo's default) in place of markdown-it's replacements and smartquotes. */
export function goldmarkTypographerPlugin(md: MarkdownIt): void {
  md.core.ruler.disable(['replacements', 'smartquotes'])
  md.core.ruler.after('goldmark_linkify', 'goldmark_typographer', goldmarkTypographer)
  md.inline.ruler.before('html_inline', 'goldmark_angle_quote', angleQuote)
}
