// Sets or deletes one field of YAML front matter by splicing only that node's text, so comments, quoting, blank
// lines and every other line stay as the host wrote them. Every edit is re-read and checked before it is returned.
import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import { UserError } from '../user-error'
import { getIn, sameValue, showPath, withIn } from './field-path'
import { applySplice, columnOf, insertLines, lineStartOf, nextLineStart, onlyBlanks, stripBreak, type Splice } from './text-span'
import { LIMITS } from './types'
import { blockItemEnd, contentEnd, flowItemEnd, isBlockCollection, isBlockScalar, isEmpty, itemStart, valueIndicatorEnd } from './yaml-span'
import { parseYaml } from './yaml-parse'
import { blockCollection, blockScalar, flowCollection, inlineScalar, keyText, type StringStyle } from './yaml-text'

export type Change = { value: unknown } | { remove: true }

interface Ctx {
  content: string
  eol: string
  indentStep: number
  rootStrings: StringStyle
  /** Second attempt after a check failed: strings double-quoted, no block scalars. */
  safe: boolean
}

type Rendered = { kind: 'inline'; text: string } | { kind: 'block'; lines: string[] } | { kind: 'block-scalar'; header: string; lines: string[] }

/** Returns the new front matter text (`content` is the text between the delimiters). */
export function editYaml(content: string, eol: string, path: string[], change: Change): string {
  const { doc, data } = readForEdit(content)
  const remove = 'remove' in change
  const current = getIn(data, path)
  if (remove ? !current.found : current.found && sameValue(current.value, change.value)) return content
  const wanted = remove ? withIn(data, path, undefined, true) : withIn(data, path, change.value)
  const base = { content, eol, indentStep: indentStepOf(doc, content), rootStrings: preferredStrings(doc.contents) ?? 'PLAIN' }
  for (const safe of [false, true]) {
    const splice = planEdit(doc, { ...base, safe }, path, change)
    // Whatever was generated, its line breaks are the document's.
    if (eol !== '\n') splice.insert = splice.insert.replace(/\r?\n/g, eol)
    const next = applySplice(content, splice)
    if (sameValue(dataOf(next), wanted)) return next
  }
  throw unusual(path)
}

function readForEdit(content: string): { doc: Document.Parsed; data: Record<string, unknown> } {
  const { doc } = parseYaml(content)
  if (!doc) throw new UserError(`The front matter is nested more than ${LIMITS.maxDepth} levels deep; fix it in the text first.`, 'front-matter-invalid')
  if (doc.errors.length) throw new UserError('The front matter has a YAML error; fix it in the text first.', 'front-matter-invalid')
  if (doc.contents !== null && !isMap(doc.contents)) throw new UserError('The front matter is not a set of "name: value" fields; fix it in the text first.', 'front-matter-invalid')
  const data = dataOfDoc(doc)
  if (data === undefined) throw new UserError('The front matter uses YAML aliases that expand to too much data; fix it in the text first.', 'front-matter-invalid')
  return { doc, data }
}

/** The plain data of a YAML text, `{}` for an empty one, undefined when it does not read cleanly. */
function dataOf(content: string): Record<string, unknown> | undefined {
  const { doc } = parseYaml(content)
  return doc ? dataOfDoc(doc) : undefined
}

function dataOfDoc(doc: Document.Parsed): Record<string, unknown> | undefined {
  if (doc.errors.length) return undefined
  try {
    return (doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) ?? {}) as Record<string, unknown>
  } catch {
    return undefined
  }
}

