// Renders many episodes to HTML files with worker threads (`shownotes render DIR --out OUT`, the benchmark):
// the same render and sanitizer as the preview, one worker per core, small chunks handed out as workers finish.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { renderFile, type RenderTask, type RenderTaskResult } from './render-worker'

export interface RenderBatchOptions {
  /** Worker threads; 0 renders in this thread. Default: one per core (at most 8), none for fewer than 64 files. */
  workers?: number
  onProgress?: (done: number, total: number, result: RenderTaskResult) => void
  /** A prebuilt worker script to use instead of looking for render-worker.js (the benchmark bundles one). */
  workerFile?: string
}

// Starting a worker costs ~0.2 s; below this many episodes one thread is faster.
const WORKER_THRESHOLD = 64

/** Renders the tasks and returns their results in the tasks' order. */
export async function renderBatch(tasks: RenderTask[], options: RenderBatchOptions = {}): Promise<RenderTaskResult[]> {
  const script = options.workerFile ? { file: options.workerFile } : workerScript()
  const wanted = options.workers ?? (tasks.length < WORKER_THRESHOLD ? 0 : Math.min(8, availableParallelism()))
  const count = script ? Math.min(wanted, tasks.length) : 0
  const results: RenderTaskResult[] = new Array(tasks.length)
  let done = 0
  const finish = (i: number, r: RenderTaskResult) => {
    results[i] = r
    options.onProgress?.(++done, tasks.length, r)
  }
  if (count === 0) {
    for (let i = 0; i < tasks.length; i++) finish(i, await renderFile(tasks[i]))
    return results
  }
  const chunk = Math.max(1, Math.min(32, Math.ceil(tasks.length / (count * 8))))
  let next = 0
  await Promise.all(
    Array.from({ length: count }, () => new Promise<void>((resolveWorker, reject) => {
      const worker = script!.eval ? new Worker(script!.eval, { eval: true }) : new Worker(script!.file)
      let current: number[] = []
      const feed = () => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolveWorker())
          return
        }
        current = []
        for (let i = 0; i < chunk && next < tasks.length; i++) current.push(next++)
        worker.postMessage(current.map((i) => tasks[i]))
      }
      worker.on('message', (list: RenderTaskResult[]) => {
        list.forEach((r, k) => finish(current[k], r))
        feed()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => {
        if (next < tasks.length || current.some((i) => results[i] === undefined)) reject(new Error(`A render worker stopped unexpectedly (exit code ${code}).`))
      })
      feed()
    }))
  )
  return results
}

/** The worker's script: the built `render-worker.js` next to this bundle, or the TypeScript source through tsx. */
function workerScript(): { file: string; eval?: string } | null {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const dir of [here, dirname(here)]) {
    const built = join(dir, 'render-worker.js')
    if (existsSync(built)) return { file: built }
  }
  const source = join(here, 'render-worker.ts')
  if (!existsSync(source)) return null
  let tsx: string
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  } catch {
    return null
  }
  return { file: source, eval: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source).href)}) })` }
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
