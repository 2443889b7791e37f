// Addresses of workspace files (bundle images, audio) through the confined media route of either shell: Electron's
// `app://` protocol serves `/media/…` to its own window only; web mode's route carries the run's media capability
// (`/media/<cap>/…`), learnt once at startup (api.ts).

import { decodePercents } from '../shared/percent-decoding'

let mediaBase = '/media/'

/** Set once by the transport before the first render. */
export function setMediaBase(base: string): void {
  mediaBase = base
}

/** The media route's prefix in this window (`/media/` or `/media/<cap>/`), for a worker that makes addresses. */
export function currentMediaBase(): string {
  return mediaBase
}

/** The address under `base` of the workspace file at `workspacePath` (forward slashes). */
export function mediaUrlUnder(base: string, workspacePath: string): string {
  return base + workspacePath.split('/').map(encodeURIComponent).join('/')
}

/** The address of the workspace file at `workspacePath` (forward slashes). */
export function mediaUrl(workspacePath: string): string {
  return mediaUrlUnder(mediaBase, workspacePath)
}

/** The workspace path an address made by `mediaUrl` points to, or null for any other address. */
export function mediaPath(src: string): string | null {
  return src.startsWith(mediaBase) ? decodePercents(src.slice(mediaBase.length)) : null
}
