// Benchmarks the episode workspace on a generated 1,000-episode site: `list` cold (a new process, empty cache),
// reopened (a new process with the saved index cache), warm (same process, with and without the watcher), and how
// long an outside edit takes to reach the episode list through the watcher. Targets: cold < 300 ms, warm < 50 ms,
// watcher < 100 ms.
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { EpisodeSummary } from '../../src/shared/api'
import { Workspace } from '../../src/main/services/workspace'
import { episodeText, makeSite, tempDir } from '../fixtures/site'

const run = promisify(execFile)
const EPISODES = 1000

function stats(values: number[]): { median: number; p95: number; min: number; runs: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  const round = (n: number) => Math.round(n * 10) / 10
  return { median: round(at(0.5)), p95: round(at(0.95)), min: round(sorted[0]), runs: values.length }
}

async function buildChild(outDir: string): Promise<string> {
  const { build } = await import('esbuild')
  const outfile = join(outDir, 'list-child.mjs')
  await build({
    entryPoints: [resolve(import.meta.dirname ?? __dirname, '../fixtures/list-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
  })
  return outfile
}

type ChildResult = { episodes: number; openMs: number; listMs: number; totalMs: number; sinceProcessStartMs: number }

async function child(script: string, root: string, dataDir: string): Promise<ChildResult & { wallMs: number }> {
  const started = performance.now()
  const { stdout } = await run(process.execPath, [script, root, dataDir])
  const result = JSON.parse(stdout) as ChildResult
  if (result.episodes !== EPISODES) throw new Error(`listed ${result.episodes} episodes, expected ${EPISODES}`)
  return { ...result, wallMs: performance.now() - started }
}

export default async function bench(): Promise<Record<string, unknown>> {
  const site = tempDir('shownotes-bench-site-')
  const scratch = tempDir('shownotes-bench-')
  try {
    const paths = makeSite(site.dir, EPISODES)
    const script = await buildChild(scratch.dir)

    // Cold: a new process and an empty data folder each time.
    const cold: (ChildResult & { wallMs: number })[] = []
    for (let i = 0; i < 7; i++) cold.push(await child(script, site.dir, join(scratch.dir, `cold-${i}`)))
    // Reopened: a new process that finds the index cache the previous run saved.
    const cached = join(scratch.dir, 'cached')
    await child(script, site.dir, cached)
    const reopened: (ChildResult & { wallMs: number })[] = []
    for (let i = 0; i < 7; i++) reopened.push(await child(script, site.dir, cached))

    // Warm, in this process.
    const ws = await Workspace.open(site.dir, { dataDir: join(scratch.dir, 'warm') })
    await ws.listEpisodes()
    const timeLists = async (n: number) => {
      const times: number[] = []
      for (let i = 0; i < n; i++) {
        const t = performance.now()
        await ws.listEpisodes()
        times.push(performance.now() - t)
      }
      return times
    }
    const warmRescan = await timeLists(30)

    let latest: EpisodeSummary[] = []
    const stop = ws.watch({ episodes: (list) => (latest = list), file: () => {} })
    await ws.listEpisodes()
    await ws.whenWatching()
    const warmWatched = await timeLists(30)

    // Watcher → list: an outside edit of one episode's title, until the pushed list shows it.
    const latency: number[] = []
    for (let round = 0; round < 25; round++) {
      const path = paths[(round * 37) % paths.length]
      const title = `#${round} Edited outside, round ${round}`
      const t = performance.now()
      writeFileSync(join(site.dir, path), episodeText({ number: round, title }))
      while (!latest.some((e) => e.path === path && e.title === title)) {
        if (performance.now() - t > 5000) throw new Error('the watcher did not report an outside edit within 5 s')
        await new Promise((r) => setTimeout(r, 2))
      }
      latency.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 60))
    }
    stop()
    await ws.close()

    const coldList = stats(cold.map((c) => c.totalMs))
    const warm = stats(warmRescan)
    const watcher = stats(latency)
    return {
      episodes: EPISODES,
      coldListMs: coldList,
      coldProcessWallMs: stats(cold.map((c) => c.wallMs)),
      reopenedListMs: stats(reopened.map((c) => c.totalMs)),
      warmListMs: warm,
      warmListWatchedMs: stats(warmWatched),
      watcherToListMs: watcher,
      targets: {
        coldUnder300ms: coldList.median < 300,
        warmUnder50ms: warm.median < 50,
        watcherUnder100ms: watcher.median < 100
      },
      notes:
        'cold = open + first list in a fresh node process with an empty data folder (process start-up excluded; see coldProcessWallMs); ' +
        'reopened = the same with the index cache saved by a previous run; warm = list again in the same process (a full rescan of ' +
        'folders and mtimes without the watcher; the kept index with it); watcher = outside write until the pushed list has the new title.'
    }
  } finally {
    site.cleanup()
    scratch.cleanup()
  }
}
