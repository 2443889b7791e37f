// A small web site on 127.0.0.1 for the link tests and the bench: routes for every answer a link check meets, a
// record of the requests it got, and a resolver that sends any host name to it (so no test reaches the internet).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Resolver } from '../../../../src/main/services/links/network'

export type Route = (req: IncomingMessage, res: ServerResponse) => void

export interface LocalSite {
  port: number
  /** `http://<host>:<port><path>`; `host` defaults to public.test. */
  url(path: string, host?: string): string
  requests: { method: string; host: string; path: string; headers: IncomingMessage['headers'] }[]
  /** Sends every host name to this server; hosts listed in `privateHosts` count as private addresses. */
  resolver(privateHosts?: string[]): Resolver
  close(): Promise<void>
}

export async function startLocalSite(routes: Record<string, Route>, options: { delayMs?: number } = {}): Promise<LocalSite> {
  const requests: LocalSite['requests'] = []
  const sockets = new Set<import('node:net').Socket>()
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    requests.push({ method: req.method ?? '', host: (req.headers.host ?? '').replace(/:\d+$/, ''), path, headers: req.headers })
    const route = routes[path] ?? Object.entries(routes).find(([p]) => p.endsWith('*') && path.startsWith(p.slice(0, -1)))?.[1]
    const answer = () => (route ? route(req, res) : (res.writeHead(404, { 'content-type': 'text/html' }), res.end('<title>Not found</title>')))
    if (options.delayMs) setTimeout(answer, options.delayMs)
    else answer()
  })
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return {
    port,
    url: (path, host = 'public.test') => `http://${host}:${port}${path}`,
    requests,
    resolver: (privateHosts = []) => async (hostname) => ({ address: '127.0.0.1', family: 4, private: privateHosts.includes(hostname) }),
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((r) => server.close(() => r()))
    }
  }
}

export const html = (body: string, type = 'text/html; charset=utf-8'): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': type })
  res.end(body)
}
export const status = (code: number): Route => (_req, res) => {
  res.writeHead(code, { 'content-type': 'text/html' })
  res.end(`<title>${code}</title>`)
}
export const redirect = (code: number, location: string, headers: Record<string, string> = {}): Route => (_req, res) => {
  res.writeHead(code, { location, ...headers })
  res.end()
}
