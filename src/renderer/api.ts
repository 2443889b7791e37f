// The API object for this window: the preload's bridge in Electron, the HTTP/SSE client in web mode.
import type { ShownotesApi } from '../shared/api'
import { webClient } from './web-client'

declare global {
  interface Window {
    shownotes?: ShownotesApi
  }
}

export const api: ShownotesApi = window.shownotes ?? webClient()

/** The address of a workspace file (bundle image, audio) through the confined media route of either shell. */
export function mediaUrl(workspacePath: string): string {
  return '/media/' + workspacePath.split('/').map(encodeURIComponent).join('/')
}
