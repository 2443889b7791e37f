// Locks down every web contents and session: no navigation away, no new windows, no permissions, no webviews;
// links the user clicks open in the system browser, and only for http, https and mailto.
import type { Session, WebContents } from 'electron'
import { isExternalUrl } from '../../shared/external-url'

export function hardenContents(contents: WebContents, options: { isAppUrl: (url: string) => boolean; openExternal: (url: string) => void }): void {
  contents.on('will-navigate', (event, url) => {
    if (options.isAppUrl(url)) return
    event.preventDefault()
    if (isExternalUrl(url)) options.openExternal(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (!options.isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrl(url)) options.openExternal(url)
    return { action: 'deny' }
  })
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.on('will-download', (event) => event.preventDefault())
}
