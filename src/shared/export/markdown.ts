// `markdown` export: the episode as portable CommonMark that any renderer shows like the site does: shortcodes
// replaced by what they render (figures as `<figure>` HTML or as an image plus caption), heading attributes as HTML
// headings, bundle URLs kept relative (the files are copied alongside) or made absolute, front matter kept,
// reduced to title/date/summary, or dropped.
import { stringify } from 'yaml'
import { scanBody } from '../checks/body-refs'
import { collectFacts } from '../checks/facts'
import { usedBundleFiles } from '../checks/rules/bundle-file-unused'
import { splitDocument } from '../document'
import { readFrontMatter } from '../front-matter'
import { HeadingIds, parseAttributeBlock } from '../render/goldmark/headings'
import { emojify } from '../render/hugo-emoji'
import { goldmarkMarkdown } from '../render/markdown'
import { renderEpisode } from '../render/render-episode'
import { shortcodeRenderer, type ShortcodeContext, type UrlKind } from '../render/shortcode-registry'
import { renderUnknown } from '../render/shortcodes/unknown'
import { parseShortcodes } from '../shortcodes/parse'
import type { ShortcodeItem, ShortcodeNode } from '../shortcodes/types'
import { absoluteUrl } from './permalink'
import { figureHtml, figureMarkdown, figureParts } from './portable-figure'

export interface MarkdownExportOptions {
  /** Figures as a `<figure>` element (default) or as `![alt](src)` with the caption below. */
  figures?: 'html' | 'image'
  /** Bundle and site URLs as written (default; copy `files` next to the output) or absolute from `pageUrl`. */
  images?: 'relative' | 'absolute'
  /** The episode page's absolute URL (baseURL + permalink); needed for `images: 'absolute'`. */
  pageUrl?: string
  /** The site's baseURL, for site paths such as `/img/a.png`. */
  baseURL?: string
  /** Keep the front matter as written (default), reduce it to title/date/summary, or drop it. */
  frontMatter?: 'keep' | 'reduce' | 'drop'
  /** Bundle-relative files of the episode's folder: `files` lists those the export uses. */
  bundleFiles?: string[]
}

export interface MarkdownExport {
  markdown: string
  /** Bundle files the exported text refers to by relative URL: copy them next to it. */
  files: string[]
  /** Things the export could not carry over faithfully, in sentences. */
  warnings: string[]
}

interface Edit {
  from: number
  to: number
  insert: string
}

