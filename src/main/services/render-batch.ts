// Renders many episodes to HTML files with worker threads (`shownotes render DIR --out OUT`, the benchmark):
// the same render and sanitizer as the preview, one worker per core, small chunks handed out as workers finish.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
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

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']

/** Hugo's `enableEmoji` for the site at `root` (false when there is no config or it says nothing). */
export async function siteEmoji(root: string): Promise<boolean> {
  const files = [...HUGO_CONFIGS.map((n) => join(root, n)), ...HUGO_CONFIGS.map((n) => join(root, 'config', '_default', n))]
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => null)
    if (text === null) continue
    try {
      const data = (file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>
      const entry = Object.entries(data ?? {}).find(([k]) => k.toLowerCase() === 'enableemoji')
      if (entry) return entry[1] === true
    } catch {
      // A config Hugo cannot read either: render without emoji.
    }
  }
  return false
}
