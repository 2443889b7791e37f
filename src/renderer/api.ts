// The API object for this window: the preload's bridge in Electron, the HTTP/SSE client in web mode.
import type { ShownotesApi } from '../shared/api'
import { webClient } from './web-client'

declare global {
  interface Window {
    shownotes?: ShownotesApi
  }
}

const web = window.shownotes ? null : webClient()
export const api: ShownotesApi = window.shownotes ?? (web as ReturnType<typeof webClient>).api

// Electron's `app://` protocol serves `/media/…` to its own window only; web mode's media route carries the run's
// media capability (`/media/<cap>/…`), learnt once at startup.
let mediaBase = '/media/'

/** Resolves once media addresses can be made (web mode asks its server for the capability; never rejects). */
export const apiReady: Promise<void> = web ? web.mediaBase.then((base) => void (mediaBase = base)).catch(() => undefined) : Promise.resolve()

/** The address of a workspace file (bundle image, audio) through the confined media route of either shell. */
export function mediaUrl(workspacePath: string): string {
  return mediaBase + workspacePath.split('/').map(encodeURIComponent).join('/')
}
