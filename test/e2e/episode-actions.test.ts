// Episode actions and settings in real Chromium: rename a bundle folder from the ⋯ menu (and the open episode
// with its unsaved text), duplicate, delete with Undo; recovered text compared with the file on disk; autosave
// writing the file without Save; settings (theme, limit, autosave) still there after a reload.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, editorText, openApp, openEpisode, type Session } from './helpers'

let s: Session
const root = () => s.web.workspace.root
const row = (path: string) => s.page.locator('.episode-list li', { has: s.page.locator(`button.episode[data-path="${path}"]`) })

beforeAll(async () => {
  s = await openApp()
  await s.page.locator('button.episode').first().waitFor()
})
afterAll(() => s?.close())

async function openMenu(page: Page, path: string): Promise<void> {
  await row(path).hover()
  await row(path).locator('.episode-more').click()
  await page.getByRole('menu').waitFor()
}

async function rename(page: Page, path: string, name: string): Promise<void> {
  await openMenu(page, path)
  await page.getByRole('menuitem', { name: 'Rename…' }).click()
  const input = page.getByTestId('rename-input')
  expect(await input.inputValue()).toBe(path.split('/').at(-2))
  await input.fill(name)
  await input.press('Enter')
}

describe('episode actions', () => {
  it('renames an episode folder from its ⋯ menu; the list and the disk show the new name', async () => {
    const page = s.page
    await openMenu(page, 'content/talk/0002-tokyo-meetup/index.md')
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(['Rename…', 'Duplicate', 'Delete'])
    await page.screenshot({ path: join(artifacts, 'episode-menu.png') })
    await page.keyboard.press('Escape')
    await page.getByRole('menu').waitFor({ state: 'detached' })

    await rename(page, 'content/talk/0002-tokyo-meetup/index.md', '0002-tokyo-meetup-report')
    await page.locator('button.episode[data-path="content/talk/0002-tokyo-meetup-report/index.md"]').waitFor()
    expect(await page.locator('button.episode[data-path="content/talk/0002-tokyo-meetup/index.md"]').count()).toBe(0)
    expect(existsSync(join(root(), 'content/talk/0002-tokyo-meetup-report/meetup-gear.png'))).toBe(true)
    expect(existsSync(join(root(), 'content/talk/0002-tokyo-meetup'))).toBe(false)
  })

  it('refuses a name with a slash and says why, before touching the disk', async () => {
    const page = s.page
    await rename(page, 'content/talk/0003-next-season/index.md', 'talk/3')
    await page.getByRole('dialog').getByRole('alert').filter({ hasText: 'cannot contain' }).waitFor()
    await page.keyboard.press('Escape')
    expect(existsSync(join(root(), 'content/talk/0003-next-season/index.md'))).toBe(true)
  })

  it('renames the open episode from a right-click and keeps it open with its unsaved text', async () => {
    const page = s.page
    await openEpisode(page, 'content/talk/0001-welcome/index.md')
    await page.locator('.cm-line', { hasText: 'Ship small, ship often.' }).click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Renamed while typing.')
    await row('content/talk/0001-welcome/index.md').click({ button: 'right' })
    await page.getByRole('menuitem', { name: 'Rename…' }).click()
    await page.getByTestId('rename-input').fill('0001-hello')
    await page.getByRole('button', { name: 'Rename', exact: true }).click()
    await page.locator('button.episode.active[data-path="content/talk/0001-hello/index.md"]').waitFor()
    expect(await editorText(page)).toContain('Ship small, ship often. Renamed while typing.')
    expect(await page.getByTestId('save-state').textContent()).toBe('● Unsaved')
    await page.keyboard.press('Control+s')
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
    expect(readFileSync(join(root(), 'content/talk/0001-hello/index.md'), 'utf8')).toContain('Ship small, ship often. Renamed while typing.')
    expect(existsSync(join(root(), 'content/talk/0001-welcome'))).toBe(false)
    expect(await page.getByTestId('conflict-bar').count()).toBe(0)
  })

  it('duplicates an episode into a new bundle and opens the copy', async () => {
    const page = s.page
    await openMenu(page, 'content/talk/0003-next-season/index.md')
    await page.getByRole('menuitem', { name: 'Duplicate' }).click()
    const copy = 'content/talk/0003-next-season-copy/index.md'
    await page.locator(`button.episode.active[data-path="${copy}"]`).waitFor()
    await page.locator('.cm-content').getByText('#4 Plans for the next season (copy)').waitFor()
    expect(readFileSync(join(root(), copy), 'utf8')).toContain('draft: true')
    expect(readFileSync(join(root(), 'content/talk/0003-next-season/index.md'), 'utf8')).not.toContain('(copy)')
  })

  it('deletes an episode after asking; Undo puts its folder back and the open text with its unsaved typing', async () => {
    const page = s.page
    const copy = 'content/talk/0003-next-season-copy/index.md'
    // The end of the last line ("- [x] Book the studio"; the file ends with a line break).
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type(' Typed before deleting.')
    await page.getByTestId('save-state').filter({ hasText: 'Unsaved' }).waitFor()
    await openMenu(page, copy)
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete this episode?' })
    await dialog.getByText('will be moved to the trash').waitFor()
    await dialog.getByText('Undo, while its bar shows, brings them back too.').waitFor()
    await dialog.getByRole('button', { name: 'Move to trash' }).click()
    const bar = page.getByTestId('deleted-bar')
    await bar.getByText('Deleted “#4 Plans for the next season (copy)”.').waitFor()
    await page.locator(`button.episode[data-path="${copy}"]`).waitFor({ state: 'detached' })
    expect(existsSync(join(root(), 'content/talk/0003-next-season-copy'))).toBe(false)
    expect(existsSync(join(root(), '.trash'))).toBe(false) // web mode's trash is in the data folder, out of git's way
    // It was open: the editor closed with it.
    expect(await page.locator('.cm-content').count()).toBe(0)
    await page.screenshot({ path: join(artifacts, 'episode-deleted-bar.png') })

    await bar.getByRole('button', { name: 'Undo' }).click()
    await page.locator(`button.episode[data-path="${copy}"]`).waitFor()
    expect(existsSync(join(root(), copy))).toBe(true)
    // Back as it was before the delete: unsaved, and the file on disk without the typing until saved.
    await page.getByTestId('save-state').filter({ hasText: 'Unsaved' }).waitFor()
    await page.locator('.cm-content').press('Control+End')
    await page.locator('.cm-content').getByText('Book the studio Typed before deleting.').waitFor()
    expect(readFileSync(join(root(), copy), 'utf8')).not.toContain('Typed before deleting.')
    await page.keyboard.press('Control+s')
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
    expect(readFileSync(join(root(), copy), 'utf8')).toContain('Book the studio Typed before deleting.')
  })
})

