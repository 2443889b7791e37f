// The bridge between the sandboxed window and main: exposes the named API methods only, over one IPC channel,
// and the path of a file the host chose (for the recording the app remembers).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { apiEvents, apiMethods, type ApiEvent } from '../shared/api'
import { buildClient } from '../shared/api-client'
import { ipcCallChannel, ipcEventChannel } from '../shared/transport'

const api = buildClient(
  (method, args) => ipcRenderer.invoke(ipcCallChannel, method, args),
  (event, listener) => {
    if (!apiEvents.includes(event as ApiEvent)) throw new Error(`Unknown event "${String(event)}".`)
    const channel = ipcEventChannel(event)
    const handler = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never)
    ipcRenderer.on(channel, handler)
    return () => void ipcRenderer.removeListener(channel, handler)
  },
  apiMethods
)

contextBridge.exposeInMainWorld('shownotes', api)
// A dropped or chosen file's path (Electron no longer puts it on File), so the app can remember a recording.
contextBridge.exposeInMainWorld('shownotesFiles', { pathOf: (file: File): string => webUtils.getPathForFile(file) })
