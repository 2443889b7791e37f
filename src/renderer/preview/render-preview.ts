// Renders chunks of an episode for the preview pane: chunk-html.ts's HTML with the window's media addresses, then the
// shared sanitizer policy in this window's DOM (HTML a worker found plainly within the policy is used as it is).
import { createSanitizer } from '../../shared/sanitize'
import { mediaUrl } from '../api'
import { defaultIframeHosts } from '../../shared/iframe-hosts'
import { chunkHtml, type ChunkContext } from './chunk-html'
import type { ChunkHtml } from './preview-controller'

export type { ChunkContext } from './chunk-html'

let sanitizer: ReturnType<typeof createSanitizer> | null = null
let sanitizerHosts: string[] = defaultIframeHosts

/** `html` sanitized with the policy for `iframeHosts`, in this window's DOM when it needs one. */
export function sanitizeForPreview(html: string, iframeHosts: string[]): string {
  if (!sanitizer || sanitizerHosts !== iframeHosts) {
    sanitizer = createSanitizer(window, { iframeHosts })
    sanitizerHosts = iframeHosts
  }
  return sanitizer.sanitize(html)
}

/** Renders one chunk of the body for the incremental preview: sanitized HTML and where its blocks start. */
export function renderChunk(text: string, ctx: ChunkContext): ChunkHtml {
  const { html, blockLines } = chunkHtml(text, ctx, mediaUrl)
  return { html: sanitizeForPreview(html, ctx.iframeHosts), blockLines }
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
