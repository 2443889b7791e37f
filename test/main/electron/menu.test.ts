// The desktop menu is built from the command table: every command is in it, with its name and shortcut, and a
// click sends the command's id to the window.
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { accelerator, commandLabels, commands } from '../../../src/shared/commands'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn((t) => t) }, shell: { openExternal: vi.fn() } }))
const { menuTemplate } = await import('../../../src/main/electron/menu')

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => [m, ...(Array.isArray(m.submenu) ? items(m.submenu) : [])])
}

describe('application menu from the command table', () => {
  it.each(['en', 'ja'] as const)('holds every command with its %s name and its shortcut, and a click sends its id', (lang) => {
    const run = vi.fn()
    const all = items(menuTemplate(run, false, lang))
    for (const c of commands) {
      const item = all.find((i) => i.label === commandLabels[lang][c.id])
      expect(item, c.id).toBeDefined()
      expect(item?.accelerator).toBe(accelerator(c.keys))
      ;(item?.click as () => void)()
      expect(run).toHaveBeenLastCalledWith(c.id)
    }
  })

  it('keeps the File menu in its order', () => {
    const file = menuTemplate(() => undefined, false)[0].submenu as MenuItemConstructorOptions[]
    expect(file.map((i) => i.label ?? i.type ?? i.role)).toEqual(['New Episode', 'Open Folder…', 'separator', 'Save', 'separator', 'quit'])
  })
})