function planEdit(doc: Document.Parsed, ctx: Ctx, path: string[], change: Change): Splice {
  let container = doc.contents as Node | null
  // The pair holding `container`, so emptying a nested map or list can write `image: {}` on the key's line.
  let holder: { map: YAMLMap; pair: Pair } | null = null
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    const last = i === path.length - 1
    const nested = (): unknown => path.slice(i + 1).reduceRight<unknown>((v, k) => ({ [k]: v }), 'value' in change ? change.value : null)
    if (container === null) return insertLines(ctx.content, ctx.content.length, pairLines(ctx, key, nested(), 0, ctx.rootStrings), ctx.eol)
    let child: Node | null
    if (isMap(container)) {
      const pair = container.items.find((p) => isScalar(p.key) && String(p.key.value) === key)
      if (!pair) return insertPair(ctx, container, key, nested())
      if (last && 'remove' in change && holder && container.items.length === 1 && !container.flow) return setPair(ctx, holder.map, holder.pair, {}, path)
      if (last) return 'remove' in change ? deletePair(ctx, container, pair, path) : setPair(ctx, container, pair, change.value, path)
      child = pair.value as Node | null
      if (isEmpty(child)) return setPair(ctx, container, pair, nested(), path)
      holder = { map: container, pair }
    } else if (isSeq(container)) {
      const index = /^\d+$/.test(key) ? Number(key) : -1
      if (index < 0 || index >= container.items.length) {
        const items = container.items.length ? `its items are numbered 0 to ${container.items.length - 1}` : 'it is empty'
        throw new UserError(`"${showPath(path.slice(0, i))}" is a list and ${items}, so "${showPath(path)}" cannot be set. Set the whole list instead.`, 'bad-field-path')
      }
      if (last && 'remove' in change && holder && container.items.length === 1 && !container.flow) return setPair(ctx, holder.map, holder.pair, [], path)
      if (last) return 'remove' in change ? deleteItem(ctx, container, index, path) : setItem(ctx, container, index, change.value, path)
      child = container.items[index] as Node
      holder = null
    } else {
      throw unusual(path)
    }
    if (!isMap(child) && !isSeq(child)) {
      throw new UserError(`"${showPath(path.slice(0, i + 1))}" holds a single value, not fields, so "${showPath(path)}" cannot be set.`, 'bad-field-path')
    }
    container = child
  }
  throw unusual(path)
}

function setPair(ctx: Ctx, map: YAMLMap, pair: Pair, value: unknown, path: string[]): Splice {
  const { content, eol } = ctx
  const keyNode = pair.key as Node
  const keyCol = columnOf(content, keyNode.range![0])
  const v = pair.value as Node | null
  const colon = valueIndicatorEnd(content, map, pair)
  const rendered = render(ctx, value, v, stringsFor(map, v) ?? ctx.rootStrings, map.flow === true)
  if (colon === null) throw unusual(path)
  if (rendered.kind === 'block-scalar') return replaceBlockScalar(ctx, v!, rendered, keyCol)
  if (rendered.kind === 'inline') {
    const text = rendered.text
    if (isEmpty(v)) {
      const at = v?.range ? v.range[0] : colon
      return { from: colon, to: at, insert: ' ' + text + (content[at] === '#' ? ' ' : '') }
    }
    if (isBlockCollection(v)) return { from: colon, to: contentEnd(content, v!), insert: text === '' ? '' : ' ' + text }
    const to = isBlockScalar(v) ? stripBreak(content, v!.range![1]) : v!.range![1]
    return text === '' ? { from: colon, to, insert: '' } : { from: v!.range![0], to, insert: text }
  }
  let col = isBlockCollection(v) ? columnOf(content, v!.range![0]) : keyCol + ctx.indentStep
  if (!Array.isArray(value) && col <= keyCol) col = keyCol + ctx.indentStep
  const lines = indentLines(rendered.lines, col)
  if (isBlockCollection(v)) return { from: lineStartOf(content, v!.range![0]), to: contentEnd(content, v!), insert: lines.join(eol) }
  if (isEmpty(v)) return insertLines(content, nextLineStart(content, v?.range ? v.range[0] : colon), lines, eol)
  const to = isBlockScalar(v) ? stripBreak(content, v!.range![1]) : v!.range![1]
  return { from: colon, to, insert: eol + lines.join(eol) }
}

function setItem(ctx: Ctx, seq: YAMLSeq, index: number, value: unknown, path: string[]): Splice {
  const v = seq.items[index] as Node
  if (isPair(v) || !v.range) throw unusual(path)
  const rendered = render(ctx, value, v, stringsFor(seq, v) ?? ctx.rootStrings, true)
  if (rendered.kind === 'block-scalar') return replaceBlockScalar(ctx, v, rendered, columnOf(ctx.content, v.range[0]) - ctx.indentStep)
  if (rendered.kind !== 'inline' || isBlockCollection(v)) throw unusual(path)
  const to = isBlockScalar(v) ? stripBreak(ctx.content, v.range[1]) : v.range[1]
  return { from: v.range[0], to, insert: rendered.text === '' ? 'null' : rendered.text }
}

