// Runs site searches on one worker thread kept for the purpose (site-search-worker.ts): a new search stops the one
// before it, and a search that stops answering (a regular expression that backtracks for ever) is ended with the
// worker and said so, while the main process stays free. Without a built worker (nothing to load) it runs here.
import { Worker } from 'node:worker_threads'
import type { EpisodeMatches, EpisodeSummary } from '../../shared/api'
import { compileQuery, type SearchQuery } from '../../shared/search'
import { UserError } from '../../shared/user-error'
import { searchEpisodes, type SearchRun } from './site-search'
import type { WorkerAnswer, WorkerRequest } from './site-search-worker'
import { workerScript } from './worker-pool'

/** How long a search may go without a word from its worker before it is taken as stuck. */
export const STUCK_MS = 10_000

interface Pending {
  onResults: (results: EpisodeMatches[]) => void
  resolve: (run: SearchRun) => void
  reject: (err: unknown) => void
  /** Set once the worker has started the search (its loading time is not the search's). */
  timer: NodeJS.Timeout | null
}

export class SearchRunner {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private current: number | null = null

  constructor(private readonly stuckMs = STUCK_MS) {}

  /** Starts the worker ahead of the first search, so that one shows its first results at once. */
  warm(): void {
    this.ensureWorker()
  }

  search(root: string, episodes: EpisodeSummary[], query: SearchQuery, onResults: (results: EpisodeMatches[]) => void): Promise<SearchRun> {
    compileQuery(query) // a bad pattern is refused here, at once
    if (this.current !== null) this.post({ type: 'stop', id: this.current })
    const worker = this.ensureWorker()
    if (!worker) {
      const id = (this.current = this.nextId++)
      return searchEpisodes(root, episodes, query, onResults, () => this.current !== id)
    }
    const id = (this.current = this.nextId++)
    return new Promise<SearchRun>((resolve, reject) => {
      this.pending.set(id, { onResults, resolve, reject, timer: null })
      this.post({ type: 'search', id, root, episodes, query })
    })
  }

  private stuckTimer(): NodeJS.Timeout {
    return setTimeout(() => {
      // Nothing but ending the thread stops a regular expression that backtracks without end.
      void this.worker?.terminate()
      this.worker = null
      this.fail(new UserError('The search took too long and was stopped: the regular expression may backtrack without end (such as (a+)+$). Try a simpler one.', 'search-too-slow'))
    }, this.stuckMs)
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker
    const script = workerScript('site-search-worker')
    if (!script) return null
    const worker = script.eval ? new Worker(script.eval, { eval: true }) : new Worker(script.file)
    worker.unref()
    worker.on('message', (answer: WorkerAnswer) => this.answer(answer))
    // Only the current worker's end matters: one ended on purpose has already answered its searches.
    worker.on('error', (err) => this.worker === worker && this.fail(err))
    worker.on('exit', () => {
      if (this.worker !== worker) return
      this.worker = null
      this.fail(new Error('The search stopped unexpectedly.'))
    })
    this.worker = worker
    return worker
  }

  private post(req: WorkerRequest): void {
    this.worker?.postMessage(req)
  }

  private answer(a: WorkerAnswer): void {
    const p = this.pending.get(a.id)
    if (!p) return
    if (p.timer) clearTimeout(p.timer)
    if (a.type === 'batch') p.onResults(a.results)
    if (a.type === 'batch' || a.type === 'alive') {
      p.timer = this.stuckTimer()
      return
    }
    this.pending.delete(a.id)
    if (a.type === 'done') p.resolve(a.run)
    else p.reject(a.code === 'internal' ? new Error(a.message) : new UserError(a.message, a.code as never))
  }

  private fail(err: unknown): void {
    for (const [id, p] of this.pending) {
      if (p.timer) clearTimeout(p.timer)
      this.pending.delete(id)
      p.reject(err)
    }
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.fail(new Error('The search was closed.'))
    await worker?.terminate()
  }
}
