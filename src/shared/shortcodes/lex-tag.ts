// Reads one shortcode tag (`{{< name a="b" >}}`, `{{% /name %}}`, `{{</* … */>}}`) the way Hugo's page lexer does,
// so a tag Hugo would refuse is reported here with the same reason.
import type { ShortcodeDelimiter, ShortcodeParams, ShortcodeProblem, ShortcodeSyntaxCode } from './types'

export interface LexedShortcodeTag {
  kind: 'open' | 'close'
  from: number
  to: number
  delimiter: ShortcodeDelimiter
  name: string
  params: ShortcodeParams
  selfClosing: boolean
}

export type LexedTag =
  | LexedShortcodeTag
  | { kind: 'escaped'; from: number; to: number; literal: string }
  | { kind: 'error'; from: number; to: number; problem: ShortcodeProblem & { code: ShortcodeSyntaxCode }; name?: string }

const nameChar = /[\p{L}\p{N}_\-/.]/u
const wordChar = /[\p{L}\p{N}_\-.]/u
const space = /\s/
const tagStart = /\{\{[<%]/g

// A positional word after named ones is usually a named value whose closing quote is missing (`src="a.png title="x"`).
function mixProblem(name: string, named: Record<string, string>): [ShortcodeSyntaxCode, Record<string, string>] {
  const unclosed = Object.entries(named).find(([, v]) => /\s[\w-]+=$/.test(v))
  if (unclosed) return ['shortcode-syntax.quote-missing', { param: unclosed[0], name }]
  return ['shortcode-syntax.mixed', { name }]
}

/** Lexes the tag whose `{{<` or `{{%` starts at `from`. */
export function lexTag(text: string, from: number): LexedTag {
  const delimiter = text[from + 2] as ShortcodeDelimiter
  const right = (delimiter === '<' ? '>' : '%') + '}}'
  let pos = from + 3

  const fail = (code: ShortcodeSyntaxCode, params: Record<string, string>, name?: string): LexedTag => {
    // Resume after this tag's closing delimiter when it comes before the next tag, else after the line.
    const end = text.indexOf(right, from + 3)
    tagStart.lastIndex = from + 3
    const next = tagStart.exec(text)?.index ?? -1
    const lineEnd = text.indexOf('\n', from)
    const to = end !== -1 && (next === -1 || end < next) ? end + 3 : lineEnd === -1 ? text.length : lineEnd
    return { kind: 'error', from, to: Math.max(to, from + 3), problem: { code, params }, name }
  }

  if (text.startsWith('/*', pos)) {
    const end = text.indexOf('*/' + right, pos + 2)
    if (end === -1) return fail('shortcode-syntax.escaped-unclosed', { open: `{{${delimiter}/*`, close: `*/${right}` })
    return { kind: 'escaped', from, to: end + 5, literal: `{{${delimiter}${text.slice(pos + 2, end)}${right}` }
  }

  let closing = false
  let selfClosing = false
  let name = ''
  const positional: string[] = []
  const named: Record<string, string> = {}
  let mode: 'none' | 'positional' | 'named' = 'none'

  const skipSpace = () => {
    while (pos < text.length && space.test(text[pos])) pos++
  }
  const readQuoted = (): string | null => {
    let value = ''
    pos++
    while (pos < text.length) {
      const c = text[pos]
      if (c === '\\' && (text[pos + 1] === '"' || text[pos + 1] === '\\')) {
        value += text[pos + 1]
        pos += 2
      } else if (c === '"') {
        pos++
        return value
      } else {
        value += c
        pos++
      }
    }
    return null
  }
  const readRaw = (): string | null => {
    const end = text.indexOf('`', pos + 1)
    if (end === -1) return null
    const value = text.slice(pos + 1, end)
    pos = end + 1
    return value
  }
  const readValue = (): string | null | undefined => {
    const c = text[pos]
    if (c === '"') return readQuoted()
    if (c === '`') return readRaw()
    return undefined
  }

  for (;;) {
    skipSpace()
    if (pos >= text.length) return fail('shortcode-syntax.tag-unclosed', { close: right }, name || undefined)
    if (text.startsWith(right, pos)) {
      pos += 3
      break
    }
    const c = text[pos]
    if (c === '/') {
      if (!name) {
        if (closing) return fail('shortcode-syntax.two-slashes', {})
        closing = true
        pos++
        continue
      }
      pos++
      skipSpace()
      if (!text.startsWith(right, pos)) return fail('shortcode-syntax.slash-place', { close: right }, name)
      selfClosing = true
      continue
    }
    if (!name) {
      if (!/[\p{L}\p{N}_]/u.test(c)) return fail('shortcode-syntax.name-start', { char: c })
      const start = pos
      while (pos < text.length && nameChar.test(text[pos])) pos++
      name = text.slice(start, pos)
      continue
    }
    if (closing) return fail('shortcode-syntax.closing-params', { tag: `{{${delimiter} /${name} ${right}` }, name)
    if (selfClosing) return fail('shortcode-syntax.after-slash', {}, name)
    if (c === '"' || c === '`') {
      const value = readValue()
      if (value == null) return fail(c === '"' ? 'shortcode-syntax.quote-unclosed' : 'shortcode-syntax.backtick-unclosed', { name }, name)
      if (mode === 'named') return fail(...mixProblem(name, named), name)
      mode = 'positional'
      positional.push(value)
      continue
    }
    if (wordChar.test(c)) {
      const start = pos
      while (pos < text.length && wordChar.test(text[pos])) pos++
      const word = text.slice(start, pos)
      const afterWord = pos
      skipSpace()
      if (text[pos] === '=') {
        pos++
        skipSpace()
        let value = readValue()
        if (value === null) return fail('shortcode-syntax.value-unclosed', { param: word, name }, name)
        if (value === undefined) {
          const vStart = pos
          while (pos < text.length && !space.test(text[pos]) && !text.startsWith(right, pos)) pos++
          value = text.slice(vStart, pos)
        }
        if (mode === 'positional') return fail('shortcode-syntax.mixed', { name }, name)
        mode = 'named'
        named[word] = value
      } else {
        pos = afterWord
        if (mode === 'named') return fail(...mixProblem(name, named), name)
        mode = 'positional'
        positional.push(word)
      }
      continue
    }
    return fail('shortcode-syntax.unexpected', { char: c, name }, name)
  }

  if (!name) return fail('shortcode-syntax.no-name', {})
  const params: ShortcodeParams = mode === 'named' ? { kind: 'named', values: named } : { kind: 'positional', values: positional }
  return { kind: closing ? 'close' : 'open', from, to: pos, delimiter, name, params, selfClosing }
}
