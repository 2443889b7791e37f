// Web mode's transport: calls are POSTs to the local server carrying the run's token in a header (never a cookie:
// every port of 127.0.0.1 would receive it), events arrive as Server-Sent Events read through fetch. Builds the same
// named-method API the Electron preload exposes.
import type { ApiEnvelope, ApiEvent, ApiEvents, ApiMethod, ShownotesApi } from '../shared/api'
import { webRoutes, webTokenHeader } from '../shared/transport'
import { openEventStream } from './event-stream'

/** An error the user can act on, carried as `{ message, code }` (the same shape the preload's client throws). */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

type Invoke = (method: ApiMethod, args: unknown) => Promise<ApiEnvelope<unknown>>
type Subscribe = <E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void

/**
 * `api.namespace.verb(args)` for any method, built on demand: the window never loads the argument schemas (the
 * server checks every call with them), which keeps the validation library out of the page's startup.
 */
function lazyClient(invoke: Invoke, subscribe: Subscribe): ShownotesApi {
  const groups = new Map<string, Record<string, (args?: unknown) => Promise<unknown>>>()
  const group = (ns: string) => {
    let g = groups.get(ns)
    if (!g) {
      const verbs = new Map<string, (args?: unknown) => Promise<unknown>>()
      g = new Proxy({} as Record<string, (args?: unknown) => Promise<unknown>>, {
        get: (_target, verb) => {
          if (typeof verb !== 'string' || verb === 'then') return undefined
          let fn = verbs.get(verb)
          if (!fn) {
            fn = async (args?: unknown) => {
              const envelope = await invoke(`${ns}.${verb}` as ApiMethod, args ?? {})
              if (envelope.ok) return envelope.value
              throw new ApiCallError(envelope.error.message, envelope.error.code)
            }
            verbs.set(verb, fn)
          }
          return fn
        }
      })
      groups.set(ns, g)
    }
    return g
  }
  return new Proxy({ on: subscribe } as unknown as ShownotesApi, {
    get: (target, ns) => (ns === 'on' ? target.on : typeof ns === 'string' && ns !== 'then' ? group(ns) : undefined)
  })
}

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
  const api = lazyClient(
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
