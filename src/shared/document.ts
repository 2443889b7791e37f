// Splits an episode's text into its front matter block and its body, with offsets into the original text, so the
// editor can map positions and a save can put every byte back. Follows Hugo's page lexer: blank lines may come
// before the block; `---` YAML, `+++` TOML, or a `{ … }` JSON object.

export type FrontMatterFormat = 'yaml' | 'toml' | 'json'

export interface FrontMatterBlock {
  /** Start of the opening delimiter (after the BOM and any leading blank lines). */
  from: number
  /** End of the closing delimiter line, before its line break. */
  to: number
  /** `text === whole.slice(contentFrom, contentTo)`: the lines between the delimiters (JSON: the braces included). */
  contentFrom: number
  contentTo: number
  text: string
}

export interface SplitDocument {
  /** Null when there is no front matter, or when it is written in a language we do not read (see `language`). */
  format: FrontMatterFormat | null
  /** The language tag written after the opening `---` (`js`, `yaml`, …), null when there is none. */
  language: string | null
  bom: boolean
  /** The document's line ending, taken from its first line break ('\n' when there is none). */
  eol: '\n' | '\r\n'
  frontMatter: FrontMatterBlock | null
  /** An opening delimiter without a closing one: the whole text is then treated as body (Hugo refuses to build it). */
  unclosed: { from: number; to: number; delimiter: string } | null
  body: string
  /** `whole === whole.slice(0, bodyFrom) + body`. */
  bodyFrom: number
  /** 1-based line on which the body starts. */
  bodyLine: number
}

const OPENER = /^(---|\+\+\+)[ \t]*([A-Za-z][\w.+-]*)?[ \t]*$/
const LANGUAGE_FORMAT: Record<string, FrontMatterFormat> = { yaml: 'yaml', yml: 'yaml', toml: 'toml', json: 'json' }

/** Splits `text` into front matter and body. Never throws; never runs any front matter. */
export function splitDocument(text: string): SplitDocument {
  const bom = text.charCodeAt(0) === 0xfeff
  const eol = detectEol(text)
  const start = skipBlankLines(text, bom ? 1 : 0)
  const none = (unclosed: SplitDocument['unclosed'] = null): SplitDocument => ({
    format: null, language: null, bom, eol, frontMatter: null, unclosed, body: text.slice(bom ? 1 : 0), bodyFrom: bom ? 1 : 0, bodyLine: 1
  })

  if (text.charCodeAt(start) === 0x7b /* { */ && text.charCodeAt(start + 1) !== 0x7b) return splitJson(text, start, bom, eol, none)

  const openerEnd = lineEnd(text, start)
  const opener = OPENER.exec(text.slice(start, openerEnd))
  if (!opener) return none()
  const delimiter = opener[1]
  const language = opener[2] ? opener[2].toLowerCase() : null
  const contentFrom = afterLineBreak(text, openerEnd)
  if (contentFrom === openerEnd) return none({ from: start, to: openerEnd, delimiter })

  // The closing delimiter is the first line that is the delimiter itself (trailing blanks allowed).
  let lineStart = contentFrom
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart)
    if (text.startsWith(delimiter, lineStart) && isBlank(text, lineStart + 3, end)) {
      const bodyFrom = afterLineBreak(text, end)
      const format = language === null ? (delimiter === '---' ? 'yaml' : 'toml') : (LANGUAGE_FORMAT[language] ?? null)
      return {
        format, language, bom, eol,
        frontMatter: { from: start, to: end, contentFrom, contentTo: lineStart, text: text.slice(contentFrom, lineStart) },
        unclosed: null, body: text.slice(bodyFrom), bodyFrom, bodyLine: countLines(text, bodyFrom)
      }
    }
    const next = afterLineBreak(text, end)
    if (next === end) break
    lineStart = next
  }
  return none({ from: start, to: openerEnd, delimiter })
}

/** Where a JSON object being scanned stands: brace depth, and whether inside a string. */
export interface JsonScan {
  level: number
  inString: boolean
}

/**
 * Scans `chunk` from `from` for the brace that closes a JSON object (braces in strings do not count); its offset,
 * or -1 when the object goes on past the chunk. `scan` carries over, so an editor can scan line by line.
 */
export function scanJsonObject(chunk: string, from: number, scan: JsonScan): number {
  for (let i = from; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i)
    if (scan.inString) {
      if (c === 0x5c /* \ */) i++
      else if (c === 0x22 /* " */) scan.inString = false
    } else if (c === 0x22) scan.inString = true
    else if (c === 0x7b /* { */) scan.level++
    else if (c === 0x7d /* } */ && --scan.level === 0) return i
  }
  return -1
}

/** Hugo-style JSON front matter: a balanced `{ … }` at the top, strings respected. */
function splitJson(text: string, start: number, bom: boolean, eol: SplitDocument['eol'], none: (u?: SplitDocument['unclosed']) => SplitDocument): SplitDocument {
  const close = scanJsonObject(text, start, { level: 0, inString: false })
  if (close === -1) return none({ from: start, to: start + 1, delimiter: '{' })
  const to = close + 1
  const end = lineEnd(text, to)
  const bodyFrom = isBlank(text, to, end) ? afterLineBreak(text, end) : to
  return {
    format: 'json', language: null, bom, eol,
    frontMatter: { from: start, to, contentFrom: start, contentTo: to, text: text.slice(start, to) },
    unclosed: null, body: text.slice(bodyFrom), bodyFrom, bodyLine: countLines(text, bodyFrom)
  }
}

function detectEol(text: string): SplitDocument['eol'] {
  const i = text.indexOf('\n')
  return i > 0 && text.charCodeAt(i - 1) === 0x0d ? '\r\n' : '\n'
}

/** Offset of the line break (or end of text) of the line containing `from`. */
export function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from)
  if (i === -1) return text.length
  return i > from && text.charCodeAt(i - 1) === 0x0d ? i - 1 : i
}

/** Offset just after the line break at `end` (or `end` itself at the end of the text). */
function afterLineBreak(text: string, end: number): number {
  if (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a) return end + 2
  if (text.charCodeAt(end) === 0x0a) return end + 1
  return end
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09) return false
  }
  return true
}

function skipBlankLines(text: string, from: number): number {
  let at = from
  for (;;) {
    const end = lineEnd(text, at)
    if (end === text.length || !isBlank(text, at, end)) return at
    at = afterLineBreak(text, end)
  }
}

function countLines(text: string, upTo: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) line++
  return line
}
