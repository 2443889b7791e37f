// The application menu (File, Edit, View, Episode, Help). Its commands reach the UI as `didRequestCommand`
// events and run there exactly as their keyboard shortcuts do.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/api'

export function menuTemplate(run: (command: MenuCommand) => void, isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({ label, accelerator, click: () => run(command) })
  // Shown with their keys but not registered: the editor handles them, and Esc must stay the editor's when it needs it.
  const shown = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({ ...item(label, accelerator, command), registerAccelerator: false })
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New Episode', 'CmdOrCtrl+Alt+N', 'newEpisode'),
        item('Open Folder…', 'CmdOrCtrl+O', 'openFolder'),
        { type: 'separator' },
        item('Save', 'CmdOrCtrl+S', 'save'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { label: 'Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' }, item('Find and Replace', 'CmdOrCtrl+F', 'find')] },
    {
      label: 'View',
      submenu: [item('Toggle Preview', 'CmdOrCtrl+Shift+P', 'togglePreview'), item('Listen Panel', 'CmdOrCtrl+Shift+A', 'toggleListen'),
        {
          label: 'Listening',
          submenu: [
            shown('Play or Pause', 'Esc', 'listenPlay'),
            shown('Back 5 Seconds', 'F1', 'listenBack'),
            shown('Forward 5 Seconds', 'F2', 'listenForward'),
            shown('Slower', 'F3', 'listenSlower'),
            shown('Faster', 'F4', 'listenFaster'),
            shown('Stamp the Line', 'CmdOrCtrl+J', 'listenStamp')
          ]
        },
        { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }]
    },
    { label: 'Episode', submenu: [item('Check Episode', 'CmdOrCtrl+Shift+K', 'checkEpisode')] },
    { role: 'help', submenu: [{ label: 'About Hugo page bundles', click: () => void shell.openExternal('https://gohugo.io/content-management/page-bundles/') }] }
  ]
}

export function buildMenu(run: (command: MenuCommand) => void): Menu {
  return Menu.buildFromTemplate(menuTemplate(run))
}
