// Recovery in real Chromium follows what the host chose: unsaved text brought back by Undo after deleting its
// episode is journaled again (a reload still offers it), and text thrown away with "Reload theirs" is never
// offered back by the recovery bar.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecoveredBuffer } from '../../src/shared/api'
import { openApp, openEpisode, type Session } from './helpers'

let s: Session
const root = () => s.web.workspace.root
const journaled = async () => ((await s.web.core.handlers['recovery.list']({})) as RecoveredBuffer[]).map((b) => [b.path, b.text])

beforeAll(async () => {
  s = await openApp()
  await s.page.locator('button.episode').first().waitFor()
})
afterAll(() => s?.close())

async function typeAtEnd(text: string): Promise<void> {
  await s.page.locator('.cm-content').click()
  await s.page.keyboard.press('Control+End')
  await s.page.keyboard.type(text)
  await s.page.getByTestId('save-state').filter({ hasText: 'Unsaved' }).waitFor()
}

describe('recovery', () => {
  it('journals the text Undo brought back after deleting the episode, so a reload offers it', async () => {
    const page = s.page
    const path = 'content/talk/0002-tokyo-meetup/index.md'
    await openEpisode(page, path)
    await typeAtEnd('Typed, deleted, undone.')
    const row = page.locator('.episode-list li', { has: page.locator(`button.episode[data-path="${path}"]`) })
    await row.hover()
    await row.locator('.episode-more').click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    await page.getByRole('dialog', { name: 'Delete this episode?' }).getByRole('button', { name: 'Move to trash' }).click()
    await page.getByTestId('deleted-bar').getByRole('button', { name: 'Undo' }).click()
    await page.locator('.cm-content').getByText('Typed, deleted, undone.').waitFor()
    await expect.poll(journaled).toContainEqual([path, expect.stringContaining('Typed, deleted, undone.')])

    await page.reload()
    const bar = page.getByTestId('recovery-bar').filter({ hasText: path })
    await bar.getByRole('button', { name: 'Restore' }).click()
    await page.locator('.cm-content').getByText('Typed, deleted, undone.').waitFor()
    await page.keyboard.press('Control+s')
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor()
    expect(readFileSync(join(root(), path), 'utf8')).toContain('Typed, deleted, undone.')
  })

  it('forgets the text discarded with "Reload theirs": no recovery bar offers it back', async () => {
    const page = s.page
    const path = 'content/talk/0001-welcome/index.md'
    await openEpisode(page, path)
    await typeAtEnd('Mine, to be thrown away.')
    await expect.poll(journaled).toContainEqual([path, expect.stringContaining('Mine, to be thrown away.')])
    const file = join(root(), path)
    writeFileSync(file, readFileSync(file, 'utf8') + '\nTheirs, from the co-host.\n')
    const conflict = page.getByTestId('conflict-bar')
    await conflict.getByRole('button', { name: 'Reload theirs' }).click()
    await page.getByTestId('preview').getByText('Theirs, from the co-host.').waitFor()
    expect(await page.getByTestId('save-state').textContent()).toBe('Saved')
    await expect.poll(journaled).toEqual([])

    await page.reload()
    await page.getByTestId('preview').getByText('Theirs, from the co-host.').waitFor()
    await page.waitForTimeout(1000)
    expect(await page.getByTestId('recovery-bar').count()).toBe(0)
  })
})
