// Renders many episodes to HTML files with worker threads (`shownotes render DIR --out OUT`, the benchmark):
// the same render and sanitizer as the preview, one worker per core, small chunks handed out as workers finish.
import { readHugoConfig } from './hugo-config'
import { renderFile, type RenderTask, type RenderTaskResult } from './render-worker'
import { runPool } from './worker-pool'

export interface RenderBatchOptions {
  /** Worker threads; 0 renders in this thread. Default: one per core (at most 8), none for fewer than 64 files. */
  workers?: number
  onProgress?: (done: number, total: number, result: RenderTaskResult) => void
  /** A prebuilt worker script to use instead of looking for render-worker.js (the benchmark bundles one). */
  workerFile?: string
}

/** Renders the tasks (in workers from 64 episodes up: starting one costs ~0.2 s) and returns results in order. */
export function renderBatch(tasks: RenderTask[], options: RenderBatchOptions = {}): Promise<RenderTaskResult[]> {
  return runPool(tasks, { ...options, worker: 'render-worker', threshold: 64, inThread: renderFile, inThreadConcurrency: 1, maxChunk: 32 })
}

/** Hugo's `enableEmoji` for the site at `root` (false when there is no config, it says nothing, or Hugo cannot read it). */
export async function siteEmoji(root: string): Promise<boolean> {
  return (await readHugoConfig(root))?.settings.enableEmoji ?? false
}
