// One chunk of the episode's body as preview HTML, before sanitizing: the shared renderer (as `shownotes render`
// prints it) with bundle URLs mapped to the media route. No DOM and no API here, so the preview worker runs it too.
import { renderEpisode } from '../../shared/render/render-episode'
import { decodePercents } from '../../shared/percent-decoding'
import type { ChunkHtml } from './preview-controller'

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

/** Where a URL written in the episode points for display: bundle files and site paths go through the media route. */
function resolveForPreview(url: string, episodePath: string, mediaUrl: (path: string) => string): string {
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

// An empty front matter block first, so a chunk starting with `---` or `{` is never read as front matter.
const emptyFrontMatter = '---\n---\n'
const prefixLines = 2

/** One chunk's HTML, not sanitized yet, and where its blocks start (line offsets in the chunk). */
export function chunkHtml(text: string, ctx: ChunkContext, mediaUrl: (path: string) => string): ChunkHtml {
  const source = emptyFrontMatter + text + (ctx.definitions ? '\n\n' + ctx.definitions : '')
  const result = renderEpisode(source, {
    resolveUrl: (url, kind) => (kind === 'link' ? url : resolveForPreview(url, ctx.episodePath, mediaUrl)),
    params: ctx.params,
    bundleFiles: ctx.bundleFiles,
    figureWord: ctx.figureWord
  })
  return { html: result.html, blockLines: result.blocks.map((b) => b.startLine - 1 - prefixLines) }
}
