// Writes new YAML text for one value in the style of the text around it (quotes, flow or block, indentation),
// so an edit reads as if the host had typed it.
import { Document, Scalar, isScalar, stringify, visit } from 'yaml'
import { isDateText } from './field-type'

export type StringStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'

export interface TextStyle {
  /** How strings are quoted. Dates stay plain and unsafe plain strings get double quotes whatever this says. */
  strings: StringStyle
  /** `[ a, b ]` rather than `[a, b]`. */
  flowPadding: boolean
  /** Spaces per nesting level in block collections. */
  indentStep: number
}

const BASE = { version: '1.2', lineWidth: 0, minContentWidth: 0 } as const

/** Plain strings that YAML 1.1 readers (older tools, some Hugo themes' scripts) would take for booleans. */
const YAML11_BOOLEAN = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/

function stringType(value: string, style: StringStyle): Scalar.Type {
  if (isDateText(value)) return 'PLAIN'
  if (style === 'PLAIN' && YAML11_BOOLEAN.test(value)) return 'QUOTE_DOUBLE'
  // Plain and single-quoted strings cannot hold escapes and would fold a line break over several lines.
  if (hasControl(value)) return style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? style : 'QUOTE_DOUBLE'
  return style
}

function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return true
  }
  return false
}

/** A scalar on one line, e.g. `"#36 Title"`, `false`, `2021-01-01T10:00:00+09:00`. Block styles are not used here. */
export function inlineScalar(value: string | number | boolean | null, style: StringStyle): string {
  if (typeof value !== 'string') return stringify(value, BASE).trimEnd()
  const inlineStyle = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? 'QUOTE_DOUBLE' : style
  const node = new Scalar(value)
  node.type = stringType(value, inlineStyle)
  const text = stringify(node, BASE)
  // yaml falls back to a block scalar for some strings with line breaks; on one line we want double quotes.
  if (/^[|>]/.test(text)) {
    node.type = 'QUOTE_DOUBLE'
    return stringify(node, BASE).trimEnd()
  }
  return text.replace(/\n$/, '')
}

/**
 * A block scalar (`|` or `>`) as its header and its content lines (not indented); null when the string needs an
 * indentation indicator, which would not survive re-indenting: the caller then writes it double-quoted.
 */
export function blockScalar(value: string, style: 'BLOCK_LITERAL' | 'BLOCK_FOLDED'): { header: string; lines: string[] } | null {
  const node = new Scalar(value)
  node.type = style
  const text = stringify(node, BASE)
  if (!/^[|>][+-]?\n/.test(text)) return null
  const lines = text.split('\n')
  lines.pop()
  const header = lines.shift()!
  return { header, lines }
}

/** A list or map written inline: `["a", "b"]`, `{caption: x}`. */
export function flowCollection(value: unknown, style: TextStyle): string {
  return toDocument(value, style.strings).toString({ ...BASE, collectionStyle: 'flow', flowCollectionPadding: style.flowPadding }).replace(/\n$/, '')
}

/** A list or map written as block lines (not yet indented). */
export function blockCollection(value: unknown, style: TextStyle): string[] {
  const text = toDocument(value, style.strings).toString({ ...BASE, collectionStyle: 'block', indent: style.indentStep, indentSeq: true })
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** A map key, quoted only when it must be. */
export function keyText(key: string): string {
  return stringify(key, BASE).replace(/\n$/, '')
}

function toDocument(value: unknown, strings: StringStyle): Document {
  const doc = new Document(value, { version: '1.2' })
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string') return
      const inlineStyle = strings === 'BLOCK_LITERAL' || strings === 'BLOCK_FOLDED' ? 'PLAIN' : strings
      node.type = stringType(node.value, inlineStyle)
    }
  })
  return doc
}
