// The API object for this window: the preload's bridge in Electron, the HTTP/SSE client in web mode.
import type { ShownotesApi } from '../shared/api'
import { setMediaBase } from './media-url'
import { webClient } from './web-client'

declare global {
  interface Window {
    shownotes?: ShownotesApi
    /** The desktop app's preload: the path of a file the host chose or dropped ('' when it has none). */
    shownotesFiles?: { pathOf(file: File): string }
  }
}

const web = window.shownotes ? null : webClient()
export const api: ShownotesApi = window.shownotes ?? (web as ReturnType<typeof webClient>).api

/** Resolves once media addresses can be made (web mode asks its server for the run's media capability; never rejects). */
export const apiReady: Promise<void> = web ? web.mediaBase.then(setMediaBase).catch(() => undefined) : Promise.resolve()

export { mediaUrl } from './media-url'
