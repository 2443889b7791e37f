// The application menu (File, Edit, View, Episode, Help). Its commands' names and shortcuts come from the one
// command table (src/shared/commands.ts); a click sends the id as a `didRequestCommand` event and the UI runs it
// exactly as the keyboard shortcut.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { accelerator, command, commandLabels, listenMenu, type CommandId, type MenuCommand } from '../../shared/commands'

export function menuTemplate(run: (command: MenuCommand) => void, isMac = process.platform === 'darwin', language: 'en' | 'ja' = 'en'): MenuItemConstructorOptions[] {
  const item = (id: CommandId): MenuItemConstructorOptions => ({ label: commandLabels[language][id], accelerator: accelerator(command(id).keys), click: () => run(id) })
  // Listed with their keys but not registered: the editor handles them while you type (Esc stays the editor's).
  const listening: MenuItemConstructorOptions = {
    label: language === 'ja' ? '聴く' : 'Listening',
    submenu: listenMenu.map((c) => ({ label: c[language], accelerator: c.accelerator, registerAccelerator: false, click: () => run(c.id) }))
  }
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [item('newEpisode'), item('openFolder'), { type: 'separator' }, item('save'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }]
    },
    { label: 'Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' }, { role: 'selectAll' }, { type: 'separator' }, item('find'), item('searchSite'), { type: 'separator' }, item('insertSnippet'), item('saveSnippet')] },
    {
      label: 'View',
      submenu: [item('togglePreview'), item('toggleListen'), listening, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }]
    },
    { label: 'Episode', submenu: [item('checkEpisode'), item('quoteTranscript')] },
    { role: 'help', submenu: [{ label: 'About Hugo page bundles', click: () => void shell.openExternal('https://gohugo.io/content-management/page-bundles/') }] }
  ]
}

export function buildMenu(run: (command: MenuCommand) => void): Menu {
  return Menu.buildFromTemplate(menuTemplate(run))
}