function replaceBlockScalar(ctx: Ctx, v: Node, rendered: { header: string; lines: string[] }, keyCol: number): Splice {
  const [from, to] = v.range!
  const firstContent = ctx.content.slice(from, to).split('\n').slice(1).find((l) => l.trim() !== '')
  const col = firstContent ? firstContent.length - firstContent.trimStart().length : keyCol + ctx.indentStep
  const text = [rendered.header, ...indentLines(rendered.lines, col)].join(ctx.eol)
  return { from, to: stripBreak(ctx.content, to), insert: text }
}

function insertPair(ctx: Ctx, map: YAMLMap, key: string, value: unknown): Splice {
  const { content } = ctx
  const strings = preferredStrings(map) ?? ctx.rootStrings
  if (map.flow) {
    const text = `${keyText(key)}: ${inline(ctx, value, strings)}`
    const lastItem = map.items[map.items.length - 1]
    if (lastItem) return { from: flowItemEnd(lastItem), to: flowItemEnd(lastItem), insert: ', ' + text }
    const close = content.lastIndexOf('}', map.range![1])
    return { from: close, to: close, insert: text }
  }
  const keyCol = columnOf(content, (map.items[0].key as Node).range![0])
  const at = nextLineStart(content, blockItemEnd(content, map.items[map.items.length - 1]))
  const lines = pairLines(ctx, key, value, keyCol, strings)
  lines[0] = ' '.repeat(keyCol) + lines[0]
  return insertLines(content, at, lines, ctx.eol)
}

/** `key: value` as lines; the first is not indented, the rest are placed under `keyCol`. */
function pairLines(ctx: Ctx, key: string, value: unknown, keyCol: number, strings: StringStyle): string[] {
  const rendered = render(ctx, value, null, strings, false)
  if (rendered.kind === 'block') return [`${keyText(key)}:`, ...indentLines(rendered.lines, keyCol + ctx.indentStep)]
  const text = rendered.kind === 'inline' ? rendered.text : inline(ctx, value, strings)
  return [text === '' ? `${keyText(key)}:` : `${keyText(key)}: ${text}`]
}

function deletePair(ctx: Ctx, map: YAMLMap, pair: Pair, path: string[]): Splice {
  const { content } = ctx
  if (map.flow) return deleteFlowItem(map.items, map.items.indexOf(pair))
  const keyStart = (pair.key as Node).range![0]
  const lineStart = lineStartOf(content, keyStart)
  if (onlyBlanks(content.slice(lineStart, keyStart))) return { from: lineStart, to: nextLineStart(content, blockItemEnd(content, pair)), insert: '' }
  // The key shares its line with a `- ` (a map inside a list item).
  if (map.items.length === 1) return { from: map.range![0], to: contentEnd(content, map), insert: '{}' }
  if (map.items[0] === pair) return { from: keyStart, to: (map.items[1].key as Node).range![0], insert: '' }
  throw unusual(path)
}

function deleteItem(ctx: Ctx, seq: YAMLSeq, index: number, path: string[]): Splice {
  const { content } = ctx
  if (seq.flow) return deleteFlowItem(seq.items, index)
  if (seq.items.length === 1) return { from: seq.range![0], to: contentEnd(content, seq), insert: '[]' }
  const item = seq.items[index]
  const start = itemStart(item)
  const lineStart = lineStartOf(content, start)
  if (!/^[ \t]*-[ \t]*$/.test(content.slice(lineStart, start))) throw unusual(path)
  return { from: lineStart, to: nextLineStart(content, blockItemEnd(content, item)), insert: '' }
}

function deleteFlowItem(items: unknown[], i: number): Splice {
  if (i < items.length - 1) return { from: itemStart(items[i]), to: itemStart(items[i + 1]), insert: '' }
  if (i > 0) return { from: flowItemEnd(items[i - 1]), to: flowItemEnd(items[i]), insert: '' }
  return { from: itemStart(items[i]), to: flowItemEnd(items[i]), insert: '' }
}

