// "Before publishing" in real Chromium: a broken episode shows its status and problems in the Publish view, a quick
// fix repairs one (undoable), the Export dialog previews Markdown and HTML (with platform counts), copies, and
// writes the files to a folder; Preview on site runs hugo, opens the page and says why when the site fails to build.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, editorText, openApp, openEpisode, type Session } from './helpers'

let s: Session
const broken = 'content/talk/0004-guest/index.md'
const outDir = mkdtempSync(join(tmpdir(), 'shownotes-export-'))

const brokenText = `---
title: ""
date: 2027-04-01T21:00:00+09:00
draft: false
summary: "A guest joins us to talk about the side project that became a shop."
---
## Guest of the week

{{< figure src="guest-photo.png" title="Our guest" >}}

{{< figure src="studio.png" title="The studio" numbered="true" >}}

- 00:00 Intro
- 03:10 The guest's project
- 15:00 Wrap-up
`

beforeAll(async () => {
  s = await openApp()
  const root = s.web.workspace.root
  mkdirSync(join(root, 'content/talk/0004-guest/photos'), { recursive: true })
  copyFileSync(join(root, 'content/talk/0001-welcome/studio-desk.png'), join(root, 'content/talk/0004-guest/photos/studio.png'))
  writeFileSync(join(root, broken), brokenText)
  await s.page.locator(`button[data-path="${broken}"]`).waitFor()
  await openEpisode(s.page, broken)
})
afterAll(() => s?.close())

describe('Ready to publish', () => {
  it('shows when the episode goes live and its problems grouped by severity', async () => {
    await s.page.getByTestId('publish').click()
    const panel = s.page.getByTestId('publish-panel')
    await expect.poll(() => panel.getByTestId('publish-status').textContent()).toContain('Scheduled — goes live 2027-04-01 21:00 +09:00')
    const errors = panel.locator('.check-group[data-severity="error"]')
    await errors.getByText('The title is empty').waitFor()
    await errors.getByText('"guest-photo.png" is not in this episode').waitFor()
    expect(await errors.locator('.check-item').count()).toBe(3)
    await panel.locator('.check-group[data-severity="info"]').getByText('it will appear on 2027-04-01 21:00 +09:00').waitFor()
    // The bundle's files are listed after the episode opens; the checks then offer the figure's fix too.
    await panel.getByRole('button', { name: 'Use "photos/studio.png"' }).waitFor()
    expect(await s.page.getByTestId('publish').locator('.tab-badge').textContent()).toBe('3')
    await s.page.screenshot({ path: join(artifacts, 'publish-view.png') })
  })

  it('goes to a problem when it is clicked', async () => {
    await s.page.getByTestId('publish-panel').getByText('"guest-photo.png" is not in this episode').click()
    const line = await s.page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent)
    expect(line).toBe('{{< figure src="guest-photo.png" title="Our guest" >}}')
  })

  it('applies a quick fix as one edit that undo takes back', async () => {
    const panel = s.page.getByTestId('publish-panel')
    await panel.getByRole('button', { name: 'Use the first heading as title: "Guest of the week"' }).click()
    expect(await editorText(s.page)).toContain('title: "Guest of the week"')
    await panel.getByText('The title is empty').waitFor({ state: 'detached' })
    await s.page.keyboard.press('Control+z')
    expect(await editorText(s.page)).toContain('title: ""')
    await panel.getByText('The title is empty').waitFor()
    await panel.getByRole('button', { name: 'Use the first heading as title: "Guest of the week"' }).click()
    await panel.getByRole('button', { name: 'Use "photos/studio.png"' }).click()
    const text = await editorText(s.page)
    expect(text).toContain('title: "Guest of the week"')
    expect(text).toContain('{{< figure src="photos/studio.png" title="The studio" numbered="true" >}}')
    await expect.poll(() => panel.locator('.check-group[data-severity="error"] .check-item').count()).toBe(1)
    await s.page.keyboard.press('Control+s')
    await s.page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
  })
})

