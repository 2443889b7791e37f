import { describe, it, expect, afterEach } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addRecentWorkspace, defaultSettings, loadSettings, recentWorkspaces, saveSettings } from '../../../src/main/services/settings'
import { tempDir } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))
const dir = () => {
  const d = tempDir('shownotes-data-')
  cleanups.push(d.cleanup)
  return d.dir
}

describe('settings', () => {
  it('start from the defaults', async () => {
    expect(await loadSettings(dir())).toEqual(defaultSettings)
  })

  it('keep the good fields of a damaged file', async () => {
    const d = dir()
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ autosave: true, theme: 'neon', summaryLimit: -3, iframeHosts: ['player.example.fm'] }))
    expect(await loadSettings(d)).toEqual({ ...defaultSettings, autosave: true, iframeHosts: ['player.example.fm'] })
    writeFileSync(join(d, 'settings.json'), 'not json')
    expect(await loadSettings(d)).toEqual(defaultSettings)
  })

  it('save validated fields', async () => {
    const d = dir()
    expect(await saveSettings(d, { autosave: true, theme: 'dark' })).toMatchObject({ autosave: true, theme: 'dark' })
    expect(await loadSettings(d)).toMatchObject({ autosave: true, theme: 'dark', language: 'system' })
    await expect(saveSettings(d, { theme: 'neon' as 'dark' })).rejects.toThrow()
  })

  it('remember the Images settings: 2560 px, the format kept and files processed until chosen otherwise', async () => {
    const d = dir()
    expect(await loadSettings(d)).toMatchObject({ imageMaxEdge: 2560, imageFormat: 'keep', keepOriginals: false })
    await saveSettings(d, { imageMaxEdge: 0, imageFormat: 'webp', keepOriginals: true })
    expect(await loadSettings(d)).toMatchObject({ imageMaxEdge: 0, imageFormat: 'webp', keepOriginals: true })
    await expect(saveSettings(d, { imageMaxEdge: 1.5 })).rejects.toThrow()
    await expect(saveSettings(d, { imageFormat: 'gif' as 'webp' })).rejects.toThrow()
  })

  it('remember titled paste, on until turned off', async () => {
    const d = dir()
    expect((await loadSettings(d)).titledPaste).toBe(true)
    await saveSettings(d, { titledPaste: false })
    expect((await loadSettings(d)).titledPaste).toBe(false)
  })

  it('remember the prose font, monospace until chosen', async () => {
    const d = dir()
    expect((await loadSettings(d)).proseFont).toBe('monospace')
    await saveSettings(d, { proseFont: 'proportional' })
    expect((await loadSettings(d)).proseFont).toBe('proportional')
    await expect(saveSettings(d, { proseFont: 'serif' as 'proportional' })).rejects.toThrow()
  })

  it('fetch git in the background until the host turns it off', async () => {
    const d = dir()
    expect((await loadSettings(d)).gitFetch).toBe(true)
    await saveSettings(d, { gitFetch: false })
    expect((await loadSettings(d)).gitFetch).toBe(false)
  })

  it('keep the sidebar width the host dragged, within its range', async () => {
    const d = dir()
    expect(await saveSettings(d, { sidebarWidth: 420 })).toMatchObject({ sidebarWidth: 420 })
    expect((await loadSettings(d)).sidebarWidth).toBe(420)
    await expect(saveSettings(d, { sidebarWidth: 5000 })).rejects.toThrow()
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ sidebarWidth: 12 }))
    expect((await loadSettings(d)).sidebarWidth).toBe(defaultSettings.sidebarWidth)
  })
})

describe('recent workspaces', () => {
  it('are most recent first, without repeats, at most ten, and only folders that still exist', async () => {
    const d = dir()
    const folders = Array.from({ length: 12 }, (_, i) => {
      const f = join(d, `site-${i}`)
      mkdirSync(f)
      return f
    })
    for (const f of folders) await addRecentWorkspace(d, f)
    await addRecentWorkspace(d, folders[5])
    await addRecentWorkspace(d, join(d, 'deleted-later'))
    const recent = await recentWorkspaces(d)
    expect(recent[0]).toBe(folders[5])
    expect(recent).toHaveLength(9) // ten kept, the deleted one left out
    expect(new Set(recent).size).toBe(recent.length)
    expect(recent).not.toContain(folders[0])
  })
})