/** Chooses how a new value is written, following the node it replaces. */
function render(ctx: Ctx, value: unknown, existing: Node | null, strings: StringStyle, mustBeInline: boolean): Rendered {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string' && !ctx.safe && !mustBeInline && isBlockScalar(existing)) {
      const block = blockScalar(value, (existing as { type: 'BLOCK_LITERAL' | 'BLOCK_FOLDED' }).type)
      if (block) return { kind: 'block-scalar', ...block }
    }
    if (value === null) return { kind: 'inline', text: mustBeInline ? 'null' : '' }
    return { kind: 'inline', text: inlineScalar(value as string | number | boolean, ctx.safe ? 'QUOTE_DOUBLE' : strings) }
  }
  const flowExisting = isCollection(existing) && existing.flow === true
  const allScalars = Array.isArray(value) && value.every((x) => x === null || typeof x !== 'object')
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0
  const asFlow = mustBeInline || flowExisting || empty || (Array.isArray(value) && allScalars && !isBlockCollection(existing))
  if (asFlow) return { kind: 'inline', text: inline(ctx, value, strings, existing) }
  return { kind: 'block', lines: blockCollection(value, { strings: ctx.safe ? 'QUOTE_DOUBLE' : strings, flowPadding: false, indentStep: ctx.indentStep }) }
}

function inline(ctx: Ctx, value: unknown, strings: StringStyle, existing: Node | null = null): string {
  if (value === null || typeof value !== 'object') return inlineScalar(value as string | number | boolean | null, ctx.safe ? 'QUOTE_DOUBLE' : strings)
  const padded = isCollection(existing) && existing.flow === true && existing.items.length > 0 && /^[[{][ \t]/.test(ctx.content.slice(existing.range![0]))
  return flowCollection(value, { strings: ctx.safe ? 'QUOTE_DOUBLE' : strings, flowPadding: padded, indentStep: ctx.indentStep })
}

/** The quoting the host used: the edited scalar's own, a list's first string, else the map's habit. */
function stringsFor(parent: YAMLMap | YAMLSeq, v: Node | null): StringStyle | null {
  if (isScalar(v) && !isEmpty(v) && typeof v.value === 'string' && v.type) return v.type as StringStyle
  if (isSeq(v)) {
    const first = v.items.find((x) => isScalar(x) && typeof x.value === 'string')
    if (isScalar(first) && first.type) return first.type as StringStyle
  }
  return isMap(parent) ? preferredStrings(parent) : null
}

/** The most used quoting among a map's string values (dates left out: they are plain by habit). */
function preferredStrings(map: Node | null): StringStyle | null {
  if (!isMap(map)) return null
  const counts = { PLAIN: 0, QUOTE_DOUBLE: 0, QUOTE_SINGLE: 0 }
  for (const pair of map.items) {
    const v = pair.value
    if (isScalar(v) && typeof v.value === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(v.value) && v.type && v.type in counts) counts[v.type as keyof typeof counts]++
  }
  const best = (Object.keys(counts) as Array<keyof typeof counts>).sort((a, b) => counts[b] - counts[a])[0]
  return counts[best] > 0 ? best : null
}

function indentStepOf(doc: Document.Parsed, content: string): number {
  if (!isMap(doc.contents)) return 2
  for (const pair of doc.contents.items) {
    const v = pair.value as Node | null
    if (isBlockCollection(v) && isScalar(pair.key) && pair.key.range) {
      const step = columnOf(content, v!.range![0]) - columnOf(content, pair.key.range[0])
      if (step > 0 && step <= 8) return step
    }
  }
  return 2
}

function indentLines(lines: string[], col: number): string[] {
  const pad = ' '.repeat(col)
  return lines.map((l) => (l === '' ? l : pad + l))
}

function unusual(path: string[]): UserError {
  return new UserError(`Shownotes cannot change "${showPath(path)}" without rewriting other lines (it is written in an unusual YAML form). Edit it in the text instead.`, 'front-matter-edit-unsafe')
}
