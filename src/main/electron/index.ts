// The desktop app's main process: registers the `app://` protocol (renderer + confined bundle media), opens the
// hardened window, and connects IPC to the same AppCore that web mode uses.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, webContents } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppCore } from '../app-core'
import { askStartupAnswers, contentSecurityPolicy } from '../app-files'
import { appProtocolHandler } from './app-protocol'
import { createDispatcher } from '../dispatch'
import { loadSettings } from '../services/settings'
import { hardenContents, hardenSession } from './harden'
import { ipcCallChannel } from '../../shared/transport'
import { callHandler, sendEvent } from './ipc'
import { buildMenu } from './menu'
import { appOrigin, appScheme, createMainWindow, isAppUrl } from './main-window'

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = join(here, '../renderer')
const devServerUrl = process.env.ELECTRON_RENDERER_URL
const isOurs = (url: string) => isAppUrl(url, devServerUrl)

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } }])

if (!app.requestSingleInstanceLock()) app.quit()

const core = new AppCore({
  dataDir: app.getPath('userData'),
  emit: (event, payload) => sendEvent(webContents.getAllWebContents(), event, payload),
  openExternal: (url) => shell.openExternal(url),
  trash: async (absPath) => (await shell.trashItem(absPath), null),
  localRecordings: true
})

function createWindow(): BrowserWindow {
  const win = createMainWindow(join(here, '../preload/index.cjs'), join(here, '../../assets/icon.png'))
  win.once('ready-to-show', () => win.show())
  // The renderer asks before closing with unsaved text (beforeunload); main shows the native question.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Discard changes and close', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'This episode has unsaved changes.',
      detail: 'They are kept in the recovery journal, but are not saved to the file yet.'
    })
    if (choice === 0) event.preventDefault()
  })
  void win.loadURL(devServerUrl ?? `${appOrigin}/index.html`)
  return win
}

const dispatch = createDispatcher(core.handlers)

app.on('web-contents-created', (_event, contents) => {
  hardenContents(contents, { isAppUrl: isOurs, openExternal: (url) => void shell.openExternal(url) })
})

app.whenReady().then(async () => {
  hardenSession(session.defaultSession)
  // The last folder (else the sample site) opens while the window loads; the page waits for it, so it arrives with
  // that folder's episodes and the episode to reopen (see askStartupAnswers).
  const opening = core.openLast().catch(() => null)
  protocol.handle(
    appScheme,
    appProtocolHandler(() => ({
      rendererDir,
      workspaceRoot: core.info?.root ?? null,
      recordingPath: (id) => core.recordingPath(id),
      csp: async () => contentSecurityPolicy((await loadSettings(app.getPath('userData'))).iframeHosts),
      startup: () => opening.then(() => askStartupAnswers(dispatch))
    }))
  )
  ipcMain.handle(ipcCallChannel, callHandler(dispatch, isOurs))
  Menu.setApplicationMenu(buildMenu((command) => sendEvent(webContents.getAllWebContents(), 'didRequestCommand', { command })))
  createWindow()
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow())
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus())
})

// Stop the site preview (hugo server) and the watcher with the app.
app.on('before-quit', () => void core.close())

app.on('window-all-closed', () => {
  void core.close()
  if (process.platform !== 'darwin') app.quit()
})
