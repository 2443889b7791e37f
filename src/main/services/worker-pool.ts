// Spreads many episodes' work (render, check, export) over worker threads: small chunks handed out as workers
// finish, results kept in the tasks' order, progress reported; or runs it in this thread for small batches.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

export interface PoolOptions<T, R> {
  /** The worker module's name beside this one, e.g. `render-worker` (built `.js`, or the `.ts` source through tsx). */
  worker: string
  /** A prebuilt worker script to use instead (the benchmark bundles one). */
  workerFile?: string
  /** Worker threads wanted; 0 runs in this thread. Default: one per core (at most 8), none below `threshold` tasks. */
  workers?: number
  threshold: number
  /** The same work in this thread, with this many tasks in flight at once. */
  inThread: (task: T) => Promise<R>
  inThreadConcurrency: number
  maxChunk: number
  /**
   * This thread runs tasks too while the workers run (one worker fewer by default: this thread is the other core),
   * and each worker is handed its next chunk before it answers the current one, so it never waits for this thread.
   * Only for workers that answer their chunks in the order given.
   */
  helpInThread?: boolean
  onProgress?: (done: number, total: number, result: R) => void
}

/** Runs the tasks and returns their results in the tasks' order. */
export async function runPool<T, R>(tasks: T[], options: PoolOptions<T, R>): Promise<R[]> {
  const script = options.workerFile ? { file: options.workerFile } : workerScript(options.worker)
  const help = Boolean(options.helpInThread)
  const wanted = options.workers ?? (tasks.length < options.threshold ? 0 : Math.max(help ? 1 : 0, Math.min(8, availableParallelism() - (help ? 1 : 0))))
  const count = script ? Math.min(wanted, tasks.length) : 0
  const results: R[] = new Array(tasks.length)
  let done = 0
  const finish = (i: number, r: R) => {
    results[i] = r
    options.onProgress?.(++done, tasks.length, r)
  }
  let next = 0
  let failed = false
  // In this thread: a few tasks at a time, so their reading and writing overlaps with the work. Beside workers, each
  // lane lets the workers' answers in after every task, so they are fed without waiting for this thread.
  const lane = async () => {
    while (next < tasks.length && !failed) {
      const i = next++
      finish(i, await options.inThread(tasks[i]))
      if (count) await new Promise<void>((resolveTurn) => setImmediate(resolveTurn))
    }
  }
  const lanes = () => Array.from({ length: Math.min(options.inThreadConcurrency, tasks.length) }, lane)
  if (count === 0) {
    await Promise.all(lanes())
    return results
  }
  // Small chunks, so a slow episode does not leave the other workers idle at the end.
  const chunk = Math.max(1, Math.min(options.maxChunk, Math.ceil(tasks.length / ((count + (help ? 1 : 0)) * 8))))
  const workers = Array.from({ length: count }, () => new Promise<void>((resolveWorker, reject) => {
    const worker = script!.eval ? new Worker(script!.eval, { eval: true }) : new Worker(script!.file)
    // Chunks handed to this worker and not answered yet, oldest first.
    const inFlight: number[][] = []
    const feed = () => {
      if (next >= tasks.length || failed) {
        if (!inFlight.length) void worker.terminate().then(() => resolveWorker())
        return
      }
      const list: number[] = []
      for (let i = 0; i < chunk && next < tasks.length; i++) list.push(next++)
      inFlight.push(list)
      worker.postMessage(list.map((i) => tasks[i]))
    }
    worker.on('message', (answers: R[]) => {
      const list = inFlight.shift()!
      answers.forEach((r, k) => finish(list[k], r))
      feed()
    })
    worker.on('error', (err) => {
      failed = true
      reject(err)
    })
    worker.on('exit', (code) => {
      if (next < tasks.length || inFlight.length) {
        failed = true
        reject(new Error(`A ${options.worker} stopped unexpectedly (exit code ${code}).`))
      }
    })
    feed()
    if (help) feed()
  }))
  await Promise.all(help ? [...workers, ...lanes()] : workers)
  return results
}

/** The worker's script: the built `NAME.js` next to this bundle (or one folder up from chunks/), or the source through tsx. */
export function workerScript(name: string): { file: string; eval?: string } | null {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const dir of [here, dirname(here)]) {
    const built = join(dir, `${name}.js`)
    if (existsSync(built)) return { file: built }
  }
  // From the sources (tests, `tsx`): register tsx's loader inside the worker, then load the TypeScript file.
  const source = join(here, `${name}.ts`)
  if (!existsSync(source)) return null
  let tsx: string
  try {
    // The ESM entry of tsx's API (require.resolve finds its CommonJS twin next to it).
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  } catch {
    return null
  }
  return { file: source, eval: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source).href)}) })` }
}
