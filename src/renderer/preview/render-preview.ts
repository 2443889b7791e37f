// Renders an episode for the preview pane: the shared renderer (as `shownotes render` prints it), with bundle
// URLs mapped to the media route at display time, then the shared sanitizer policy in this window's DOM.
import { renderEpisode } from '../../shared/render/render-episode'
import { createSanitizer } from '../../shared/sanitize'
import { mediaUrl } from '../api'
import { decodePercents } from '../../shared/percent-decoding'
import { defaultIframeHosts } from '../../shared/iframe-hosts'
import type { ChunkHtml } from './preview-controller'

let sanitizer: ReturnType<typeof createSanitizer> | null = null
let sanitizerHosts: string[] = defaultIframeHosts

/** Where a URL written in the episode points for display: bundle files and site paths go through `/media/`. */
function resolveForPreview(url: string, episodePath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return url
  const [path, suffix = ''] = url.split(/(?=[?#])/, 2)
  const decoded = decodePercents(path)
  if (decoded.startsWith('/')) return mediaUrl('static' + decoded) + suffix
  const dir = episodePath.split('/').slice(0, -1)
  for (const part of decoded.split('/')) {
    if (part === '..') dir.pop()
    else if (part !== '.' && part !== '') dir.push(part)
  }
  return mediaUrl(dir.join('/')) + suffix
}

function sanitize(html: string, iframeHosts: string[]): string {
  if (!sanitizer || sanitizerHosts !== iframeHosts) {
    sanitizer = createSanitizer(window, { iframeHosts })
    sanitizerHosts = iframeHosts
  }
  return sanitizer.sanitize(html)
}

export interface ChunkContext {
  episodePath: string
  /** The episode's front matter, for `param` and gallery captions. */
  params: Record<string, unknown>
  /** Link reference definitions of the whole body, so `[text][ref]` resolves in every chunk. */
  definitions: string
  iframeHosts: string[]
  /** The theme's word before a numbered figure's number in the site's language ("図"). */
  figureWord?: string
  bundleFiles?: string[]
}

// An empty front matter block first, so a chunk starting with `---` or `{` is never read as front matter.
const emptyFrontMatter = '---\n---\n'
const prefixLines = 2

/** Renders one chunk of the body for the incremental preview: sanitized HTML and where its blocks start. */
export function renderChunk(text: string, ctx: ChunkContext): ChunkHtml {
  const source = emptyFrontMatter + text + (ctx.definitions ? '\n\n' + ctx.definitions : '')
  const result = renderEpisode(source, {
    resolveUrl: (url, kind) => (kind === 'link' ? url : resolveForPreview(url, ctx.episodePath)),
    params: ctx.params,
    bundleFiles: ctx.bundleFiles,
    figureWord: ctx.figureWord
  })
  const html = sanitize(result.html, ctx.iframeHosts)
  return { html, blockLines: result.blocks.map((b) => b.startLine - 1 - prefixLines) }
}

const definitionLine = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S.*$/gm

/** The link reference definitions written anywhere in `body`. */
export function referenceDefinitions(body: string): string {
  return body.match(definitionLine)?.join('\n') ?? ''
}

/** Whether the page needs the whole body rendered together (footnotes, a table of contents shortcode). */
export function needsWholeBody(body: string): boolean {
  return /\[\^[^\]\s]+\]|\{\{[<%]\s*toc\b/.test(body)
}
