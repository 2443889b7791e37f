// One HTTP request of a link check or a title fetch, with the limits a request to any page of the web needs: to the
// address the resolver approved (no second lookup a DNS rebind could change), no cookies or credentials, a clear
// User-Agent, a timeout over the whole exchange, and at most `maxBytes` of the body read.
import http, { type IncomingHttpHeaders } from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import type { BrokenReason } from '../../../shared/links/link-result'
import type { ResolvedHost } from './network'

export const USER_AGENT = 'Shownotes/0.1 (podcast show notes editor; link check)'

// One agent per scheme for every request, without keep-alive: each request still opens its own connection to the
// address it was given (a pooled socket could lead to an address not checked), without making an agent each time.
const schemes = { 'http:': { lib: http, agent: new http.Agent({ keepAlive: false }) }, 'https:': { lib: https, agent: new https.Agent({ keepAlive: false }) } }

export interface HopRequest {
  url: URL
  method: 'HEAD' | 'GET'
  address: ResolvedHost
  timeoutMs: number
  /** Body bytes to read (0: none; the connection is closed after the headers). */
  maxBytes: number
  accept?: string
}

export interface HopAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Uint8Array
}

/** A request that got no HTTP answer, with why in the link check's words. */
export class HopError extends Error {
  constructor(
    readonly reason: BrokenReason,
    message: string
  ) {
    super(message)
  }
}

export function requestHop({ url, method, address, timeoutMs, maxBytes, accept }: HopRequest): Promise<HopAnswer> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as unknown as (e: null, list: { address: string; family: number }[]) => void)(null, [{ address: address.address, family: address.family }])
    else callback(null, address.address, address.family)
  }
  const { lib, agent } = url.protocol === 'https:' ? schemes['https:'] : schemes['http:']
  return new Promise((resolve, reject) => {
    let settled = false
    const finish = (err: HopError | null, answer?: HopAnswer) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (err) reject(err)
      else resolve(answer!)
    }
    const req = lib.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: url.pathname + url.search,
        method,
        lookup,
        agent,
        // No auth, no cookies: the URL's user:password is never sent, and Set-Cookie answers are never kept.
        headers: { 'user-agent': USER_AGENT, accept: accept ?? '*/*', 'accept-encoding': 'identity', 'accept-language': 'en, ja;q=0.8' }
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        const done = () => {
          res.destroy()
          finish(null, { status: res.statusCode ?? 0, headers: res.headers, body: new Uint8Array(Buffer.concat(chunks)) })
        }
        if (method === 'HEAD') {
          res.resume()
          return res.on('end', done)
        }
        if (maxBytes <= 0) return done()
        res.on('data', (chunk: Buffer) => {
          const room = maxBytes - size
          chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk)
          size += Math.min(chunk.length, room)
          if (size >= maxBytes) done()
        })
        res.on('end', done)
        res.on('error', (err) => finish(classify(err)))
      }
    )
    const timer = setTimeout(() => {
      finish(new HopError('timeout', `no answer within ${timeoutMs} ms`))
      req.destroy()
    }, timeoutMs)
    req.on('error', (err) => finish(classify(err)))
    req.end()
  })
}

function classify(err: Error & { code?: string }): HopError {
  const code = err.code ?? ''
  if (code === 'ECONNREFUSED') return new HopError('refused', err.message)
  if (code === 'ETIMEDOUT') return new HopError('timeout', err.message)
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA') return new HopError('dns', err.message)
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME_MISMATCH/i.test(code) || /ssl|tls|certificate/i.test(err.message)) return new HopError('tls', code || err.message)
  return new HopError('network', code || err.message)
}
