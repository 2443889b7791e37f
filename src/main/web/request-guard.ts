// Who may talk to the web-mode server: only this machine's browser, on our own host name and port, from this exact
// origin (no DNS rebinding, no page of another site or another local port), holding the credential the route asks
// for: the run's token in a header for the API, the separate media capability in the path for `/media/<cap>/…`.
import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { webTokenHeader } from '../../shared/transport'

export interface Secrets {
  port: number
  /** The API token: in the printed address once, then in the `x-shownotes-token` header of every API call. */
  token: string
  /** The media capability: the first path segment of `/media/<cap>/…`; it is not an API token and vice versa. */
  media: string
}

function sameSecret(a: string | undefined | null, b: string): boolean {
  if (typeof a !== 'string') return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
}

const strangers = 'Refused: requests from other sites are not allowed.'
const noToken = 'Refused: open the address printed by `shownotes serve`; it carries the access token.'

/**
 * Returns why a request must be refused (answered 403), or null when it may proceed. Renderer files (the page
 * shell, scripts, styles) need no credential: they hold nothing of the user's. The page's startup answers are
 * written in only when the address carries the token (then checked here).
 */
export function refusal(headers: IncomingHttpHeaders, url: URL, secrets: Secrets): string | null {
  const hosts = allowedHosts(secrets.port)
  if (!headers.host || !hosts.has(headers.host)) return 'Refused: this server only answers to 127.0.0.1 or localhost.'
  const origin = headers.origin
  if (origin !== undefined && ![...hosts].some((h) => origin === `http://${h}`)) return strangers
  // Another port of 127.0.0.1 is the "same site" to a browser: only our own origin or the address bar may ask.
  const fetchSite = headers['sec-fetch-site']
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return strangers
  if (url.searchParams.has('token') && !sameSecret(url.searchParams.get('token'), secrets.token)) return noToken
  if (url.pathname.startsWith('/api/') && !sameSecret(headers[webTokenHeader] as string | undefined, secrets.token)) return noToken
  if (url.pathname.startsWith('/media/') && !sameSecret(url.pathname.split('/')[2], secrets.media)) return 'Refused: that media address is not from this run of Shownotes.'
  return null
}
