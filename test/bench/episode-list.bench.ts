// The episode list of a big site in Chromium (web mode): a warm page load (the server has the list indexed) to the
// first episode row on screen, index.html's size, how many rows are in the DOM, and a keystroke in the filter to
// the list showing its result. 5,000 episodes beside 1,000 as the anchor. Goals: 5,000 lists ≤ 500 ms warm,
// filtering ≤ 50 ms. Needs `npm run build` first. With SHOWNOTES_BENCH_BEFORE set to an older checkout (built, with
// node_modules), its 5,000-episode figures are measured too, side by side.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { builtRendererDir, startWebMode } from '../../src/main/web/start'
import { makeSite, tempDir } from '../fixtures/site'

const LOADS = 7
const QUERY = 'managed'

function stats(values: number[]): { median: number; p95: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]
  const round = (n: number) => Math.round(n * 10) / 10
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]), n: sorted.length }
}

// Key event → the next frame painted after it (the filter renders in the input event, before that frame), for each
// keystroke in the filter; written as plain script text (no loader helpers in the page).
const filterProbe = `(() => {
  const probe = { start: null, times: [] }
  window.__filterProbe = probe
  document.querySelector('.episode-list .filter').addEventListener('keydown', (e) => {
    const start = e.timeStamp
    probe.start = start
    requestAnimationFrame(() => setTimeout(() => {
      probe.times.push(performance.now() - start)
      probe.start = null
    }, 0))
  }, true)
})()`

async function filterTimes(page: Page): Promise<number[]> {
  await page.evaluate(filterProbe)
  const filter = page.locator('.episode-list .filter')
  await filter.focus()
  const settle = () => page.waitForFunction(() => (window as unknown as { __filterProbe: { start: number | null } }).__filterProbe.start === null)
  for (let round = 0; round < 3; round++) {
    for (const ch of QUERY) {
      await page.keyboard.press(ch)
      await settle()
    }
    for (let i = 0; i < QUERY.length; i++) {
      await page.keyboard.press('Backspace')
      await settle()
    }
  }
  return page.evaluate(() => (window as unknown as { __filterProbe: { times: number[] } }).__filterProbe.times)
}

interface AppBuild {
  startWebMode: typeof startWebMode
  rendererDir: string
}

async function measure(count: number, app: AppBuild = { startWebMode, rendererDir: builtRendererDir() }) {
  const site = tempDir('shownotes-bench-list-')
  const data = tempDir('shownotes-bench-list-data-')
  makeSite(site.dir, count)
  const web = await app.startWebMode({ folder: site.dir, dataDir: data.dir, rendererDir: app.rendererDir })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage()
    const load = async () => {
      const started = performance.now()
      const response = await page.goto(web.server.url)
      await page.locator('button.episode').first().waitFor()
      return { ms: performance.now() - started, bytes: (await response!.body()).length }
    }
    await load() // warms the server's index and the browser's cache of the built assets
    const loads: number[] = []
    let bytes = 0
    for (let i = 0; i < LOADS; i++) {
      const r = await load()
      loads.push(r.ms)
      bytes = r.bytes
    }
    const rowsInDom = await page.locator('button.episode').count()
    const filter = await filterTimes(page)
    return { episodes: count, indexHtmlKB: Math.round(bytes / 1024), rowsInDom, warmLoadToFirstRowMs: stats(loads), filterKeystrokeMs: stats(filter) }
  } finally {
    await browser.close()
    await web.close()
    site.cleanup()
    data.cleanup()
  }
}

export default async function bench(): Promise<Record<string, unknown>> {
  const anchor = await measure(1000)
  const big = await measure(5000)
  const beforeDir = process.env.SHOWNOTES_BENCH_BEFORE
  const before = beforeDir
    ? await measure(5000, {
        startWebMode: ((await import(pathToFileURL(resolve(beforeDir, 'src/main/web/start.ts')).href)) as { startWebMode: typeof startWebMode }).startWebMode,
        rendererDir: join(resolve(beforeDir), 'out/renderer')
      })
    : null
  return {
    anchor1000: anchor,
    episodes5000: big,
    ...(before && { episodes5000Before: before }),
    loadRatio5000to1000: Math.round((big.warmLoadToFirstRowMs.median / anchor.warmLoadToFirstRowMs.median) * 100) / 100,
    goals: { warmLoadMs: 500, filterMs: 50 }
  }
}
