// The names both ends of a transport agree on, in one place: Electron's IPC channels, web mode's routes and the
// header its token travels in.
import type { ApiEvent } from './api'

/** The one channel every call goes through (preload → `ipcMain.handle`). */
export const ipcCallChannel = 'shownotes:call'

/** The channel main sends an event on, one per event name. */
export const ipcEventChannel = (event: ApiEvent): string => `shownotes:event:${event}`

/** Web mode's API routes (the page's calls, its event stream, and the per-run session facts such as the media base). */
export const webRoutes = { call: '/api/call', events: '/api/events', session: '/api/session' } as const

/** The header the page sends web mode's token in; never a cookie, which every port of 127.0.0.1 would receive. */
export const webTokenHeader = 'x-shownotes-token'
