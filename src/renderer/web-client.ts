// Web mode's transport: calls are POSTs to the local server (the token travels in a same-site cookie), events
// arrive over Server-Sent Events. Builds the same named-method API the Electron preload exposes.
import type { ApiEnvelope, ApiEvent, ApiEvents, ShownotesApi } from '../shared/api'
import { buildClient } from '../shared/api-client'

export function webClient(): ShownotesApi {
  let source: EventSource | null = null
  const events = () => (source ??= new EventSource('/api/events'))
  return buildClient(
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
