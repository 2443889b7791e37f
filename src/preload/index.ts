// The bridge between the sandboxed window and main: exposes the named API methods only, over one IPC channel.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
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
