// Web mode's transport: calls are POSTs to the local server carrying the run's token in a header (never a cookie:
// every port of 127.0.0.1 would receive it), events arrive as Server-Sent Events read through fetch. Builds the same
// named-method API the Electron preload exposes.
import type { ApiEnvelope, ApiEvent, ApiEvents, ShownotesApi } from '../shared/api'
import { buildClient } from '../shared/api-client'
import { webRoutes, webTokenHeader } from '../shared/transport'
import { openEventStream } from './event-stream'

const tokenKey = 'shownotes.token'

/**
 * The run's token: read from the printed address on the first load and then removed from the address bar (so it is
 * never shown, bookmarked or shared), kept in this tab's sessionStorage so a reload still works.
 */
export function takeToken(win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = window): string | null {
  const url = new URL(win.location.href)
  const given = url.searchParams.get('token')
  if (given) {
    win.sessionStorage.setItem(tokenKey, given)
    url.searchParams.delete('token')
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash)
    return given
  }
  return win.sessionStorage.getItem(tokenKey)
}

/** The API over HTTP, and the base of media addresses (`/media/<capability>/`, asked for once with the token). */
export function webClient(): { api: ShownotesApi; mediaBase: Promise<string> } {
  const token = takeToken()
  const headers = (): Record<string, string> => (token ? { [webTokenHeader]: token } : {})
  const listeners = new Map<string, Set<(payload: never) => void>>()
  let streaming = false
  const api = buildClient(
    async (method, args) => {
      let response: Response
      try {
        response = await fetch(webRoutes.call, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body: JSON.stringify({ method, args }) })
      } catch {
        return { ok: false, error: { message: 'The Shownotes server is not reachable. Is `shownotes serve` still running?', code: 'offline' } }
      }
      if (!response.ok) return { ok: false, error: { message: await response.text(), code: `http-${response.status}` } }
      return (await response.json()) as ApiEnvelope<unknown>
    },
    <E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => {
      if (!streaming) {
        streaming = true
        openEventStream(webRoutes.events, headers, (e) => {
          for (const l of listeners.get(e.event) ?? []) l(JSON.parse(e.data) as never)
        })
      }
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener as (payload: never) => void)
      return () => void set.delete(listener as (payload: never) => void)
    }
  )
  const mediaBase = fetch(webRoutes.session, { headers: headers() })
    .then((r) => (r.ok ? (r.json() as Promise<{ mediaBase: string }>) : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((s) => s.mediaBase)
  return { api, mediaBase }
}
