// Publishing speed: `shownotes check` and `shownotes export --format html` over a 1,000-episode site made of real
// episodes (the corpus's, cycled; generated ones when the corpus is absent) with a content-only layout, each run as
// its own process the way a host's CI runs it, against `hugo` building that site on this machine; the export again
// over 4,000 episodes (its cost per episode once started); plus one 25 KB episode through checkEpisode and each export.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { checkEpisode } from '../../src/shared/checks'
import { exportChapters, exportHtml, exportMarkdown } from '../../src/shared/export'
import { hugoAvailable, writeSite, type SitePage } from '../hugo-site/build-site'
import { sampleEpisode } from '../hugo-site/sample-episode'
import { childCpuMs, round, stats, timeRuns } from './timing'

/** The CLI as `shownotes` ships it: electron-vite's own build (the same config as `npm run build`), into a folder of its own. */
function bundleCli(): string {
  const dir = resolve('node_modules/.cache/shownotes-bench-publish')
  rmSync(dir, { recursive: true, force: true })
  const built = spawnSync(process.execPath, [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', dir, '--logLevel', 'error'], { encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`electron-vite build failed:\n${built.stderr}`)
  return join(dir, 'main', 'cli.js')
}

// The corpus sits beside the checkout (`../shared`, as CI has it); SHOWNOTES_CORPUS names it elsewhere.
const corpus = join(process.env.SHOWNOTES_CORPUS ?? resolve('..', 'shared/corpus'), 'episodes')

/** The corpus's episodes, in a stable order; empty when the corpus is absent. */
function corpusEpisodes(): string[] {
  if (!existsSync(corpus)) return []
  return readdirSync(corpus)
    .sort()
    .flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(corpus, d, f), 'utf8')))
}

/** `count` episodes: the corpus's real ones cycled, or generated ones (with a note) when the corpus is absent. */
function siteEpisodes(count: number): { pages: SitePage[]; from: string } {
  const real = corpusEpisodes()
  const path = (i: number) => `podcast/${String(i).padStart(4, '0')}/index.md`
  if (real.length) return { pages: Array.from({ length: count }, (_, i) => ({ path: path(i), text: real[i % real.length] })), from: `corpus (${real.length} episodes cycled)` }
  process.stdout.write(`publish bench: ${corpus} is absent; the site is made of generated episodes instead of real ones.\n`)
  return { pages: Array.from({ length: count }, (_, i) => ({ path: path(i), text: sampleEpisode(i, 4 * 1024 + (i % 8) * 3 * 1024) })), from: 'generated' }
}

/** Runs a command, timing its wall clock and its CPU (user + system, which a busy machine does not inflate). */
function timed(command: string, args: string[]): { ms: number; cpuMs: number; status: number | null; stderr: string } {
  const cpu = childCpuMs()
  const t = performance.now()
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const ms = performance.now() - t
  const after = childCpuMs()
  return { ms, cpuMs: cpu === null || after === null ? NaN : after - cpu, status: r.status, stderr: r.stderr }
}

function runCli(cli: string, args: string[]) {
  return timed(process.execPath, [cli, ...args])
}

/**
 * `count` episodes as a Hugo site with a content-only layout; `export --format html` (and `check`, with `withCheck`)
 * over it as separate processes, against `hugo` building it.
 */
function siteRuns(cli: string, count: number, withCheck: boolean): Record<string, unknown> {
  const site = mkdtempSync(join(tmpdir(), 'shownotes-bench-publish-'))
  try {
    const { pages, from } = siteEpisodes(count)
    writeSite(site, pages)
    // A content-only layout, as the export writes only the content: hugo's time is its rendering, not a theme's.
    mkdirSync(join(site, 'layouts/_default'), { recursive: true })
    for (const kind of ['single', 'list']) writeFileSync(join(site, 'layouts/_default', `${kind}.html`), '{{ .Content }}\n')
    const content = join(site, 'content')
    const check: number[] = []
    const exportHtmlRuns: number[] = []
    const hugo: number[] = []
    const cpu = { check: [] as number[], exportHtml: [] as number[], hugo: [] as number[] }
    const withHugo = hugoAvailable()
    // Rounds interleave the three so a busy machine slows each of them alike; five, as one slow round of hugo's
    // (a busy second core) can take three times the others. Each run writes into a folder of its own, never used
    // before, as a fresh CI checkout does: removing the last run's thousands of files just before made ext4 step over
    // those freed inodes for every file created (perf: a sixth of the export's CPU in ext4_create → recently_deleted).
    for (let i = 0; i < 5; i++) {
      if (withCheck) {
        const c = runCli(cli, ['check', content, '--format', 'json'])
        if (c.status !== 0 && c.status !== 1) throw new Error(`shownotes check failed:\n${c.stderr}`)
        check.push(c.ms)
        cpu.check.push(c.cpuMs)
      }
      const e = runCli(cli, ['export', content, '--format', 'html', '-o', join(site, 'exported', String(i))])
      if (e.status !== 0) throw new Error(`shownotes export failed:\n${e.stderr}`)
      exportHtmlRuns.push(e.ms)
      cpu.exportHtml.push(e.cpuMs)
      if (withHugo) {
        const h = timed('hugo', ['--quiet', '-D', '-F', '-E', '-s', site, '-d', join(site, 'public', String(i))])
        if (h.status !== 0) throw new Error(`hugo failed:\n${h.stderr}`)
        hugo.push(h.ms)
        cpu.hugo.push(h.cpuMs)
      }
    }
    const out: Record<string, unknown> = { episodes: pages.length, from, cores: availableParallelism(), ...(withCheck ? { check: stats(check) } : {}), exportHtml: stats(exportHtmlRuns) }
    if (!withHugo) return { ...out, hugo: 'not installed' }
    const version = spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout.trim().split(' ').slice(0, 2).join(' ')
    const h = stats(hugo)
    const cpuHugo = stats(cpu.hugo).median
    return {
      ...out,
      hugo: version,
      hugoBuild: h,
      ...(withCheck ? { checkRatio: round(stats(check).median / h.median) } : {}),
      exportHtmlRatio: round(stats(exportHtmlRuns).median / h.median),
      // CPU time: on a machine shared with other work, hugo's many threads win it a larger share of the cores, so
      // the wall-clock ratio moves with the load; the CPU ratio does not.
      cpuMs: { ...(withCheck ? { check: stats(cpu.check).median } : {}), exportHtml: stats(cpu.exportHtml).median, hugo: cpuHugo },
      ...(withCheck ? { checkCpuRatio: round(stats(cpu.check).median / cpuHugo) } : {}),
      exportHtmlCpuRatio: round(stats(cpu.exportHtml).median / cpuHugo)
    }
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
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

  const cli = bundleCli()
  results.site1000 = siteRuns(cli, 1000, true)
  // The same export at four times the size: what an episode costs once the start (Node, loading, V8 compiling the
  // renderer as it warms up) is paid, against hugo's cost per page.
  results.site4000 = siteRuns(cli, 4000, false)
  return results
}
