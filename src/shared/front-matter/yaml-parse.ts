// Parses YAML front matter with the `yaml` Document API under safe limits, and words its errors for a person.
import { Composer, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml'
import { LIMITS } from './types'

/** YAML 1.2 core schema (`no` stays a string, dates stay strings), duplicate keys are errors, source kept for editing. */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  keepSourceTokens: true,
  // Our messages carry line numbers of the whole document, not of the front matter alone (see yamlMessage).
  prettyErrors: false,
  strict: true
}

export interface ParsedYaml {
  /** Null when the text is nested deeper than the limit: it is then not composed at all. */
  doc: Document.Parsed | null
  /** The concrete syntax tree, for placing errors better than the parser does. */
  tokens: CST.Token[]
  /** Offset (in the YAML text) of the first collection past the depth limit. */
  tooDeepAt: number | null
}

export function parseYaml(source: string): ParsedYaml {
  const tokens = Array.from(new Parser().parse(source))
  const tooDeepAt = firstTooDeep(tokens)
  if (tooDeepAt !== null) return { doc: null, tokens, tooDeepAt }
  let doc: Document.Parsed | null = null
  const composer = new Composer(YAML_OPTIONS)
  for (const composed of composer.compose(tokens, true, source.length)) {
    if (!doc) doc = composed
    else {
      doc.errors.push(new YAMLParseError([composed.range[0], composed.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'))
      break
    }
  }
  return { doc, tokens, tooDeepAt: null }
}

/**
 * Where an unclosed quoted value starts: the parser reports the end of the text, but the host needs the opening
 * quote. Returns null when there is none before `pos`.
 */
export function unclosedQuoteStart(tokens: CST.Token[], pos: number): number | null {
  let found: number | null = null
  walk(tokens, (token) => {
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && token.offset < pos) {
      const q = token.source[0]
      const closed = token.source.length > 1 && token.source.endsWith(q) && !(q === '"' && /(^|[^\\])(\\\\)*\\"$/.test(token.source))
      if (!closed) found = token.offset
    }
  })
  return found
}

function walk(tokens: CST.Token[], visit: (token: CST.Token) => void): void {
  const stack: Array<CST.Token | undefined> = [...tokens]
  while (stack.length) {
    const token = stack.pop()
    if (!token) continue
    visit(token)
    if (token.type === 'document') stack.push(token.value)
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item) stack.push(item.key ?? undefined)
        stack.push(item.value)
      }
    }
  }
}

/** Walks the concrete syntax tree without recursion, so hostile nesting cannot overflow the stack. */
function firstTooDeep(tokens: CST.Token[]): number | null {
  const stack: Array<[CST.Token | undefined, number]> = tokens.map((t) => [t, 0])
  while (stack.length) {
    const [token, depth] = stack.pop()!
    if (!token) continue
    if (token.type === 'document') {
      stack.push([token.value, depth])
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > LIMITS.maxDepth) return token.offset
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key ?? undefined, depth + 1])
        stack.push([item.value, depth + 1])
      }
    }
  }
  return null
}

const FRIENDLY: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'a tab is used to indent; YAML needs spaces',
  BAD_INDENT: 'the indentation does not line up with the fields above',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'a value contains ": " — put the value in quotes',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over more than one line — is a quote or a colon missing?',
  BAD_ALIAS: 'an alias (*name) points to an anchor that is not defined',
  BAD_DQ_ESCAPE: 'a double-quoted value has a backslash escape YAML does not know — write \\\\ for a backslash',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves (such as @ or `) — put the value in quotes',
  MULTIPLE_DOCS: 'the front matter holds more than one YAML document'
}

/** A sentence for a YAML error: our words for the common mistakes, the parser's own words otherwise. */
export function yamlMessage(error: YAMLError): string {
  const own = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '')
  const friendly = FRIENDLY[error.code]
  return friendly ? `The front matter is not valid YAML: ${friendly} (${own}).` : `The front matter is not valid YAML: ${own}.`
}