describe('Export', () => {
  it('previews the Markdown export live and copies it', async () => {
    await s.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await s.page.getByTestId('open-export').click()
    const dialog = s.page.getByTestId('export-dialog')
    const result = dialog.getByTestId('export-result')
    await expect.poll(() => result.textContent()).toContain('<figure><img src="photos/studio.png" alt="The studio">')
    expect(await result.textContent()).not.toContain('{{<')
    await dialog.getByText('Files copied alongside').waitFor()
    await dialog.getByText('Image and caption').click()
    await expect.poll(() => result.textContent()).toContain('![The studio](photos/studio.png)')
    await dialog.getByText('Title, date, summary').click()
    await expect.poll(() => result.textContent()).not.toContain('draft: false')
    await dialog.getByTestId('export-copy').click()
    await dialog.locator('.copied', { hasText: 'Copied' }).waitFor()
    const copied = await s.page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await result.textContent())
  })

  it('shows the HTML for podcast platforms with each platform’s character count', async () => {
    const dialog = s.page.getByTestId('export-dialog')
    await dialog.getByText('HTML for podcast platforms').click()
    const counts = dialog.getByTestId('platform-counts')
    await counts.waitFor()
    expect(await counts.locator('.platform-name').allTextContents()).toEqual(['Apple Podcasts', 'Spotify', 'YouTube'])
    expect(await counts.locator('[data-platform="apple"] .platform-chars').textContent()).toMatch(/^\d+ \/ 4,000$/)
    expect(await counts.locator('.over').count()).toBe(0)
    const html = await dialog.getByTestId('export-result').textContent()
    expect(html).toContain('Guest of the week')
    expect(html).not.toContain('<img')
  })

  it('writes the Markdown export of the episode to a folder, with progress and a summary', async () => {
    const dialog = s.page.getByTestId('export-dialog')
    await dialog.getByText('Markdown', { exact: true }).click()
    await dialog.getByText('<figure> HTML').click()
    await dialog.getByText('Keep', { exact: true }).click()
    await s.page.screenshot({ path: join(artifacts, 'export-dialog.png') })
    await dialog.getByTestId('export-outdir').fill(outDir)
    await dialog.getByTestId('export-run').click()
    const summary = dialog.getByTestId('export-summary')
    await summary.waitFor()
    expect(await summary.locator('.export-done').textContent()).toContain(`Wrote 1 episode (2 files) to ${outDir}`)
    const md = readFileSync(join(outDir, '0004-guest/index.md'), 'utf8')
    expect(md).toContain('title: "Guest of the week"')
    expect(md).toContain('<figure><img src="photos/studio.png" alt="The studio"><figcaption>The studio</figcaption></figure>')
    expect(existsSync(join(outDir, '0004-guest/photos/studio.png'))).toBe(true)
    await s.page.screenshot({ path: join(artifacts, 'export-dialog-done.png') })
  })

  it('writes every episode as HTML for podcast platforms, mirroring the content folder', async () => {
    const dialog = s.page.getByTestId('export-dialog')
    const allOut = join(outDir, 'all')
    await dialog.getByText('HTML for podcast platforms').click()
    await dialog.getByText('All episodes (4)').click()
    await dialog.getByTestId('export-outdir').fill(allOut)
    await dialog.getByTestId('export-run').click()
    const summary = dialog.getByTestId('export-summary')
    await summary.waitFor()
    expect(await summary.locator('.export-done').textContent()).toContain(`Wrote 4 episodes (8 files) to ${allOut}`)
    for (const name of ['0001-welcome', '0002-tokyo-meetup', '0003-next-season', '0004-guest']) {
      expect(existsSync(join(allOut, `talk/${name}.html`)), name).toBe(true)
      expect(existsSync(join(allOut, `talk/${name}.youtube.txt`)), name).toBe(true)
    }
    expect(readFileSync(join(allOut, 'talk/0004-guest.html'), 'utf8')).toContain('Guest of the week')
    await s.page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
  })
})

describe('Preview on site', () => {
  it('runs hugo, opens the episode’s page and stops', async () => {
    const panel = s.page.getByTestId('publish-panel')
    const popup = s.page.context().waitForEvent('page', { timeout: 60000 })
    await panel.getByTestId('site-preview').click()
    const link = panel.getByTestId('site-url')
    await link.waitFor({ timeout: 60000 })
    const url = (await link.getAttribute('href'))!
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/talk\/0004-guest\/$/)
    await s.page.screenshot({ path: join(artifacts, 'publish-site-running.png') })
    const opened = await popup
    expect(opened.url()).toBe(url)
    await opened.close()
    const page = await fetch(url).then((r) => r.text())
    expect(page).toContain('Guest of the week')
    await panel.getByTestId('site-stop').click()
    await link.waitFor({ state: 'detached' })
    await expect.poll(() => fetch(url).then(() => 'up', () => 'down')).toBe('down')
  })

  it('shows hugo’s output when the site fails to build', async () => {
    const config = join(s.web.workspace.root, 'hugo.toml')
    writeFileSync(config, readFileSync(config, 'utf8') + '\n[broken\n')
    const panel = s.page.getByTestId('publish-panel')
    await panel.getByTestId('site-preview').click()
    const problem = panel.getByTestId('site-problem')
    await problem.waitFor({ timeout: 60000 })
    expect(await problem.locator('p').first().textContent()).toMatch(/failed|could not|error/i)
    expect((await problem.locator('pre').textContent())?.length).toBeGreaterThan(0)
    await s.page.screenshot({ path: join(artifacts, 'publish-site-failed.png') })
  })
})

describe('in Japanese', () => {
  it('says it all in Japanese', async () => {
    await s.page.locator('select.language').selectOption('ja')
    const panel = s.page.getByTestId('publish-panel')
    await expect.poll(() => panel.getByTestId('publish-status').textContent()).toContain('予約 — 2027-04-01 21:00 +09:00 に公開')
    await panel.getByRole('heading', { name: 'チェック' }).waitFor()
    // The failed build above, now in Japanese (Hugo's own output stays as Hugo printed it).
    await panel.getByTestId('site-problem').getByText('サイトを生成できませんでした。').waitFor()
    await s.page.screenshot({ path: join(artifacts, 'publish-view-ja.png') })
    await panel.getByTestId('open-export').click()
    await s.page.getByTestId('export-dialog').getByText('ポッドキャスト配信用 HTML').click()
    await s.page.getByTestId('platform-counts').waitFor()
    await s.page.screenshot({ path: join(artifacts, 'export-dialog-ja.png') })
    await s.page.emulateMedia({ colorScheme: 'dark' })
    await s.page.screenshot({ path: join(artifacts, 'export-dialog-ja-dark.png') })
    await s.page.keyboard.press('Escape')
    await s.page.getByTestId('export-dialog').waitFor({ state: 'detached' })
    await s.page.screenshot({ path: join(artifacts, 'publish-view-ja-dark.png') })
  })
})
