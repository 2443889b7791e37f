// Web mode's transport: calls are POSTs to the local server (the token travels in a same-site cookie), events
// arrive over Server-Sent Events. Builds the same named-method API the Electron preload exposes.
import type { ApiEnvelope, ApiEvent, ApiEvents, ApiMethod, ShownotesApi } from '../shared/api'

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

export function webClient(): ShownotesApi {
  let source: EventSource | null = null
  const events = () => (source ??= new EventSource('/api/events'))
  return lazyClient(
    async (method, args) => {
      let response: Response
      try {
        response = await fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, args }) })
      } catch {
        return { ok: false, error: { message: 'The Shownotes server is not reachable. Is `shownotes serve` still running?', code: 'offline' } }
      }
      if (!response.ok) return { ok: false, error: { message: await response.text(), code: `http-${response.status}` } }
      return (await response.json()) as ApiEnvelope<unknown>
    },
    <E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => {
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as ApiEvents[E])
      events().addEventListener(event, handler as EventListener)
      return () => events().removeEventListener(event, handler as EventListener)
    }
  )
}
