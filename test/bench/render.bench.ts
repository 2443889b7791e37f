// Rendering speed: a 25 KB episode (median, p95) and a 1 MB document through renderEpisode, sanitizing a rendered
// episode block by block, and `render --out` over a generated 1,000-episode site (worker threads) against `hugo`
// building the same site on this machine.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { renderEpisode } from '../../src/shared/render/render-episode'
import { createNodeSanitizer, sanitizeBlocks } from '../../src/main/services/node-sanitizer'
import { renderBatch } from '../../src/main/services/render-batch'
import type { RenderTask } from '../../src/main/services/render-worker'
import { hugoAvailable, runHugo, writeSite } from '../hugo-site/build-site'
import { sampleEpisode } from '../hugo-site/sample-episode'
import { childCpuMs, round, timeRuns } from './timing'

export default async function (): Promise<Record<string, unknown>> {
  const episode = sampleEpisode(34, 25 * 1024)
  const big = sampleEpisode(1, 1024 * 1024)
  const sanitizer = createNodeSanitizer()
  const blocks = renderEpisode(episode, { emoji: true }).blocks

  const results: Record<string, unknown> = {
    episode25k: { bytes: new TextEncoder().encode(episode).length, ...timeRuns(300, 100, () => renderEpisode(episode, { emoji: true })) },
    document1mb: { bytes: new TextEncoder().encode(big).length, ...timeRuns(10, 2, () => renderEpisode(big, { emoji: true })) },
    sanitize25k: timeRuns(300, 50, () => sanitizeBlocks(sanitizer, blocks))
  }

  // A 1,000-episode site: the same files for hugo and for `render --out`.
  const site = mkdtempSync(join(tmpdir(), 'shownotes-bench-site-'))
  try {
    const pages = Array.from({ length: 1000 }, (_, i) => ({
      path: `podcast/${String(i).padStart(4, '0')}/index.md`,
      text: sampleEpisode(i, 4 * 1024 + (i % 8) * 3 * 1024)
    }))
    writeSite(site, pages)
    const workerFile = resolve('node_modules/.cache/shownotes-bench/render-worker.mjs')
    mkdirSync(resolve(workerFile, '..'), { recursive: true })
    await build({ entryPoints: ['src/main/services/render-worker.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: workerFile, logLevel: 'error' })
    const tasks: RenderTask[] = pages.map((p) => ({ file: join(site, 'content', p.path), out: join(site, 'rendered', p.path.replace(/\.md$/, '.html')), emoji: true, iframeHosts: [] }))
    const workers = availableParallelism()
    const batch = async () => {
      rmSync(join(site, 'rendered'), { recursive: true, force: true })
      const cpu = process.cpuUsage()
      const t = performance.now()
      const r = await renderBatch(tasks, { workers, workerFile })
      if (r.some((x) => !x.ok)) throw new Error('a render failed')
      const used = process.cpuUsage(cpu)
      return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }
    }
    const hugoRun = () => {
      rmSync(join(site, 'public'), { recursive: true, force: true })
      const before = childCpuMs()
      const { ms } = runHugo(site)
      const after = childCpuMs()
      return { wall: ms, cpu: before === null || after === null ? NaN : after - before }
    }
    // Alternate the two so both see the same load on a shared machine; report medians of three runs each, wall
    // time and CPU time (the CPU time does not depend on what else the machine is doing).
    const hugo = hugoAvailable()
    const ours: { wall: number; cpu: number }[] = []
    const theirs: { wall: number; cpu: number }[] = []
    for (let i = 0; i < 3; i++) {
      ours.push(await batch())
      if (hugo) theirs.push(hugoRun())
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const wall = (xs: { wall: number }[]) => median(xs.map((x) => x.wall))
    const cpu = (xs: { cpu: number }[]) => median(xs.map((x) => x.cpu))
    const siteResult: Record<string, unknown> = {
      episodes: pages.length,
      workers,
      renderBatchMs: round(wall(ours)),
      renderBatchCpuMs: round(cpu(ours)),
      renderBatchRunsMs: ours.map((x) => round(x.wall))
    }
    if (hugo) {
      const version = /v[\d.]+/.exec(spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout)?.[0] ?? 'hugo'
      Object.assign(siteResult, {
        hugo: version,
        hugoMs: round(wall(theirs)),
        hugoCpuMs: round(cpu(theirs)),
        hugoRunsMs: theirs.map((x) => round(x.wall)),
        ratio: round(wall(ours) / wall(theirs)),
        cpuRatio: round(cpu(ours) / cpu(theirs))
      })
    } else {
      siteResult.hugo = 'not installed'
    }
    results.site1000 = siteResult
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
  return results
}
