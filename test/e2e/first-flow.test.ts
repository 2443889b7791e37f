// The first real flow in real Chromium: the sample site opens, an episode opens, typing marks it unsaved and
// updates the preview, Ctrl+S writes exactly the edited text to disk; the next start reopens that episode; opening
// another folder with unsaved text asks first.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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
    expect(await img.getAttribute('src')).toBe(`/media/${s.web.server.media}/content/talk/0001-welcome/studio-desk.png`)
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

  it('reopens the episode that was open when the window closed', async () => {
    await s.page.reload()
    await s.page.locator('.cm-content').getByText('title: "#1 Welcome to Side Project Radio"').waitFor()
    await s.page.locator(`button.episode.active[data-path="${episode}"]`).waitFor()
    await s.page.getByTestId('preview').locator('h2', { hasText: 'What we talked about' }).waitFor()
    expect(await s.page.getByTestId('save-state').textContent()).toBe('Saved')
  })

  it('asks before opening another folder over unsaved text, and closes the episode when it opens', async () => {
    const other = mkdtempSync(join(tmpdir(), 'shownotes-other-'))
    cpSync('resources/sample-site', other, { recursive: true })
    await s.page.locator('.cm-line', { hasText: 'Ship small, ship often.' }).click()
    await s.page.keyboard.press('End')
    await s.page.keyboard.type(' Not saved yet.')
    await s.page.getByRole('button', { name: 'Open folder' }).click()
    const open = s.page.getByRole('dialog', { name: 'Open a site or a folder of episodes' })
    await open.getByRole('textbox').fill(other)
    await open.getByRole('button', { name: 'Open', exact: true }).click()
    const ask = s.page.getByRole('dialog', { name: 'Unsaved changes' })
    await ask.getByRole('button', { name: 'Cancel' }).click()
    expect(await s.page.getByTestId('save-state').textContent()).toBe('● Unsaved')
    expect(await s.page.locator('.workspace-name').getAttribute('title')).toBe(s.web.workspace.root)

    await s.page.getByRole('button', { name: 'Open folder' }).click()
    await open.getByRole('textbox').fill(other)
    await open.getByRole('button', { name: 'Open', exact: true }).click()
    await ask.getByRole('button', { name: 'Save and switch' }).click()
    await s.page.locator(`.workspace-name[title="${other}"]`).waitFor()
    await s.page.locator('.welcome').waitFor()
    expect(await s.page.locator('.cm-content').count()).toBe(0)
    expect(readFileSync(join(s.web.workspace.root, episode), 'utf8')).toContain('Then ship again. Not saved yet.')
    expect(readFileSync(join(other, episode), 'utf8')).not.toContain('Not saved yet.')
  })
})
