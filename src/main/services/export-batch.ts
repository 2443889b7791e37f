// Runs `check` and `export` over many episodes: finds the episodes under the paths given (bundles and leaf files,
// as the workspace does), groups them by site, and spreads the work over worker threads with a progress callback.
import { readdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { UserError } from '../../shared/user-error'
import { findSiteRoot, readSiteForChecks, type SiteForChecks } from './check-config'
import { scanEpisodes } from './episode-scan'
import { runTask, type EpisodeTask, type TaskResult } from './export-worker'
import { outputHere, outputOnThread, type ExportOutput } from './export-output'
import { runPool } from './worker-pool'

export { bundleFileList } from './export-worker'

export interface FoundEpisode {
  /** Absolute path of `index.md` or the leaf file. */
  file: string
  /** The bundle folder, or null for a leaf file. */
  bundleDir: string | null
  /** Path relative to the folder the user named (for mirroring the content tree on export). */
  relative: string
  site: SiteForChecks
  /** Named itself (a file or a bundle folder given), not found by walking a folder. */
  named: boolean
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
      add({ file: abs, bundleDir: BUNDLE_INDEX.test(basename(abs)) ? dirname(abs) : null, relative: basename(abs), site, named: true })
      continue
    }
    const entries = await readdir(abs, { withFileTypes: true })
    const index = entries.find((e) => e.isFile() && BUNDLE_INDEX.test(e.name))
    if (index) {
      add({ file: join(abs, index.name), bundleDir: abs, relative: `${basename(abs)}/${index.name}`, site, named: true })
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
        add({ file, bundleDir: c.bundle ? dirname(file) : null, relative: rel, site, named: false })
      }
    }
  }
  return out
}

export interface BatchOptions {
  /**
   * Worker threads to use beside this one; 0 runs everything in this thread. Default: in Electron, one per core (at
   * most 8) from 24 episodes up; elsewhere, one per 2,000 episodes on cores this thread and the output thread leave.
   */
  workers?: number
  onProgress?: (done: number, total: number, result: TaskResult) => void
  /** An output thread started early (see `exportEpisodes`), used for a folder export; whoever started it closes it. */
  output?: ExportOutput
}

// A worker thread first loads the renderer and then runs it slowly for its first hundred or so episodes while V8
// compiles it: about a second of work before it pays off. At ~1 ms an episode, that is worth it from a few thousand.
const EPISODES_PER_WORKER = 2000
// From this many episodes, the output thread takes the html cleaning and the file writing off the rendering thread.
const OUTPUT_THREAD_FROM = 24
// Episodes handed to the output thread at once (to read, then to finish): it reads ahead of the rendering and
// finishes behind it, so neither waits on the other's slow moments. More (256, 512) was slower: the thread then reads
// hundreds of episodes up front while the finished ones pile up behind them.
const OUTPUT_LEAD = 64

/**
 * Runs the tasks and returns their results in the tasks' order. In Node (the command line, web mode) this thread
 * renders, with workers beside it only for very large batches, and an output thread finishes and writes; in
 * Electron's main process it only hands out work to workers, so the window stays responsive.
 */
export async function runTasks(tasks: EpisodeTask[], options: BatchOptions = {}): Promise<TaskResult[]> {
  const pool = { worker: 'export-worker', threshold: 24, inThreadConcurrency: 8, maxChunk: 16 }
  if (process.versions.electron) return runPool(tasks, { ...options, ...pool, inThread: (task) => runTask(task) })
  const wanted = tasks.length >= OUTPUT_THREAD_FROM && tasks[0].kind === 'export'
  const output = (wanted && (options.output ?? outputOnThread())) || outputHere
  // Workers only on cores nothing else uses: this thread has one, the output thread (when there is one) another.
  const spareCores = availableParallelism() - (output === outputHere ? 1 : 2)
  const workers = options.workers ?? Math.max(0, Math.min(7, spareCores, Math.floor(tasks.length / EPISODES_PER_WORKER)))
  // With an output thread, this thread renders up to OUTPUT_LEAD episodes ahead of it instead of waiting on each.
  const inThreadConcurrency = output === outputHere ? pool.inThreadConcurrency : OUTPUT_LEAD
  try {
    return await runPool(tasks, { ...options, ...pool, inThreadConcurrency, workers, helpInThread: true, inThread: (task) => runTask(task, output) })
  } finally {
    if (output !== options.output) await output.close()
  }
}
