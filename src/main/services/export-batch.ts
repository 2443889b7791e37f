// Runs `check` and `export` over many episodes: finds the episodes under the paths given (bundles and leaf files,
// as the workspace does), groups them by site, and spreads the work over worker threads with a progress callback.
import { readdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { UserError } from '../../shared/user-error'
import { findSiteRoot, readSiteForChecks, type SiteForChecks } from './check-config'
import { scanEpisodes } from './episode-scan'
import { runTask, type EpisodeTask, type TaskResult } from './export-worker'

export { bundleFileList } from './export-worker'

export interface FoundEpisode {
  /** Absolute path of `index.md` or the leaf file. */
  file: string
  /** The bundle folder, or null for a leaf file. */
  bundleDir: string | null
  /** Path relative to the folder the user named (for mirroring the content tree on export). */
  relative: string
  site: SiteForChecks
}

const BUNDLE_INDEX = /^index\.(md|markdown)$/i

/**
 * The episodes under `inputs` (files or folders, relative to `cwd`): a folder holding `index.md` is one bundle;
 * a site root is walked through its content folders; any other folder is walked for bundles and leaf files
 * (`_index.md`, node_modules, public, resources and dot folders skipped). A missing path is a UserError.
 */
export async function findEpisodes(inputs: string[], cwd: string): Promise<FoundEpisode[]> {
  const sites = new Map<string, Promise<SiteForChecks>>()
  const siteFor = async (path: string): Promise<SiteForChecks> => {
    const root = (await findSiteRoot(path)) ?? ((await stat(path)).isDirectory() ? path : dirname(path))
    if (!sites.has(root)) sites.set(root, readSiteForChecks(root))
    return sites.get(root)!
  }
  const out: FoundEpisode[] = []
  const seen = new Set<string>()
  const add = (e: FoundEpisode) => {
    if (seen.has(e.file)) return
    seen.add(e.file)
    out.push(e)
  }
  for (const input of inputs) {
    const abs = resolve(cwd, input)
    const info = await stat(abs).catch(() => null)
    if (!info) throw new UserError(`"${input}" does not exist.`)
    const site = await siteFor(abs)
    if (info.isFile()) {
      if (!/\.(md|markdown)$/i.test(abs)) throw new UserError(`"${input}" is not a Markdown file (.md).`)
      add({ file: abs, bundleDir: BUNDLE_INDEX.test(basename(abs)) ? dirname(abs) : null, relative: basename(abs), site })
      continue
    }
    const entries = await readdir(abs, { withFileTypes: true })
    const index = entries.find((e) => e.isFile() && BUNDLE_INDEX.test(e.name))
    if (index) {
      add({ file: join(abs, index.name), bundleDir: abs, relative: `${basename(abs)}/${index.name}`, site })
      continue
    }
    // At a site root, only its content folders hold episodes (not archetypes/, themes/ …).
    const roots = site.isHugoSite && resolve(site.root) === abs ? site.contentDirs : [abs]
    for (const root of roots) {
      const found = await scanEpisodes(root, [''], !site.isHugoSite)
      found.sort((a, b) => a.path.localeCompare(b.path))
      for (const c of found) {
        const file = join(root, c.path)
        const rel = relative(abs, file).split(sep).join('/')
        add({ file, bundleDir: c.bundle ? dirname(file) : null, relative: rel, site })
      }
    }
  }
  return out
}

export interface BatchOptions {
  /** Worker threads to use; 0 runs everything in this thread. Default: one per core, at most 8, none for small batches. */
  workers?: number
  onProgress?: (done: number, total: number, result: TaskResult) => void
}

const IN_THREAD_CONCURRENCY = 8

/** Below this many episodes, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 24

/** Runs the tasks (in workers when worth it) and returns their results in the tasks' order. */
export async function runTasks(tasks: EpisodeTask[], options: BatchOptions = {}): Promise<TaskResult[]> {
  const script = workerScript()
  const wanted = options.workers ?? (tasks.length < WORKER_THRESHOLD ? 0 : Math.min(8, availableParallelism()))
  const count = script ? Math.min(wanted, tasks.length) : 0
  const results: TaskResult[] = new Array(tasks.length)
  let done = 0
  const finish = (i: number, r: TaskResult) => {
    results[i] = r
    options.onProgress?.(++done, tasks.length, r)
  }
  if (count === 0) {
    // In this thread: a few episodes at a time, so reading and writing files overlaps with the work.
    let next = 0
    const lane = async () => {
      while (next < tasks.length) {
        const i = next++
        finish(i, await runTask(tasks[i]))
      }
    }
    await Promise.all(Array.from({ length: Math.min(IN_THREAD_CONCURRENCY, tasks.length) }, lane))
    return results
  }
  // Hand out small chunks so a slow episode does not leave the other workers idle at the end.
  const chunk = Math.max(1, Math.min(16, Math.ceil(tasks.length / (count * 8))))
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
      worker.on('message', (list: TaskResult[]) => {
        list.forEach((r, k) => finish(current[k], r))
        feed()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => {
        if (next < tasks.length || current.some((i) => results[i] === undefined)) reject(new Error(`An export worker stopped unexpectedly (exit code ${code}).`))
      })
      feed()
    }))
  )
  return results
}

/** The worker's script: the built `export-worker.js` next to this bundle, or the TypeScript source run through tsx. */
function workerScript(): { file: string; eval?: string } | null {
  const here = dirname(fileURLToPath(import.meta.url))
  // A bundler may put this module in a chunks/ folder below the entry points.
  for (const dir of [here, dirname(here)]) {
    const built = join(dir, 'export-worker.js')
    if (existsSync(built)) return { file: built }
  }
  // From the sources (tests, `tsx`): register tsx's loader inside the worker, then load the TypeScript file.
  const source = join(here, 'export-worker.ts')
  if (!existsSync(source)) return null
  let tsx: string
  try {
    // The ESM entry of tsx's API (require.resolve finds its CommonJS twin next to it).
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  } catch {
    return null
  }
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source).href)}) })`
  return { file: source, eval: code }
}
