// The link check against a local web site: every kind of answer a podcast's links get (fine, gone, failing, moved
// for good or for now, redirect loops, a server that never answers, a closed port), and the safety limits.
import { createServer as createHttpsServer } from 'node:https'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkLinks } from '../../../../src/main/services/links/link-checker'
import { USER_AGENT } from '../../../../src/main/services/links/http-hop'
import { html, redirect, startLocalSite, status, type LocalSite } from './local-site'
import { untrustedCert, untrustedKey } from '../../../fixtures/untrusted-cert'

let site: LocalSite
let concurrent = 0
let mostConcurrent = 0

beforeAll(async () => {
  site = await startLocalSite({
    '/ok': html('<title>Fine</title>'),
    '/404': status(404),
    '/410': status(410),
    '/500': status(500),
    '/moved': redirect(301, '/ok'),
    '/moved-twice': redirect(301, '/moved-again'),
    '/moved-again': redirect(308, '/ok'),
    '/for-now': redirect(302, '/for-now-2'),
    '/for-now-2': redirect(302, '/ok'),
    '/moved-to-gone': redirect(301, '/404'),
    '/loop': redirect(302, '/loop-2'),
    '/loop-2': redirect(302, '/loop'),
    '/many*': (req, res) => {
      const n = Number((req.url ?? '').split('/many')[1] || 0)
      res.writeHead(302, { location: `/many${n + 1}` })
      res.end()
    },
    '/hang': () => {},
    '/head-refused': (req, res) => {
      res.writeHead(req.method === 'HEAD' ? 405 : 200, { 'content-type': 'text/html' })
      res.end()
    },
    '/to-ftp': redirect(301, 'ftp://files.example.com/x'),
    '/to-intranet': (_req, res) => {
      res.writeHead(302, { location: site.url('/ok', 'intranet.test') })
      res.end()
    },
    '/cookie': redirect(302, '/ok', { 'set-cookie': 'session=secret; Path=/' }),
    '/slow*': (_req, res) => {
      concurrent++
      mostConcurrent = Math.max(mostConcurrent, concurrent)
      setTimeout(() => (concurrent--, res.writeHead(200), res.end()), 60)
    }
  })
})
afterAll(() => site.close())

const check = (paths: string[], options: Parameters<typeof checkLinks>[1] = {}) =>
  checkLinks(paths.map((p) => (p.startsWith('http') ? p : site.url(p))), { resolve: site.resolver(['intranet.test']), timeoutMs: 2000, ...options })

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