// Tags that open a CommonMark HTML block (type 6) when a line starts with them.
const BLOCK_HTML = /^<\/?(address|article|aside|blockquote|details|dialog|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|section|summary|table|tr|td|th|ul)\b/i
const HEADING_WITH_ATTRS = /^( {0,3})(#{1,6})[ \t]+(.*?)[ \t]*\{([^{}\n]*)\}[ \t]*$/gm

export function exportMarkdown(text: string, options: MarkdownExportOptions = {}): MarkdownExport {
  const absolute = options.images === 'absolute'
  if (absolute && !options.pageUrl) throw new Error('An absolute-URL export needs the page URL (the site baseURL and the episode permalink).')
  const split = splitDocument(text)
  const parsed = parseShortcodes(text, split.bodyFrom)
  const warnings: string[] = []
  const fm = readFrontMatter(text, split)
  const params = fm.data ?? {}
  const url = (u: string) => (absolute ? absoluteUrl(u, options.pageUrl!, options.baseURL ?? options.pageUrl!) : u)
  const md = goldmarkMarkdown()
  const env = () => ({ headingIds: new HeadingIds(), resolveUrl: absolute ? (u: string) => url(u) : undefined })
  const inline = (s: string) => md.renderInline(s, env())
  let page: ReturnType<typeof renderEpisode> | null = null

  // Edits to the Markdown between shortcodes: absolute URLs, headings with `{#id}` written as HTML.
  const edits: Edit[] = []
  const refs = scanBody(text, split.bodyFrom, parsed.items)
  if (absolute) {
    for (const r of refs.refs) {
      const next = url(r.url)
      if (next !== r.url) edits.push({ from: r.urlFrom, to: r.urlTo, insert: r.kind.startsWith('html') ? next.replace(/"/g, '%22') : next.replace(/[\s()<>]/g, encodeURIComponent) })
    }
  }
  for (const m of refs.masked.matchAll(HEADING_WITH_ATTRS)) {
    const attrs = parseAttributeBlock(m[4])
    if (!attrs) continue
    const from = refs.base + m.index
    const level = m[2].length
    const html = `<h${level}${attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>${inline(text.slice(from + m[1].length + m[2].length, from + m[0].length).replace(/\{[^{}\n]*\}[ \t]*$/, '').trim())}</h${level}>`
    edits.push({ from, to: from + m[0].length, insert: m[1] + html })
  }
  edits.sort((a, b) => a.from - b.from)

  const markdownBetween = (from: number, to: number): string => {
    let out = ''
    let pos = from
    for (const e of edits) {
      if (e.from < from || e.to > to) continue
      out += text.slice(pos, e.from) + e.insert
      pos = e.to
    }
    return out + text.slice(pos, to)
  }

  const context = (node: ShortcodeNode): ShortcodeContext => ({
    markdownify: (s) => {
      const html = md.render(s, env()).trim()
      return html.split('<p>').length === 2 && html.startsWith('<p>') && html.endsWith('</p>') ? html.slice(3, -4).trim() : html
    },
    emojify,
    resolveUrl: (u: string, _kind: UrlKind) => url(u),
    params,
    bundleFiles: options.bundleFiles,
    addFigure: () => undefined,
    later: (render) => render({ headings: (page ??= renderEpisode(text)).headings.map((h) => ({ level: h.level, id: h.id, html: escapeHtml(h.text) })) }),
    problem: (_rule, message) => warnings.push(`Line ${lineOf(text, node.tagFrom)}: ${message}`)
  })

  const convertItems = (items: ShortcodeItem[], from: number, to: number, level: number): string => {
    let out = ''
    let pos = from
    let ordinal = 0
    for (const item of items) {
      out += markdownBetween(pos, item.from)
      if (item.type === 'escaped') out += item.literal
      else if (item.type === 'broken') {
        warnings.push(`Line ${lineOf(text, item.from)}: ${item.message} It is exported as written.`)
        out += text.slice(item.from, item.to)
      } else out += convertNode(item, level, ordinal++)
      pos = item.to
    }
    return out + markdownBetween(pos, to)
  }

  const convertNode = (node: ShortcodeNode, level: number, ordinal: number): string => {
    const indent = lineIndent(text, node.from)
    if (node.name === 'figure') {
      const f = figureParts(node, inline)
      const src = url(f.src)
      if (!absolute && f.src.startsWith('/')) warnings.push(`Line ${lineOf(text, node.from)}: the figure "${f.src}" is a site path; it shows only on the site. Export with absolute URLs to keep it.`)
      return options.figures === 'image' ? figureMarkdown(f, src, f.link && url(f.link), indent) : closeHtmlBlock(figureHtml(f, src, f.link && url(f.link)), node.to)
    }
    let inner: string | undefined
    if (node.inner) {
      inner = convertItems(node.inner.children, node.inner.from, node.inner.to, level + 1)
      if (node.delimiter === '%' && level > 0) {
        const rendered = md.render(inner, env())
        const lone = !inner.includes('\n') ? /^<p>([^\n]*)<\/p>\n$/.exec(rendered) : null
        inner = lone ? lone[1] : rendered
      }
    } else if (node.selfClosing) inner = ''
    const render = shortcodeRenderer(md, node.name)
    if (!render) warnings.push(`Line ${lineOf(text, node.tagFrom)}: the shortcode "${node.name}" is unknown; it is exported as a labelled box.`)
    const call = { name: node.name, delimiter: node.delimiter, params: node.params, inner, ordinal, line: lineOf(text, node.tagFrom), node }
    const out = (render ?? renderUnknown)(call, context(node))
    // `{{% %}}` output is Markdown for Hugo too; `{{< >}}` output is HTML, kept in one HTML block (no blank lines)
    // and indented like the tag so it stays inside its list item.
    return node.delimiter === '%' ? out : closeHtmlBlock(out.replace(/\n[ \t]*(?=\n)/g, '').replace(/\n/g, '\n' + indent), node.to)
  }

  // A CommonMark HTML block runs to the next blank line: without one, the Markdown lines after the shortcode
  // (the next list item) would be swallowed as raw HTML. Hugo never had that problem: it inserts HTML after Markdown.
  const closeHtmlBlock = (html: string, after: number): string => {
    if (!BLOCK_HTML.test(html)) return html
    const lineEnd = text.indexOf('\n', after)
    if (lineEnd === -1 || text.slice(after, lineEnd).trim() !== '') return html
    const next = text.slice(lineEnd + 1).split('\n', 1)[0]
    return next.trim() === '' ? html : html + '\n'
  }

  const body = convertItems(parsed.items, split.bodyFrom, text.length, 0)
  let files: string[] = []
  if (!absolute && options.bundleFiles) {
    const facts = collectFacts(text, { bundleFiles: options.bundleFiles })
    files = [...usedBundleFiles(facts)].filter((f) => !/\.(md|markdown)$/i.test(f)).sort()
  }
  return { markdown: frontMatterPart(text, split, params, options.frontMatter ?? 'keep') + body, files, warnings }
}

function frontMatterPart(text: string, split: ReturnType<typeof splitDocument>, data: Record<string, unknown>, mode: 'keep' | 'reduce' | 'drop'): string {
  if (mode === 'drop' || !split.frontMatter) return ''
  if (mode === 'keep') return text.slice(split.bom ? 1 : 0, split.bodyFrom)
  const pick: Record<string, unknown> = {}
  for (const key of ['title', 'date', 'summary']) {
    const hit = Object.entries(data).find(([k]) => k.toLowerCase() === key)
    if (hit && hit[1] !== null && hit[1] !== undefined && hit[1] !== '') pick[key] = hit[1] instanceof Date ? hit[1].toISOString() : hit[1]
  }
  const eol = split.eol
  return `---${eol}${stringify(pick, { lineWidth: 0 }).replace(/\n/g, eol)}---${eol}${eol}`
}

function lineIndent(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const prefix = text.slice(start, at)
  // Inside a list item the continuation lines line up with the item's text, not with its bullet.
  const m = /^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(prefix)!
  return m[1] + (m[2] ? ' '.repeat(m[2].length) : '')
}

function lineOf(text: string, at: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) n++
  return n
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
