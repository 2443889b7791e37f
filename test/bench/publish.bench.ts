// Publishing speed: `shownotes check` and `shownotes export --format html` over a generated 1,000-episode site (the
// same site the render benchmark builds), each run as its own process the way a host's CI runs it, against `hugo`
// building that site on this machine; plus one 25 KB episode through checkEpisode and each export.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { checkEpisode } from '../../src/shared/checks'
import { exportChapters, exportHtml, exportMarkdown } from '../../src/shared/export'
import { hugoAvailable, runHugo, writeSite } from '../hugo-site/build-site'
import { sampleEpisode } from '../hugo-site/sample-episode'

const round = (ms: number) => Math.round(ms * 1000) / 1000

function stats(times: number[]): { median: number; p95: number; runs: number } {
  const sorted = [...times].sort((a, b) => a - b)
  return { median: round(sorted[Math.floor(sorted.length / 2)]), p95: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]), runs: sorted.length }
}

function timeRuns(runs: number, warmup: number, f: () => unknown) {
  for (let i = 0; i < warmup; i++) f()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    f()
    times.push(performance.now() - t)
  }
  return stats(times)
}

/**
 * The CLI bundled as `shownotes` is shipped (electron-vite's build): commands and packages loaded only when used
 * (chunks, packages from node_modules), and every `*-worker.ts` of the services built beside it as its own entry.
 */
async function bundleCli(): Promise<string> {
  const dir = resolve('node_modules/.cache/shownotes-bench-publish')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  const workers = readdirSync('src/main/services').filter((f) => f.endsWith('-worker.ts')).map((f) => [f.replace(/\.ts$/, ''), join('src/main/services', f)])
  await build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
    splitting: true,
    entryPoints: { cli: 'src/cli/index.ts', ...Object.fromEntries(workers) },
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]'
  })
  return join(dir, 'cli.js')
}

function runCli(cli: string, args: string[]): { ms: number; status: number | null; stderr: string } {
  const t = performance.now()
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return { ms: performance.now() - t, status: r.status, stderr: r.stderr }
}

export default async function (): Promise<Record<string, unknown>> {
  const episode = sampleEpisode(34, 25 * 1024)
  const results: Record<string, unknown> = {
    unit: 'ms',
    checkEpisode25k: timeRuns(100, 20, () => checkEpisode(episode, { bundleFiles: ['featured.jpg'] })),
    exportHtml25k: timeRuns(100, 20, () => exportHtml(episode)),
    exportMarkdown25k: timeRuns(100, 20, () => exportMarkdown(episode)),
    exportChapters25k: timeRuns(100, 20, () => exportChapters(episode))
  }

  const site = mkdtempSync(join(tmpdir(), 'shownotes-bench-publish-'))
  try {
    const pages = Array.from({ length: 1000 }, (_, i) => ({ path: `podcast/${String(i).padStart(4, '0')}/index.md`, text: sampleEpisode(i, 4 * 1024 + (i % 8) * 3 * 1024) }))
    writeSite(site, pages)
    const cli = await bundleCli()
    const content = join(site, 'content')
    const check: number[] = []
    const exportHtmlRuns: number[] = []
    const hugo: number[] = []
    const withHugo = hugoAvailable()
    // Rounds interleave the three so a busy machine slows each of them alike; five, as one slow round of hugo's
    // (a busy second core) can take three times the others.
    for (let i = 0; i < 5; i++) {
      const c = runCli(cli, ['check', content, '--format', 'json'])
      if (c.status !== 0 && c.status !== 1) throw new Error(`shownotes check failed:\n${c.stderr}`)
      check.push(c.ms)
      rmSync(join(site, 'exported'), { recursive: true, force: true })
      const e = runCli(cli, ['export', content, '--format', 'html', '-o', join(site, 'exported')])
      if (e.status !== 0) throw new Error(`shownotes export failed:\n${e.stderr}`)
      exportHtmlRuns.push(e.ms)
      if (withHugo) {
        rmSync(join(site, 'public'), { recursive: true, force: true })
        hugo.push(runHugo(site).ms)
      }
    }
    const site1000: Record<string, unknown> = { episodes: pages.length, cores: availableParallelism(), check: stats(check), exportHtml: stats(exportHtmlRuns) }
    if (withHugo) {
      const version = spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout.trim().split(' ').slice(0, 2).join(' ')
      const h = stats(hugo)
      Object.assign(site1000, { hugo: version, hugoBuild: h, checkRatio: round(stats(check).median / h.median), exportHtmlRatio: round(stats(exportHtmlRuns).median / h.median) })
    } else {
      site1000.hugo = 'not installed'
    }
    results.site1000 = site1000
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
  return results
}
