// The first real flow in real Chromium: the sample site opens, an episode opens, typing marks it unsaved and
// updates the preview, Ctrl+S writes exactly the edited text to disk.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, openApp, type Session } from './helpers'

let s: Session
const episode = 'content/talk/0001-welcome/index.md'

beforeAll(async () => {
  s = await openApp()
})
afterAll(() => s?.close())

describe('web mode in Chromium', () => {
  it('opens the sample site and lists its episodes with number, date and status', async () => {
    const list = s.page.getByRole('navigation', { name: 'Episodes' })
    await list.getByText('#1 Welcome to Side Project Radio').waitFor()
    expect(await list.locator('button.episode').count()).toBe(3)
    const welcome = list.locator(`button[data-path="${episode}"]`)
    expect(await welcome.locator('.episode-number').textContent()).toBe('#1')
    expect(await welcome.locator('.episode-date').textContent()).toBe('2025-01-10')
    expect(await welcome.locator('.status').textContent()).toBe('published')
    expect(await list.locator('button[data-path="content/talk/0003-next-season/index.md"] .status').textContent()).toBe('draft')
  })

  it('opens an episode in the editor with its preview beside it', async () => {
    await s.page.locator(`button[data-path="${episode}"]`).click()
    await s.page.locator('.cm-content').getByText('title: "#1 Welcome to Side Project Radio"').waitFor()
    const preview = s.page.getByTestId('preview')
    await preview.locator('h2', { hasText: 'What we talked about' }).waitFor()
    const img = preview.locator('figure img')
    await img.waitFor()
    expect(await img.getAttribute('src')).toBe('/media/content/talk/0001-welcome/studio-desk.png')
    await s.page.waitForFunction(() => (document.querySelector('.preview figure img') as HTMLImageElement | null)?.naturalWidth === 800)
    expect(await s.page.getByTestId('save-state').textContent()).toBe('Saved')
    await s.page.screenshot({ path: join(artifacts, 'main-window.png') })
  })

  it('marks typing as unsaved, shows it in the preview, and saves it with Ctrl+S', async () => {
    const line = s.page.locator('.cm-line', { hasText: 'Ship small, ship often.' })
    await line.click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.type(' Then ship again.')
    await s.page.getByTestId('preview').getByText('Then ship again.').waitFor()
    expect(await s.page.getByTestId('save-state').textContent()).toBe('● Unsaved')
    await s.page.keyboard.press('Control+s')
    await s.page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
    const onDisk = readFileSync(join(s.web.workspace.root, episode), 'utf8')
    const original = readFileSync('resources/sample-site/' + episode, 'utf8')
    expect(onDisk).toBe(original.replace('> Ship small, ship often.', '> Ship small, ship often. Then ship again.'))
  })
})
