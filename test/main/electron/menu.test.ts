// The View menu opens the Listen panel with its shortcut and lists the listening keys without registering them,
// so Esc and the F-keys stay the editor's (it gives Esc up to completion and search).
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn() }, shell: { openExternal: vi.fn() } }))
const { menuTemplate } = await import('../../../src/main/electron/menu')

describe('View menu', () => {
  it('toggles the Listen panel and lists the listening keys, unregistered', () => {
    const run = vi.fn()
    const view = menuTemplate(run, false).find((m) => m.label === 'View')!
    const items = view.submenu as Electron.MenuItemConstructorOptions[]
    const panel = items.find((i) => i.label === 'Listen Panel')!
    expect(panel.accelerator).toBe('CmdOrCtrl+Shift+A')
    ;(panel.click as () => void)()
    expect(run).toHaveBeenCalledWith('toggleListen')
    const listening = (items.find((i) => i.label === 'Listening')!.submenu as Electron.MenuItemConstructorOptions[])
    expect(listening.map((i) => i.accelerator)).toEqual(['Esc', 'F1', 'F2', 'F3', 'F4', 'CmdOrCtrl+J'])
    expect(listening.every((i) => i.registerAccelerator === false)).toBe(true)
    ;(listening[5].click as () => void)()
    expect(run).toHaveBeenLastCalledWith('listenStamp')
  })
})
