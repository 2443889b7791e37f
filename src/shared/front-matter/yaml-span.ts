// Where YAML nodes start and end in the source text, for splicing: the value's `:`, the end of a block node on its
// last line, the start and end of a flow item. yaml's own ranges are used where they are exact.
import { isCollection, isPair, isScalar, type Node, type Pair, type YAMLMap } from 'yaml'
import { stripBreak } from './text-span'

export function valueIndicatorEnd(content: string, map: YAMLMap, pair: Pair): number | null {
  const keyNode = pair.key as Node
  const token = map.srcToken
  if (token && 'items' in token) {
    const item = token.items.find((it) => 'key' in it && it.key === keyNode.srcToken)
    const indicator = item && 'sep' in item ? item.sep?.find((t) => t.type === 'map-value-ind') : undefined
    if (indicator) return indicator.offset + 1
  }
  const m = /^[ \t]*:/.exec(content.slice(keyNode.range![1], keyNode.range![1] + 64))
  return m ? keyNode.range![1] + m[0].length : null
}

export function itemStart(item: unknown): number {
  return isPair(item) ? (item.key as Node).range![0] : (item as Node).range![0]
}

export function flowItemEnd(item: unknown): number {
  if (!isPair(item)) return (item as Node).range![1]
  const v = item.value as Node | null
  return v?.range && v.range[1] > v.range[0] ? v.range[1] : v?.range ? v.range[0] : (item.key as Node).range![1]
}

/**
 * Where a block node's text ends on its last line (line break excluded). yaml's own range for a block collection
 * whose last value is empty runs on over the comments below it, which belong to whatever follows.
 */
export function contentEnd(content: string, node: Node): number {
  if (isEmpty(node)) return lineTextEnd(content, node.range![0])
  if (isBlockScalar(node)) return stripBreak(content, node.range![1])
  if (!isBlockCollection(node) || !isCollection(node)) return node.range![1]
  const items = node.items as unknown[]
  return items.length ? blockItemEnd(content, items[items.length - 1]) : stripBreak(content, node.range![1])
}

export function blockItemEnd(content: string, item: unknown): number {
  if (!isPair(item)) return item ? contentEnd(content, item as Node) : 0
  const v = item.value as Node | null
  if (v?.range) return contentEnd(content, v)
  return lineTextEnd(content, (item.key as Node).range![1])
}

function lineTextEnd(content: string, pos: number): number {
  const nl = content.indexOf('\n', pos)
  if (nl === -1) return content.length
  return content[nl - 1] === '\r' ? nl - 1 : nl
}

export function isEmpty(v: Node | null): boolean {
  return v === null || (isScalar(v) && !!v.range && v.range[0] === v.range[1])
}

export function isBlockCollection(v: Node | null): boolean {
  return isCollection(v) && v.flow !== true && !!v.range
}

export function isBlockScalar(v: Node | null): boolean {
  return isScalar(v) && (v.type === 'BLOCK_LITERAL' || v.type === 'BLOCK_FOLDED')
}