describe('checkLinks', () => {
  it('says which links work, which are gone or failing, with the status', async () => {
    const r = await check(['/ok', '/404', '/410', '/500'])
    expect([...r.values()]).toEqual([
      { kind: 'ok' },
      { kind: 'broken', reason: 'status', status: 404 },
      { kind: 'broken', reason: 'status', status: 410 },
      { kind: 'broken', reason: 'status', status: 500 }
    ])
  })

  it('gives the new address of a permanent redirect (through a chain of them), and none for a temporary one', async () => {
    const r = await check(['/moved', '/moved-twice', '/for-now', '/moved-to-gone'])
    expect(r.get(site.url('/moved'))).toEqual({ kind: 'redirected', to: site.url('/ok') })
    expect(r.get(site.url('/moved-twice'))).toEqual({ kind: 'redirected', to: site.url('/ok') })
    expect(r.get(site.url('/for-now'))).toEqual({ kind: 'ok' })
    expect(r.get(site.url('/moved-to-gone'))).toEqual({ kind: 'broken', reason: 'status', status: 404 })
  })

  it('stops at a redirect loop and after 5 redirects', async () => {
    const r = await check(['/loop', '/many0'])
    expect(r.get(site.url('/loop'))).toMatchObject({ kind: 'broken', reason: 'redirect-loop' })
    expect(r.get(site.url('/many0'))).toMatchObject({ kind: 'broken', reason: 'too-many-redirects' })
    expect(site.requests.filter((q) => q.path.startsWith('/many')).length).toBe(6)
  })

  it('gives up on a server that never answers, and says a closed port refused', async () => {
    const port = await freePort()
    const r = await check(['/hang', `http://public.test:${port}/x`], { timeoutMs: 300 })
    expect(r.get(site.url('/hang'))).toMatchObject({ kind: 'broken', reason: 'timeout' })
    expect(r.get(`http://public.test:${port}/x`)).toMatchObject({ kind: 'broken', reason: 'refused' })
  })

  it('says a site whose certificate is not trusted is a TLS failure, and sends it no request', async () => {
    let requests = 0
    const tls = createHttpsServer({ key: untrustedKey, cert: untrustedCert }, (_req, res) => (requests++, res.end('<title>x</title>')))
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r))
    try {
      const url = `https://untrusted.test:${(tls.address() as AddressInfo).port}/`
      const r = await checkLinks([url], { resolve: async () => ({ address: '127.0.0.1', family: 4, private: false }), timeoutMs: 2000 })
      expect(r.get(url)).toMatchObject({ kind: 'broken', reason: 'tls' })
      expect(requests).toBe(0)
    } finally {
      await new Promise((r) => tls.close(r))
    }
  })

  it('says a host that does not resolve is a DNS failure', async () => {
    const r = await checkLinks(['http://no-such-host.test/'], { resolve: async () => Promise.reject(new Error('getaddrinfo ENOTFOUND no-such-host.test')) })
    expect(r.get('http://no-such-host.test/')).toMatchObject({ kind: 'broken', reason: 'dns' })
  })

  it('asks with GET when a server refuses HEAD', async () => {
    const r = await check(['/head-refused'])
    expect(r.get(site.url('/head-refused'))).toEqual({ kind: 'ok' })
    expect(site.requests.filter((q) => q.path === '/head-refused').map((q) => q.method)).toEqual(['HEAD', 'GET'])
  })

  it('follows only http and https', async () => {
    const r = await check(['/to-ftp'])
    expect(r.get(site.url('/to-ftp'))).toMatchObject({ kind: 'broken', reason: 'bad-redirect', to: 'ftp://files.example.com/x' })
  })

  it('never follows a public page into a private address, but checks a private link written in the notes', async () => {
    const r = await check(['/to-intranet', site.url('/ok', 'intranet.test')])
    expect(r.get(site.url('/to-intranet'))).toMatchObject({ kind: 'broken', reason: 'private-redirect', to: site.url('/ok', 'intranet.test') })
    expect(r.get(site.url('/ok', 'intranet.test'))).toEqual({ kind: 'ok' })
    // One request reached the intranet host: the direct link's; the redirect was never followed.
    expect(site.requests.filter((q) => q.host === 'intranet.test')).toHaveLength(1)
  })

  it('sends a clear User-Agent and no cookies or credentials', async () => {
    await check(['/cookie', site.url('/ok').replace('http://', 'http://me:secret@')])
    const sent = site.requests.filter((q) => q.path === '/cookie' || q.path === '/ok').slice(-3)
    for (const q of sent) {
      expect(q.headers['user-agent']).toBe(USER_AGENT)
      expect(q.headers.cookie).toBeUndefined()
      expect(q.headers.authorization).toBeUndefined()
    }
  })

  it('asks one host a few things at once, never more', async () => {
    mostConcurrent = 0
    const r = await check(Array.from({ length: 20 }, (_, i) => `/slow${i}`), { perHost: 3 })
    expect([...r.values()].every((x) => x.kind === 'ok')).toBe(true)
    expect(mostConcurrent).toBe(3)
  })

  it('leaves links unchecked once the overall time is up', async () => {
    const r = await check(['/ok'], { overallMs: -1 })
    expect(r.get(site.url('/ok'))).toEqual({ kind: 'unchecked' })
  })
})
