// The episode list of a big site in real Chromium: only the rows in view are in the page, yet every episode can be
// reached (scrolling, the arrow keys, the filter); a long Japanese title shows whole on hover; the sidebar is
// resized by dragging its edge (or with the keys) and keeps its width after a reload; the header names the site.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSettings } from '../../src/main/services/settings'
import { tempDir, writeTree, episodeText } from '../fixtures/site'
import { artifacts, openApp, openEpisode, type Session } from './helpers'

const count = 400
const path = (n: number) => `content/talk/${String(n).padStart(4, '0')}/index.md`
const longTitle = '#400 ポッドキャストの編集作業を全部自動化するまでの長い長い道のりと、その途中で学んだこと'
let s: Session
let site: { dir: string; cleanup: () => void }

beforeAll(async () => {
  site = tempDir('shownotes-list-')
  const files: Record<string, string> = { 'hugo.toml': 'title = "バイト通りラジオ"\nbaseURL = "https://example.org/"\n' }
  for (let n = 1; n <= count; n++) {
    const date = new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
    files[path(n)] = episodeText({ number: n, date: `${date}T20:30:00+09:00`, title: n === count ? longTitle : undefined })
  }
  writeTree(site.dir, files)
  s = await openApp({ folder: site.dir })
  await s.page.locator('button.episode').first().waitFor()
})
afterAll(async () => {
  await s?.close()
  site?.cleanup()
})

const focusedPath = () => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? null)

describe('a 400-episode list', () => {
  it('names the site by its title and puts only the rows in view into the page', async () => {
    expect(await s.page.getByTestId('site-title').textContent()).toBe('バイト通りラジオ')
    const rows = await s.page.locator('button.episode').count()
    expect(rows).toBeGreaterThan(5)
    expect(rows).toBeLessThan(60)
    // Newest first: the last episode leads, and the first sits at the bottom, rendered once scrolled to.
    expect(await s.page.locator('button.episode').first().getAttribute('data-path')).toBe(path(count))
    expect(await s.page.locator(`button[data-path="${path(1)}"]`).count()).toBe(0)
    await s.page.locator('.episode-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight))
    await s.page.locator(`button[data-path="${path(1)}"]`).waitFor()
    expect(await s.page.locator('button.episode').count()).toBeLessThan(60)
    await s.page.locator('.episode-scroll').evaluate((el) => (el.scrollTop = 0))
  })

  it('shows a long title whole on hover, not the path', async () => {
    const button = s.page.locator(`button[data-path="${path(count)}"]`)
    await button.hover()
    expect(await button.getAttribute('title')).toBe(longTitle)
  })

  it('moves through every episode with the arrow keys, End and Home', async () => {
    await s.page.locator('.episode-list .filter').focus()
    await s.page.keyboard.press('ArrowDown')
    expect(await focusedPath()).toBe(path(count))
    await s.page.keyboard.press('End')
    await expect.poll(focusedPath).toBe(path(1))
    await s.page.keyboard.press('ArrowUp')
    await expect.poll(focusedPath).toBe(path(2))
    await s.page.keyboard.press('Home')
    await expect.poll(focusedPath).toBe(path(count))
  })

  it('opens an episode scrolled out of view, and keeps it in view once the filter is cleared', async () => {
    await openEpisode(s.page, path(3))
    const active = s.page.locator('button.episode.active')
    expect(await active.getAttribute('data-path')).toBe(path(3))
    expect(await s.page.locator('.episode-list .filter').inputValue()).toBe('')
    await expect.poll(() => active.isVisible()).toBe(true)
    await s.page.screenshot({ path: join(artifacts, 'episode-list-long.png') })
  })

  it('is resized by dragging the sidebar’s edge and keeps the width after a reload', async () => {
    const page = s.page
    await page.getByRole('tab', { name: 'Episodes' }).click()
    const sidebar = page.locator('aside.sidebar')
    const before = (await sidebar.boundingBox())!.width
    const handle = (await page.getByTestId('sidebar-resizer').boundingBox())!
    await page.mouse.move(handle.x + handle.width / 2, handle.y + 200)
    await page.mouse.down()
    await page.mouse.move(handle.x + handle.width / 2 + 80, handle.y + 220, { steps: 4 })
    await page.mouse.move(handle.x + handle.width / 2 + 160, handle.y + 240, { steps: 4 })
    await page.mouse.up()
    expect(Math.round((await sidebar.boundingBox())!.width - before)).toBe(160)
    await page.getByTestId('sidebar-resizer').focus()
    await page.keyboard.press('ArrowRight')
    const wide = Math.round(before + 176)
    expect(Math.round((await sidebar.boundingBox())!.width)).toBe(wide)
    expect(await page.getByTestId('sidebar-resizer').getAttribute('aria-valuenow')).toBe(String(wide))
    await page.screenshot({ path: join(artifacts, 'sidebar-resized.png') })
    // Saved as the window's setting: a reload (and the next run) opens at that width.
    await expect.poll(async () => (await loadSettings(s.dataDir)).sidebarWidth).toBe(wide)
    await page.reload()
    await page.locator('button.episode').first().waitFor()
    expect(Math.round((await sidebar.boundingBox())!.width)).toBe(wide)
    // The reopened episode, far down the list, is scrolled into view.
    await expect.poll(() => page.locator(`button.episode.active[data-path="${path(3)}"]`).isVisible()).toBe(true)
  })
})
