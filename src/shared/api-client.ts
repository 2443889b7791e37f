// Builds the named-method API object (`api.namespace.verb(args)`) from one transport's `invoke` and `subscribe`;
// the one builder and the one error class of the Electron preload and web mode.
import type { ApiEnvelope, ApiEvent, ApiEvents, ApiMethod, ShownotesApi } from './api'

/** An error the user can act on, carried across a transport as `{ message, code }`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export type Invoke = (method: ApiMethod, args: unknown) => Promise<ApiEnvelope<unknown>>
export type Subscribe = <E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void
type Verb = (args?: unknown) => Promise<unknown>

export function unwrap<T>(envelope: ApiEnvelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new ApiError(envelope.error.message, envelope.error.code)
}

/**
 * With `methods` (the preload, whose object contextBridge copies), a plain object holding those methods. Without
 * (web mode), each method is made on first use: the page then never loads the argument schemas behind the method
 * list (the server checks every call with them), which keeps the validation library out of its startup.
 */
export function buildClient(invoke: Invoke, subscribe: Subscribe, methods?: readonly ApiMethod[]): ShownotesApi {
  const verb = (method: string): Verb => async (args) => unwrap(await invoke(method as ApiMethod, args ?? {}))
  if (methods) {
    const api: Record<string, unknown> = { on: subscribe }
    for (const method of methods) {
      const [ns, name] = method.split('.') as [string, string]
      ;((api[ns] ??= {}) as Record<string, Verb>)[name] = verb(method)
    }
    return api as ShownotesApi
  }
  const groups = new Map<string, Record<string, Verb>>()
  const group = (ns: string) => {
    let g = groups.get(ns)
    if (!g) {
      const verbs = new Map<string, Verb>()
      g = new Proxy({} as Record<string, Verb>, {
        get: (_target, name) => {
          if (typeof name !== 'string' || name === 'then') return undefined
          if (!verbs.has(name)) verbs.set(name, verb(`${ns}.${name}`))
          return verbs.get(name)
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
