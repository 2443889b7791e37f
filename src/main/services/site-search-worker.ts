// The site search's worker thread (built as out/main/site-search-worker.js): runs one search at a time and posts
// its matches back in batches, so a slow regular expression never holds up the main process, which serves the
// window's saves and journal. A `stop` message ends the running search between two files.
import { isMainThread, parentPort } from 'node:worker_threads'
import type { EpisodeMatches, EpisodeSummary } from '../../shared/api'
import type { SearchQuery } from '../../shared/search'
import { UserError } from '../../shared/user-error'
import { searchEpisodes, type SearchRun } from './site-search'

export type WorkerRequest = { type: 'search'; id: number; root: string; episodes: EpisodeSummary[]; query: SearchQuery } | { type: 'stop'; id: number }

export type WorkerAnswer =
  | { type: 'batch'; id: number; results: EpisodeMatches[] }
  /** Sent between files now and then, so the main process can tell a slow search from a stuck one. */
  | { type: 'alive'; id: number }
  | { type: 'done'; id: number; run: SearchRun }
  | { type: 'failed'; id: number; message: string; code: string }

const ALIVE_MS = 250

if (!isMainThread && parentPort) {
  const port = parentPort
  let running: number | null = null
  port.on('message', (req: WorkerRequest) => {
    if (req.type === 'stop') {
      if (running === req.id) running = null
      return
    }
    running = req.id
    port.postMessage({ type: 'alive', id: req.id } satisfies WorkerAnswer) // started: from now on it must keep answering
    let lastAlive = performance.now()
    const stopped = () => {
      if (performance.now() - lastAlive > ALIVE_MS) {
        lastAlive = performance.now()
        port.postMessage({ type: 'alive', id: req.id } satisfies WorkerAnswer)
      }
      return running !== req.id
    }
    searchEpisodes(req.root, req.episodes, req.query, (results) => port.postMessage({ type: 'batch', id: req.id, results } satisfies WorkerAnswer), stopped).then(
      (run) => port.postMessage({ type: 'done', id: req.id, run } satisfies WorkerAnswer),
      (err: unknown) => {
        const code = err instanceof UserError ? err.code : 'internal'
        port.postMessage({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err), code } satisfies WorkerAnswer)
      }
    )
  })
}
