// Reads YAML front matter into data, a field list for the form, and diagnostics placed in the whole document.
import { isMap, isScalar, visit, type Document, type Node, type YAMLMap } from 'yaml'
import type { Diagnostic } from '../diagnostic'
import { fieldType } from './field-type'
import { diagnostic, type Locate } from './positions'
import { LIMITS, type FieldInfo } from './types'
import { parseYaml, unclosedQuoteStart, yamlMessage } from './yaml-parse'

export interface ReadResult {
  data: Record<string, unknown> | null
  fields: FieldInfo[]
  diagnostics: Diagnostic[]
}

/** `base` is the offset of `content` in the whole document; `locate` maps whole-document offsets. */
export function readYaml(content: string, base: number, locate: Locate): ReadResult {
  const { doc, tokens, tooDeepAt } = parseYaml(content)
  if (!doc) {
    const at = base + (tooDeepAt ?? 0)
    return {
      data: null,
      fields: [],
      diagnostics: [diagnostic(locate, at, at + 1, 'error', 'front-matter-too-deep',
        `The front matter is nested more than ${LIMITS.maxDepth} levels deep, so Shownotes does not read it.`)]
    }
  }
  const diagnostics: Diagnostic[] = []
  for (const error of doc.errors) {
    const [from, to] = error.pos
    if (error.code === 'DUPLICATE_KEY') {
      const lineEnd = content.indexOf('\n', from)
      const key = /^\s*(.*?)\s*:(\s|$)/.exec(content.slice(from, lineEnd === -1 ? undefined : lineEnd))?.[1] ?? content.slice(from, to)
      diagnostics.push(diagnostic(locate, base + from, base + to, 'error', 'front-matter-duplicate-key',
        `The field ${key} is written twice in the same place; Hugo refuses front matter that repeats a field. Remove one of them.`))
    } else {
      const quote = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuoteStart(tokens, from) : null
      const at = quote ?? from
      diagnostics.push(diagnostic(locate, base + at, base + Math.max(to, at + 1), 'error', 'front-matter-syntax',
        quote === null ? yamlMessage(error) : 'The front matter is not valid YAML: a quoted value is not closed — add the closing quote.'))
    }
  }
  for (const warning of doc.warnings) {
    diagnostics.push(diagnostic(locate, base + warning.pos[0], base + warning.pos[1], 'warning', 'front-matter-syntax', yamlMessage(warning).replace('is not valid YAML', 'has a YAML warning')))
  }

  const root = doc.contents
  let data: Record<string, unknown> | null = {}
  if (root !== null && !isMap(root)) {
    const at = base + (root.range?.[0] ?? 0)
    const what = isScalar(root) ? 'a single value' : 'a list'
    diagnostics.push(diagnostic(locate, at, at + 1, 'error', 'front-matter-not-a-map',
      `The front matter should be fields written as "name: value" lines, but it is ${what}.`))
    data = null
  } else if (root !== null) {
    try {
      data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) as Record<string, unknown>
    } catch (error) {
      // yaml reports an alias without its anchor only when building the data.
      const unresolved = error instanceof Error && /unresolved alias/i.test(error.message)
      const name = unresolved ? /:\s*\*?(\S+)\s*$/.exec(error.message)?.[1] : undefined
      let at = base
      visit(doc, {
        Alias(_, node) {
          if (name && node.source !== name) return
          at = base + (node.range?.[0] ?? 0)
          return visit.BREAK
        }
      })
      diagnostics.push(unresolved
        ? diagnostic(locate, at, at + 1, 'error', 'front-matter-syntax', `The front matter is not valid YAML: the alias *${name ?? ''} points to an anchor (&${name ?? ''}) that is not defined.`)
        : diagnostic(locate, at, at + 1, 'error', 'front-matter-aliases', 'The front matter uses YAML aliases (*name) that expand to too much data, so Shownotes does not read it.'))
      data = null
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) data = null

  const fields: FieldInfo[] = []
  if (isMap(root)) collectFields(doc, root, [], content, base, locate, fields)
  return { data, fields, diagnostics }
}

function collectFields(doc: Document.Parsed, map: YAMLMap, prefix: string[], content: string, base: number, locate: Locate, out: FieldInfo[]): void {
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null
    if (!isScalar(keyNode) || !keyNode.range) continue
    const key = String(keyNode.value)
    const node = pair.value as Node | null
    const value = valueOf(doc, node)
    const from = base + keyNode.range[0]
    let end = keyNode.range[1]
    if (node?.range && node.range[1] > node.range[0]) end = Math.max(end, trimEnd(content, node.range[1]))
    else {
      const colon = content.indexOf(':', keyNode.range[1])
      if (colon !== -1) end = colon + 1
    }
    const path = [...prefix, key]
    out.push({ path, key, type: fieldType(value), value, line: locate(from).line, from, to: base + end })
    if (isMap(node)) collectFields(doc, node, path, content, base, locate, out)
  }
}

function valueOf(doc: Document.Parsed, node: Node | null): unknown {
  if (!node) return null
  try {
    return node.toJS(doc, { maxAliasCount: LIMITS.maxAliasCount })
  } catch {
    return null
  }
}

function trimEnd(text: string, end: number): number {
  let at = end
  while (at > 0 && /[\s]/.test(text[at - 1])) at--
  return at
}
