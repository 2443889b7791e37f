// The main window, created with the settings Electron's security checklist asks for (written out literally so
// Electronegativity can read them, and checked by tests with a mocked Electron).
import { BrowserWindow } from 'electron'

/** The renderer's origin: the app is served through the `app://` protocol, never `file://`. */
export const appScheme = 'app'
export const appOrigin = 'app://shownotes'

export function createMainWindow(preloadPath: string, iconPath?: string): BrowserWindow {
  return new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Shownotes',
    icon: iconPath,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true
    }
  })
}

/** True for addresses of the app itself (and the dev server while developing). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(appOrigin + '/')) return true
  return Boolean(devServerUrl) && url.startsWith(devServerUrl as string)
}
