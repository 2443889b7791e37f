// Preview on site in real Chromium with the real hugo (skipped with a message when it is not installed): one
// server per site that stays stoppable after switching episodes, stopped when the page goes away (a reload), and a
// site without page layouts said so, with hugo's own line where it is seen.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, openApp, openEpisode, type Session } from './helpers'

const hasHugo = spawnSync('hugo', ['version']).status === 0
if (!hasHugo) console.log('test/e2e/site-preview: hugo is not installed; skipping.')

let s: Session
const welcome = 'content/talk/0001-welcome/index.md'
const meetup = 'content/talk/0002-tokyo-meetup/index.md'
const up = (url: string) => fetch(url).then(() => 'up', () => 'down')

beforeAll(async () => {
  if (!hasHugo) return
  s = await openApp()
  // "Preview on site" opens the page in a new tab in web mode: close those.
  s.page.context().on('page', (p) => void p.close())
  await s.page.locator('button.episode').first().waitFor()
})
afterAll(() => s?.close())

async function publishTab(): Promise<void> {
  await s.page.getByRole('tab', { name: 'Publish' }).click()
  await s.page.getByTestId('publish-panel').waitFor()
}

async function startPreview(): Promise<string> {
  const panel = s.page.getByTestId('publish-panel')
  await panel.getByTestId('site-preview').click()
  const link = panel.getByTestId('site-url')
  await link.waitFor({ timeout: 60000 })
  return (await link.getAttribute('href'))!
}

describe.skipIf(!hasHugo)('Preview on site', () => {
  it('keeps Stop after switching episodes, and Stop ends hugo', async () => {
    await openEpisode(s.page, welcome)
    await publishTab()
    const page = await startPreview()
    expect(page).toMatch(/\/talk\/0001-welcome\/$/)
    await openEpisode(s.page, meetup)
    await publishTab()
    const panel = s.page.getByTestId('publish-panel')
    expect(await panel.getByTestId('site-url').textContent()).toBe(new URL(page).origin + '/')
    await s.page.screenshot({ path: join(artifacts, 'site-preview-other-episode.png') })
    await panel.getByTestId('site-stop').click()
    await expect.poll(() => up(page)).toBe('down')
    expect(await panel.getByTestId('site-stop').count()).toBe(0)
  })

  it('stops hugo when the page goes away', async () => {
    await publishTab()
    const page = await startPreview()
    expect(await up(page)).toBe('up')
    await s.page.reload()
    await s.page.locator('button.episode').first().waitFor()
    await expect.poll(() => up(page), { timeout: 10000 }).toBe('down')
  })

  it('says a site without page layouts would show “Page Not Found”, with the fix and hugo’s line in view', async () => {
    rmSync(join(s.web.workspace.root, 'layouts'), { recursive: true, force: true })
    await publishTab()
    const panel = s.page.getByTestId('publish-panel')
    await panel.getByTestId('site-preview').click()
    const problem = panel.getByTestId('site-problem')
    await problem.waitFor({ timeout: 60000 })
    expect(await problem.textContent()).toContain('Page Not Found')
    expect(await panel.getByTestId('site-problem-fix').textContent()).toContain('layouts/_default/single.html')
    const headline = panel.getByTestId('site-problem-headline')
    expect(await headline.textContent()).toContain('found no layout file for "HTML" for kind "page"')
    const box = (await headline.boundingBox())!
    expect(box.y).toBeGreaterThan(0)
    expect(box.y + box.height).toBeLessThan(s.page.viewportSize()!.height)
    expect(await panel.getByTestId('site-stop').count()).toBe(0)
    await s.page.screenshot({ path: join(artifacts, 'site-preview-no-layout.png') })
  })
})
