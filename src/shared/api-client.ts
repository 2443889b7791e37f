// Builds the named-method API object from one transport's `invoke` and `subscribe`; used by the preload and web mode.
import { apiMethods, type ApiEnvelope, type ApiEvent, type ApiEvents, type ApiMethod, type ShownotesApi } from './api'

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

export function buildClient(invoke: Invoke, subscribe: Subscribe): ShownotesApi {
  const api: Record<string, unknown> = { on: subscribe }
  for (const method of apiMethods) {
    const [ns, verb] = method.split('.') as [string, string]
    const group = (api[ns] ??= {}) as Record<string, unknown>
    group[verb] = async (args: unknown) => unwrap(await invoke(method, args ?? {}))
  }
  return api as ShownotesApi
}

export function unwrap<T>(envelope: ApiEnvelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new ApiError(envelope.error.message, envelope.error.code)
}
