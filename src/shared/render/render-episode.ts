// Renders an episode's body as the Hugo site would (shortcodes first, then Goldmark-compatible Markdown), split into
// top-level blocks with their source lines and stable keys so the preview can patch only what changed and keep
// scroll in sync. Used by the preview, the CLI and export; the output still goes through the sanitizer before display.
import type { Token } from 'markdown-it'
import { checkMessage } from '../checks/messages'
import type { Diagnostic } from '../diagnostic'
import { lineColumn } from '../diagnostic'
import { splitDocument } from '../document'
import { parseShortcodes } from '../shortcodes/parse'
import type { ShortcodeNode } from '../shortcodes/types'
import { expandShortcodes, fillPlaceholders } from './expand-shortcodes'
import { HeadingIds } from './goldmark/headings'
import { emojify } from './hugo-emoji'
import { LineIndex } from './line-index'
import { goldmarkMarkdown } from './markdown'
import type { ShortcodeContext, UrlKind } from './shortcode-registry'
import { blockKeys } from './block-keys'

export interface RenderOptions {
  /** Maps a URL as written (image, link or media) to the URL to show; without it URLs stay as written. */
  resolveUrl?: (url: string, kind: UrlKind) => string
  /** The episode's front matter (for `param` and gallery captions). */
  params?: Record<string, unknown>
  /** Hugo's `enableEmoji`: `:smile:` → 😄 in the body. */
  emoji?: boolean
  /** Adds `data-line-offset` (line of the element minus the block's first line) to elements inside each block. */
  sourceLines?: boolean
  /** Bundle-relative paths of the files in the episode's bundle (lets `gallery` list its images). */
  bundleFiles?: string[]
  /** The word before a numbered figure's number in the site's language ("図"); default "Figure". */
  figureWord?: string
  /** Sets each block's `key` (default true). Only the preview patches blocks by key; exports skip the hashing. */
  blockKeys?: boolean
}

export interface RenderedBlock {
  html: string
  /** 1-based, inclusive lines of the block's source in the whole document. */
  startLine: number
  endLine: number
  /** Same key while the block renders the same (unchanged source keeps its key even when it moves); '' when
   *  rendered with `blockKeys: false`. */
  key: string
}

export interface RenderedHeading {
  level: number
  text: string
  id: string
  line: number
}

export interface RenderedFigure {
  src: string
  title: string
  line: number
}

export interface RenderResult {
  html: string
  blocks: RenderedBlock[]
  diagnostics: Diagnostic[]
  headings: RenderedHeading[]
  figures: RenderedFigure[]
}

const lineTypes = new Set(['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open', 'table_open', 'tr_open', 'fence', 'code_block', 'bullet_list_open', 'ordered_list_open', 'dt_open', 'dd_open', 'hr'])
const laterPattern = /(<p(?: data-line-offset="\d+")?>)?HAHAHUGOLATE(\d+)HBHB(<\/p>)?/g

/** Hugo's `markdownify`: renders a snippet on its own (fresh ids) and unwraps a lone paragraph. */
function markdownify(text: string, env: Record<string, unknown>): string {
  const html = goldmarkMarkdown().render(text, { headingIds: new HeadingIds(), resolveUrl: env.resolveUrl }).trim()
  return html.split('<p>').length === 2 && html.startsWith('<p>') && html.endsWith('</p>') ? html.slice(3, -4).trim() : html
}

function plainText(children: Token[] | null): string {
  let out = ''
  for (const t of children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'text_special') out += t.content
    else if (t.type === 'image') out += plainText(t.children)
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' '
  }
  return out
}

