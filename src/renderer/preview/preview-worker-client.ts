// The window's side of the preview worker: batches of chunk texts in, sanitized chunk HTML out (HTML that needs the
// DOM pass is sanitized here). Null where there is no worker (unit tests, a strict policy): the window renders alone.
import { currentMediaBase } from '../media-url'
import type { ChunkContext } from './chunk-html'
import type { RenderElsewhere } from './far-end'
import type { PreviewWorkerRequest, PreviewWorkerResponse } from './preview-worker'
import { sanitizeForPreview } from './render-preview'

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, (r: PreviewWorkerResponse | null) => void>()

function start(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    worker = null
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<PreviewWorkerResponse>) => {
      pending.get(e.data.id)?.(e.data)
      pending.delete(e.data.id)
    }
    // A worker that cannot run: every batch still waiting, and every later one, is the window's to render.
    worker.onerror = () => {
      worker?.terminate()
      worker = null
      for (const answer of pending.values()) answer(null)
      pending.clear()
    }
  }
  return worker
}

/**
 * Renders chunks in the worker with `ctx` (read when a batch is sent); null entries are the window's to render. The
 * worker starts with the first batch: a short episode, which never sends one, never loads it.
 */
export function previewWorker(ctx: () => ChunkContext): RenderElsewhere | null {
  if (typeof Worker === 'undefined' || worker === null) return null
  return (texts) =>
    new Promise((resolve) => {
      const w = start()
      if (!w) return resolve(texts.map(() => null))
      const id = nextId++
      const context = ctx()
      pending.set(id, (r) =>
        resolve(
          texts.map((_, i) => {
            const chunk = r?.chunks[i]
            if (!chunk || 'failed' in chunk) return null
            return 'raw' in chunk ? { html: sanitizeForPreview(chunk.raw, context.iframeHosts), blockLines: chunk.blockLines } : chunk
          })
        )
      )
      w.postMessage({ id, ctx: context, mediaBase: currentMediaBase(), texts } satisfies PreviewWorkerRequest)
    })
}
