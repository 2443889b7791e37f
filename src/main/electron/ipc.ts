// The Electron transport: one `ipcMain.handle` channel into the shared dispatcher, answering only the app's own
// frames, and events sent to the window. No logic lives here.
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import type { ApiEvent, ApiEvents } from '../../shared/api'
import { ipcEventChannel } from '../../shared/transport'
import type { Dispatch } from '../dispatch'

export function callHandler(dispatch: Dispatch, isAppUrl: (url: string) => boolean) {
  return async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frameUrl = event.senderFrame?.url ?? ''
    if (!isAppUrl(frameUrl) || event.senderFrame?.parent) {
      return { ok: false, error: { message: 'Refused: this call did not come from the Shownotes window.', code: 'sender-refused' } }
    }
    return dispatch(String(method), args)
  }
}

export function sendEvent<E extends ApiEvent>(contents: WebContents[], event: E, payload: ApiEvents[E]): void {
  for (const c of contents) if (!c.isDestroyed()) c.send(ipcEventChannel(event), payload)
}
