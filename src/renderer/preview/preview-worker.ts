// A worker that renders chunks of a long episode's preview beside the window, which only has to put them on the
// page: the shared renderer, and the sanitizer's DOM-free check. HTML that needs the DOM pass goes back as `raw`
// for the window to sanitize.
import { createSanitizer } from '../../shared/sanitize'
import { mediaUrlUnder } from '../media-url'
import { chunkHtml, type ChunkContext } from './chunk-html'

export interface PreviewWorkerRequest {
  id: number
  ctx: ChunkContext
  /** The media route's prefix in the window (`/media/…/`). */
  mediaBase: string
  texts: string[]
}

export type WorkerChunk = { html: string; blockLines?: number[] } | { raw: string; blockLines?: number[] } | { failed: true }
export interface PreviewWorkerResponse {
  id: number
  chunks: WorkerChunk[]
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<PreviewWorkerRequest>) => void) | null; postMessage(message: PreviewWorkerResponse): void }
let sanitizer: { hosts: string[]; withoutDom(html: string): string | null } | null = null

scope.onmessage = (e) => {
  const { id, ctx, mediaBase, texts } = e.data
  if (!sanitizer || sanitizer.hosts.join() !== ctx.iframeHosts.join()) {
    // Never called: HTML that would need a DOM is handed back instead (withoutDom is null for it).
    const noDom = () => undefined
    sanitizer = { hosts: ctx.iframeHosts, withoutDom: createSanitizer(noDom, { iframeHosts: ctx.iframeHosts }).withoutDom }
  }
  const mediaUrl = (path: string) => mediaUrlUnder(mediaBase, path)
  const chunks = texts.map((text): WorkerChunk => {
    try {
      const { html, blockLines } = chunkHtml(text, ctx, mediaUrl)
      const plain = sanitizer!.withoutDom(html)
      return plain === null ? { raw: html, blockLines } : { html: plain, blockLines }
    } catch {
      // The window renders this one itself, and shows why if it throws there too.
      return { failed: true }
    }
  })
  scope.postMessage({ id, chunks })
}
