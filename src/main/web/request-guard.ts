// Who may talk to the web-mode server: only this machine's browser, on our own host name and port, holding the
// run's random token (no DNS rebinding, no cross-site calls, no other local user's page).
import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export const tokenCookie = 'shownotes_token'

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
}

export function tokenFromCookie(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === tokenCookie) return value.join('=')
  }
  return null
}

/** Returns why a request must be refused (answered 403), or null when it may proceed. */
export function refusal(headers: IncomingHttpHeaders, url: URL, token: string, port: number): string | null {
  const hosts = allowedHosts(port)
  if (!headers.host || !hosts.has(headers.host)) return 'Refused: this server only answers to 127.0.0.1 or localhost.'
  const origin = headers.origin
  if (origin !== undefined && ![...hosts].some((h) => origin === `http://${h}`)) return 'Refused: requests from other sites are not allowed.'
  const fetchSite = headers['sec-fetch-site']
  if (fetchSite === 'cross-site') return 'Refused: requests from other sites are not allowed.'
  const given = url.searchParams.get('token') ?? (headers['x-shownotes-token'] as string | undefined) ?? tokenFromCookie(headers.cookie)
  if (!given || !sameSecret(given, token)) return 'Refused: open the address printed by `shownotes serve`; it carries the access token.'
  return null
}
