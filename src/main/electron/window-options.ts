// The main window's settings, hardened as Electron's security checklist asks (kept pure so tests can read them).
import type { BrowserWindowConstructorOptions } from 'electron'

/** The renderer's origin: the app is served through the `app://` protocol, never `file://`. */
export const appScheme = 'app'
export const appOrigin = 'app://shownotes'

export function mainWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
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
      safeDialogs: true,
      spellcheck: true
    }
  }
}

/** True for addresses of the app itself (and the dev server while developing). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(appOrigin + '/')) return true
  return Boolean(devServerUrl) && url.startsWith(devServerUrl as string)
}