/** Renders `text` (a whole episode file: front matter is skipped) into blocks of HTML. */
export function renderEpisode(text: string, options: RenderOptions = {}): RenderResult {
  const md = goldmarkMarkdown()
  const { bodyFrom } = splitDocument(text)
  const lines = new LineIndex(text)
  const parsed = parseShortcodes(text, bodyFrom)
  const diagnostics: Diagnostic[] = [...parsed.diagnostics]
  const figures: RenderedFigure[] = []
  const later: ((page: { headings: { level: number; html: string; id: string }[] }) => string)[] = []
  const env: Record<string, unknown> = { headingIds: new HeadingIds(), resolveUrl: options.resolveUrl }
  const resolveUrl = options.resolveUrl ?? ((url: string) => url)

  const context = (node: ShortcodeNode): ShortcodeContext => ({
    markdownify: (s) => markdownify(s, env),
    emojify,
    resolveUrl,
    params: options.params ?? {},
    figureWord: options.figureWord,
    bundleFiles: options.bundleFiles,
    addFigure: (f) => figures.push(f),
    later: (render) => `HAHAHUGOLATE${later.push(render) - 1}HBHB`,
    problem: (code, params = {}) => {
      const { line, column } = lineColumn(text, node.tagFrom)
      const rule = code.split('.')[0]
      diagnostics.push({ from: node.tagFrom, to: node.tagTo, line, column, severity: 'error', rule, message: checkMessage(code, params), code, params })
    }
  })

  const expansion = parsed.count || parsed.items.length
    ? expandShortcodes({ text, bodyFrom, parsed, md, lines, context, renderInner: (s) => md.render(s, { headingIds: new HeadingIds(), resolveUrl: options.resolveUrl }) })
    : plainExpansion(text, bodyFrom, lines)

  const tokens = md.parse(expansion.source, env)
  const docLine = (expandedLine: number, end: boolean) => {
    const table = end ? expansion.lineEnd : expansion.lineStart
    return table[Math.min(Math.max(expandedLine, 0), table.length - 1)]
  }
  const lastLine = lines.count

  const headings: (RenderedHeading & { html: string })[] = []
  const blocks: RenderedBlock[] = []
  const renderer = md.renderer
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]
    let j = i
    if (first.nesting === 1) {
      for (let depth = 0; j < tokens.length; j++) {
        depth += tokens[j].nesting
        if (depth === 0) break
      }
    }
    // Raw HTML opened in one block and closed in a later one (an alert box around Markdown) stays one block, so each
    // block is a balanced fragment the preview can patch and the sanitizer can check on its own.
    let depth = openElements(tokens, i, j, 0)
    while (depth > 0 && j + 1 < tokens.length) {
      let k = j + 1
      if (tokens[k].nesting === 1) {
        for (let d = 0; k < tokens.length; k++) {
          d += tokens[k].nesting
          if (d === 0) break
        }
      }
      depth = openElements(tokens, j + 1, k, depth)
      j = k
    }
    const slice = tokens.slice(i, j + 1)
    const lastMap = slice.findLast((t) => t.map && t.level === 0)?.map ?? first.map
    const map = first.map
    const startLine = map ? docLine(map[0], false) : lastLine - 1
    const endLine = lastMap ? docLine(lastMap[1] - 1, true) : lastLine - 1

    for (let k = 0; k < slice.length; k++) {
      const t = slice[k]
      if (t.type === 'heading_open') {
        const inline = slice[k + 1]
        headings.push({
          level: Number(t.tag.slice(1)),
          text: plainText(inline.children).replace(/HAHAHUGOSHORTCODEs(\d+)HBHB/g, (_, n: string) => stripTags(expansion.placeholders[Number(n)] ?? '')).trim(),
          id: String(t.attrGet('id') ?? ''),
          line: (t.map ? docLine(t.map[0], false) : startLine) + 1,
          html: fillPlaceholders(renderer.renderInline(inline.children ?? [], md.options, env), expansion.placeholders)
        })
      } else if (t.type === 'inline' && t.children) {
        for (const c of t.children) {
          if (c.type === 'image') figures.push({ src: String(c.attrGet('src') ?? ''), title: String(c.attrGet('title') ?? c.content), line: (t.map ? docLine(t.map[0], false) : startLine) + 1 })
        }
      }
      if (options.sourceLines && t.map && lineTypes.has(t.type) && k > 0) {
        t.attrSet('data-line-offset', String(docLine(t.map[0], false) - startLine))
      }
    }

    let html = renderer.render(slice, md.options, env)
    if (options.emoji) html = emojify(html)
    html = fillPlaceholders(html, expansion.placeholders)
    let end = Math.max(endLine, startLine)
    // markdown-it counts the blank lines after a list or quote as part of it; the preview wants the text's own lines.
    while (end > startLine && isBlankLine(text, lines, end)) end--
    blocks.push({ html, startLine: startLine + 1, endLine: end + 1, key: '' })
    i = j + 1
  }

  if (later.length) {
    const page = { headings: headings.map(({ level, html, id }) => ({ level, html, id })) }
    // Like a placeholder, a marker alone in a paragraph stands for an HTML block: no <p> around it.
    for (const b of blocks) b.html = b.html.replace(laterPattern, (all, open: string | undefined, n: string, close: string | undefined) => {
      const out = later[Number(n)](page)
      return open && close ? out : (open ?? '') + out + (close ?? '')
    })
  }
  if (options.blockKeys !== false) blockKeys(blocks)
  diagnostics.sort((a, b) => a.from - b.from)
  figures.sort((a, b) => a.line - b.line)
  // Joined by a loop: V8 gave up its optimized renderEpisode over the array `map` would make (seen as "wrong map"
  // deopts in an export), and compiling this large function again cost more than rendering a hundred episodes.
  let html = ''
  for (const b of blocks) html += b.html
  return {
    html,
    blocks,
    diagnostics,
    headings: headings.map(({ level, text, id, line }) => ({ level, text, id, line })),
    figures
  }
}

// Void elements, and elements whose end tag may be left out, never hold a block open.
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rt', 'rp'])
const rawTag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g

/** Elements left open after the raw HTML blocks among tokens[from..to], starting with `depth` open. */
function openElements(tokens: Token[], from: number, to: number, depth: number): number {
  for (let k = from; k <= to; k++) {
    if (tokens[k].type !== 'html_block') continue
    rawTag.lastIndex = 0
    for (let m = rawTag.exec(tokens[k].content); m; m = rawTag.exec(tokens[k].content)) {
      if (!m[2] || m[3] || voidElements.has(m[2].toLowerCase())) continue
      if (m[1]) depth = Math.max(0, depth - 1)
      else depth++
    }
  }
  return depth
}

function isBlankLine(text: string, lines: LineIndex, line: number): boolean {
  const from = lines.start(line)
  const to = line + 1 < lines.count ? lines.start(line + 1) : text.length
  return !text.slice(from, to).trim()
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').trim()
}

/** The expansion of a body without shortcodes: the body itself, line for line. */
function plainExpansion(text: string, bodyFrom: number, lines: LineIndex) {
  const first = lines.line(bodyFrom)
  const count = lines.count - first
  const lineStart = Array.from({ length: count }, (_, i) => first + i)
  return { source: text.slice(bodyFrom), lineStart, lineEnd: lineStart, placeholders: [] as string[] }
}
