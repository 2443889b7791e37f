// The window's side of the episode worker: checks and counts as promises. Where workers are not available (unit
// tests), the same functions run in place.
import type { MediaFile } from '../../shared/api'
import type { Diagnostic } from '../../shared/diagnostic'
import type { SplitDocument } from '../../shared/document'
import type { FrontMatter } from '../../shared/front-matter'
import { countBody, type DocCounts } from '../editor/doc-counts'
import type { FigureFacts, WorkerRequest, WorkerResponse } from './episode-worker-protocol'
import { siteCheckConfig, type SiteForChecks } from './site-check-config'

type Pending = { resolve: (r: WorkerResponse) => void }
type Body<K extends WorkerRequest['kind']> = Omit<Extract<WorkerRequest, { kind: K }>, 'id'>

export class EpisodeWorker {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor() {
    if (typeof Worker === 'undefined') return
    try {
      this.worker = new Worker(new URL('./episode-worker.ts', import.meta.url), { type: 'module' })
      this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        this.pending.get(e.data.id)?.resolve(e.data)
        this.pending.delete(e.data.id)
      }
      // A worker that cannot start (a strict policy) leaves the work to the window.
      this.worker.onerror = () => this.stop()
    } catch {
      this.worker = null
    }
  }

  private ask<K extends WorkerRequest['kind']>(request: Body<K>): Promise<WorkerResponse> | null {
    if (!this.worker) return null
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, { resolve })
      this.worker!.postMessage({ ...request, id })
    })
  }

  /** Every publishing check of `text` (front matter and shortcodes included). */
  async check(text: string, bundleFiles: string[] | null, now = new Date(), site?: SiteForChecks, figures?: FigureFacts): Promise<Diagnostic[]> {
    const answer = this.ask<'check'>({ kind: 'check', text, bundleFiles, now: now.getTime(), site, figures })
    const r = answer ? await answer : null
    if (r?.ok && r.kind === 'check') return r.diagnostics
    // No worker, or it stopped or failed: do the work here rather than show nothing. Loaded only then, so the
    // window's own code stays small.
    const { checkEpisode } = await import('../../shared/checks')
    return checkEpisode(text, { bundleFiles: bundleFiles ?? undefined, bundleImages: figures?.images, imageMaxEdge: figures?.maxEdge, now, config: siteCheckConfig(site) })
  }

  /** Word and character counts of a body. */
  async count(body: string): Promise<DocCounts> {
    const answer = this.ask<'count'>({ kind: 'count', body })
    if (!answer) return countBody(body)
    const r = await answer
    return r.ok && r.kind === 'count' ? r.counts : countBody(body)
  }

  /** The bundle's files marked used, unused or missing by `text` (see state/media-usage.ts). */
  async mediaStates(files: MediaFile[], text: string): Promise<MediaFile[]> {
    const answer = this.ask<'media'>({ kind: 'media', files, text })
    const r = answer ? await answer : null
    if (r?.ok && r.kind === 'media') return r.files
    const { mediaStates } = await import('../state/media-usage')
    return mediaStates(files, text)
  }

  /** The front matter of `source` as the form reads it (`split` is `source` split), off the window's thread. */
  async readFrontMatter(source: string, split: SplitDocument): Promise<FrontMatter> {
    const answer = this.ask<'frontMatter'>({ kind: 'frontMatter', source, split })
    const r = answer ? await answer : null
    if (r?.ok && r.kind === 'frontMatter') return r.frontMatter
    const { readFrontMatter } = await import('../../shared/front-matter')
    return readFrontMatter(source, split)
  }

  private stop(): void {
    this.worker?.terminate()
    this.worker = null
    for (const [id, p] of this.pending) p.resolve({ id, ok: false, message: 'The background worker stopped.' })
    this.pending.clear()
  }
}

let shared: EpisodeWorker | null = null

/** The one episode worker of this window. */
export function episodeWorker(): EpisodeWorker {
  return (shared ??= new EpisodeWorker())
}
