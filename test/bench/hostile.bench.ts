// Hostile and huge input, timed side by side at growing sizes so the ratio shows whether the time is linear (≈2 when
// the size doubles) or not (≈4 for quadratic): YAML front matter with N fields through `shownotes set`, `check` and
// `render`; a body line of N `[a](`; N nested `{{< alert >}}`; and typing in a 20,000-field episode in Chromium
// next to typing in a 100-field one (the typing part needs `npm run build` first; skipped without it).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { main } from '../../src/cli/index'
import { builtRendererDir, startWebMode } from '../../src/main/web/start'

const round = (ms: number) => Math.round(ms * 10) / 10

function yamlEpisode(fields: number): string {
  let text = '---\ntitle: "#1 Many fields"\ndate: 2025-01-10T20:00:00+09:00\nsummary: A hostile front matter.\n'
  for (let i = 0; i < fields; i++) text += `field${i}: value number ${i}\n`
  return text + '---\n\nThe body.\n'
}

const episodeWithBody = (body: string) => `---\ntitle: "#1 Hostile body"\ndate: 2025-01-10\nsummary: x\n---\n\n${body}\n`

/** Median wall time of `runs` runs of a CLI command on a fresh copy of `text`; also its exit code. */
async function cli(command: string, text: string, args: string[] = [], runs = 3): Promise<{ ms: number; exit: number }> {
  const site = mkdtempSync(join(tmpdir(), 'shownotes-hostile-bench-'))
  const file = join(site, 'content/talk/0001-x/index.md')
  mkdirSync(join(site, 'content/talk/0001-x'), { recursive: true })
  const times: number[] = []
  let exit = 0
  try {
    for (let i = 0; i < runs; i++) {
      writeFileSync(file, text)
      const start = performance.now()
      exit = await main([command, file, ...args], { out: () => undefined, err: () => undefined, cwd: site })
      times.push(performance.now() - start)
    }
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
  times.sort((a, b) => a - b)
  return { ms: round(times[Math.floor(times.length / 2)]), exit }
}

/** Times at each size and the ratio of each size's time to the previous one's. */
async function scale(sizes: number[], make: (n: number) => string, command: string, args: string[] = []): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  let previous: number | null = null
  for (const n of sizes) {
    const { ms, exit } = await cli(command, make(n), args)
    out[n] = { ms, exit, ...(previous ? { ratioToPrevious: Math.round((ms / previous) * 100) / 100 } : {}) }
    previous = ms
  }
  return out
}

/** Keystroke → the frame after it painted, for `count` keys typed into the title line (front matter). */
async function typingIn(fieldsList: number[], count = 30): Promise<Record<string, unknown> | string> {
  const rendererDir = process.env.SHOWNOTES_RENDERER_DIR ?? builtRendererDir()
  if (!existsSync(join(rendererDir, 'index.html'))) return 'skipped: run `npm run build` first'
  const root = mkdtempSync(join(tmpdir(), 'shownotes-hostile-typing-'))
  const site = join(root, 'site')
  for (const n of fieldsList) {
    mkdirSync(join(site, `content/talk/${n}`), { recursive: true })
    writeFileSync(join(site, `content/talk/${n}/index.md`), yamlEpisode(n))
  }
  writeFileSync(join(site, 'config.toml'), 'baseURL = "/"\n')
  const web = await startWebMode({ folder: site, dataDir: join(root, 'data'), rendererDir })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
  const out: Record<string, unknown> = {}
  try {
    for (const n of fieldsList) {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage()
      await page.goto(web.server.url)
      await page.locator(`button[data-path="content/talk/${n}/index.md"]`).click()
      await page.locator('.cm-line', { hasText: 'title: "#1 Many fields"' }).click()
      await page.waitForTimeout(1500)
      await page.evaluate(
        `(() => { window.__lat = []; window.addEventListener('keydown', (e) => { const s = e.timeStamp; requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => window.__lat.push(performance.now() - s); c.port2.postMessage(null) }) }, true) })()`
      )
      await page.keyboard.press('End')
      // A fast typist: a key every 80 ms.
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('abcdefghij'[i % 10])
        await page.waitForTimeout(80)
      }
      await page.waitForTimeout(1500)
      const times = ((await page.evaluate('window.__lat')) as number[]).slice(1).sort((a, b) => a - b)
      out[`${n} fields`] = { medianMs: round(times[Math.floor(times.length / 2)]), p95Ms: round(times[Math.floor(times.length * 0.95)]), keys: times.length }
      await page.context().close()
    }
  } finally {
    await browser.close()
    await web.close()
    rmSync(root, { recursive: true, force: true })
  }
  return out
}

export default async (): Promise<Record<string, unknown>> => {
  const fields = [10_000, 20_000, 40_000]
  return {
    unit: 'ms (median of 3 runs of the command in-process); ratioToPrevious ≈ 2 is linear, ≈ 4 quadratic',
    yamlFieldsSet: await scale(fields, yamlEpisode, 'set', ['title=#2 Renamed']),
    yamlFieldsCheck: await scale(fields, yamlEpisode, 'check'),
    yamlFieldsRender: await scale(fields, yamlEpisode, 'render'),
    linkOpenersCheck: await scale([15_000, 30_000], (n) => episodeWithBody('[a]('.repeat(n)), 'check'),
    nestedAlertsRender: await scale([2_500, 5_000], (n) => episodeWithBody('{{< alert note >}}\n'.repeat(n) + 'deep\n' + '{{< /alert >}}\n'.repeat(n)), 'render'),
    nestedAlertsCheck: await scale([2_500, 5_000], (n) => episodeWithBody('{{< alert note >}}\n'.repeat(n) + 'deep\n' + '{{< /alert >}}\n'.repeat(n)), 'check'),
    typingInFrontMatter: await typingIn([100, 20_000])
  }
}