describe('recovered text', () => {
  it('compares recovered text with the file on disk, then restores it', async () => {
    const page = s.page
    const path = 'content/talk/0003-next-season/index.md'
    const disk = readFileSync(join(root(), path), 'utf8')
    await page.evaluate(
      ([path, text]) => fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json', 'x-shownotes-token': sessionStorage.getItem('shownotes.token') ?? '' }, body: JSON.stringify({ method: 'recovery.journal', args: { path, text, baseHash: null } }) }),
      [path, disk + '\nText from before the crash.\n']
    )
    await page.reload()
    const bar = page.getByTestId('recovery-bar')
    await bar.getByRole('button', { name: 'Compare' }).click()
    const compare = page.getByRole('dialog', { name: 'Recovered text beside the file on disk' })
    const sides = compare.getByTestId('compare').locator('pre')
    expect(await sides.nth(0).textContent()).toContain('Text from before the crash.')
    expect(await sides.nth(1).textContent()).toBe(disk)
    await page.screenshot({ path: join(artifacts, 'recovery-compare.png') })
    await compare.getByRole('button', { name: 'Restore' }).click()
    await page.getByTestId('preview').getByText('Text from before the crash.').waitFor()
    expect(await bar.count()).toBe(0)
    expect(await page.getByTestId('save-state').textContent()).toBe('● Unsaved')
    await page.keyboard.press('Control+s')
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
  })
})

describe('settings', () => {
  it('turns autosave on: typing reaches the file without pressing Save', async () => {
    const page = s.page
    await page.getByTestId('settings-button').click()
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByTestId('settings').waitFor()
    expect(await dialog.getByRole('switch', { name: 'Save to the file automatically' }).isChecked()).toBe(false)
    await page.screenshot({ path: join(artifacts, 'settings-dialog.png') })
    await dialog.getByText('Save to the file automatically').click()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })

    const path = 'content/talk/0001-hello/index.md'
    await openEpisode(page, path)
    await page.locator('.cm-line', { hasText: 'Renamed while typing.' }).click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Saved by itself.')
    await expect.poll(() => readFileSync(join(root(), path), 'utf8'), { timeout: 8000 }).toContain('Renamed while typing. Saved by itself.')
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
  })

  it('refuses a player host that is not a host name and says which line', async () => {
    const page = s.page
    await page.getByTestId('settings-button').click()
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByRole('textbox').fill('https://player.example.com/embed/1\nnot a host')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.getByRole('alert').filter({ hasText: 'Line 2: “not a host”' }).waitFor()
    await page.keyboard.press('Escape')
  })

  it('keeps theme, summary limit, hosts and autosave after a reload', async () => {
    const page = s.page
    await page.getByTestId('settings-button').click()
    let dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByRole('radio', { name: 'Dark' }).click()
    await dialog.getByRole('spinbutton').fill('200')
    await dialog.getByRole('textbox').fill('https://player.example.com/embed/1')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')

    await page.reload()
    await page.locator('button.episode').first().waitFor()
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 29)')
    await page.getByTestId('settings-button').click()
    dialog = page.getByRole('dialog', { name: 'Settings' })
    expect(await dialog.getByRole('switch', { name: 'Save to the file automatically' }).isChecked()).toBe(true)
    expect(await dialog.getByRole('spinbutton').inputValue()).toBe('200')
    expect(await dialog.getByRole('textbox').inputValue()).toBe('player.example.com')
    expect(await dialog.getByRole('radio', { name: 'Dark' }).getAttribute('aria-checked')).toBe('true')
    await page.screenshot({ path: join(artifacts, 'settings-dialog-dark.png') })
    const saved = JSON.parse(readFileSync(join(s.dataDir, 'settings.json'), 'utf8'))
    expect(saved).toMatchObject({ autosave: true, theme: 'dark', summaryLimit: 200, iframeHosts: ['player.example.com'] })
  })

  it('switches the language from the settings, and it stays after a reload', async () => {
    const page = s.page
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByRole('combobox').selectOption('ja')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('tab', { name: 'エピソード' }).waitFor()
    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await page.getByRole('tab', { name: 'エピソード' }).waitFor()
    await page.getByTestId('settings-button').click()
    await page.getByRole('dialog', { name: '設定' }).waitFor()
    await page.screenshot({ path: join(artifacts, 'settings-dialog-ja.png') })
    await page.keyboard.press('Escape')
    await row('content/talk/0003-next-season/index.md').click({ button: 'right' })
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(['名前を変更…', '複製', '削除'])
    await page.screenshot({ path: join(artifacts, 'episode-menu-ja-dark.png') })
  })
})
