// Web mode's push events: the server's Server-Sent Events read through fetch, so the request carries the token in a
// header (EventSource cannot set headers, and the token must never travel in a URL or a cookie). Reconnects as
// EventSource does.

export interface StreamEvent {
  event: string
  data: string
}

/** The complete events in `buffer` (frames end with a blank line) and the unfinished rest. */
export function readFrames(buffer: string): { events: StreamEvent[]; rest: string } {
  const text = buffer.replace(/\r\n?/g, '\n')
  const frames = text.split('\n\n')
  const rest = frames.pop() ?? ''
  const events: StreamEvent[] = []
  for (const frame of frames) {
    let event = 'message'
    const data: string[] = []
    for (const line of frame.split('\n')) {
      if (line === '' || line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'event') event = value
      else if (field === 'data') data.push(value)
    }
    if (data.length) events.push({ event, data: data.join('\n') })
  }
  return { events, rest }
}

/** Reads `url` as an event stream for good, reconnecting a second after it ends or fails. */
export function openEventStream(url: string, headers: () => Record<string, string>, onEvent: (e: StreamEvent) => void, retryMs = 1000): void {
  const connect = async (): Promise<void> => {
    try {
      const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers() }, cache: 'no-store' })
      if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`)
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        const { events, rest } = readFrames(buffer + value)
        buffer = rest
        // One task per event, as EventSource dispatches them (a listener that throws does not stop the rest).
        for (const e of events) setTimeout(() => onEvent(e), 0)
      }
    } catch {
      // The server stopped or restarted: try again shortly, as EventSource would.
    }
    setTimeout(() => void connect(), retryMs)
  }
  void connect()
}
