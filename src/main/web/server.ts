// Web mode: the same renderer and services over a local HTTP server bound to 127.0.0.1. The API is one POST
// route into the shared dispatcher, events flow over Server-Sent Events, bundle files under `/media/<cap>/…`;
// no logic lives here. Who may ask for what is request-guard.ts.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ApiEvent, ApiEvents } from '../../shared/api'
import type { StartupAnswers } from '../../shared/startup-answers'
import { webRoutes } from '../../shared/transport'
import { appFile } from '../app-files'
import type { Dispatch } from '../dispatch'
import { refusal } from './request-guard'

export interface WebServerOptions {
  dispatch: Dispatch
  rendererDir: string
  workspaceRoot: () => string | null
  /** The page's Content-Security-Policy, read afresh for each page load (settings may add player hosts). */
  csp: () => string | Promise<string>
  /** The window's startup answers, written into index.html (see `askStartupAnswers`). */
  startup?: () => Promise<StartupAnswers>
  port?: number
  token?: string
}

export interface WebServer {
  url: string
  port: number
  token: string
  /** The run's media capability: bundle files are served under `/media/<media>/…`. */
  media: string
  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void
  close(): Promise<void>
}

const maxBody = 96 * 1024 * 1024

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > maxBody) {
        reject(new Error('The request is too large.'))
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  res.end(body)
}

/** On every answer: no address of ours is ever sent to another server, and no other origin may embed our files. */
const everyAnswer = { 'referrer-policy': 'no-referrer', 'cross-origin-resource-policy': 'same-origin', 'x-content-type-options': 'nosniff' }

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const media = randomBytes(24).toString('base64url')
  const streams = new Set<ServerResponse>()
  let port = 0

  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(everyAnswer)) res.setHeader(name, value)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const why = refusal(req.headers, url, { port, token, media })
    if (why) return send(res, 403, why)
    try {
      if (url.pathname === webRoutes.session && req.method === 'GET') {
        return send(res, 200, JSON.stringify({ mediaBase: `/media/${media}/` }), { 'content-type': 'application/json', 'cache-control': 'no-store' })
      }
      if (url.pathname === webRoutes.call && req.method === 'POST') {
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Calls must be JSON.')
        let call: unknown
        try {
          call = JSON.parse(await readBody(req))
        } catch (err) {
          return send(res, 400, err instanceof Error ? err.message : 'The request body is not valid JSON.')
        }
        if (!call || typeof call !== 'object' || Array.isArray(call)) return send(res, 400, 'A call must be a JSON object: { "method": …, "args": … }.')
        const { method, args } = call as { method?: unknown; args?: unknown }
        const envelope = await options.dispatch(String(method), args)
        return send(res, 200, JSON.stringify(envelope), { 'content-type': 'application/json' })
      }
      if (url.pathname === webRoutes.events && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
        res.write(': connected\n\n')
        streams.add(res)
        req.on('close', () => streams.delete(res))
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.')
      // The guard checked the capability; the shared media route takes the workspace path after it. The startup
      // answers are written into the page only for the address that carries the (checked) token.
      const pathname = url.pathname.startsWith('/media/') ? url.pathname.replace(/^\/media\/[^/]*/, '/media') : url.pathname
      const startup = url.searchParams.has('token') ? options.startup : undefined
      const file = await appFile(pathname, { rendererDir: options.rendererDir, workspaceRoot: options.workspaceRoot(), csp: options.csp, startup, range: req.headers.range })
      return send(res, file.status, req.method === 'HEAD' ? '' : file.body, file.headers)
    } catch (err) {
      console.error(err)
      return send(res, 500, 'Something went wrong on the Shownotes server.')
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    media,
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const s of streams) s.write(frame)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end()
        streams.clear()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
