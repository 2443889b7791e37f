// The web-mode server over real HTTP: refuses strangers (403), serves the renderer and confined media, and
// carries API calls and events; the token travels in a header, never a cookie.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { askStartupAnswers } from '../../../src/main/app-files'
import { createDispatcher, type Handlers } from '../../../src/main/dispatch'
import { startWebServer, type WebServer } from '../../../src/main/web/server'

let server: WebServer
let workspace: string

function get(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let data = ''
      res.on('data', (c) => (data += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }))
    })
    req.on('error', reject)
    req.end(body)
  })
}
const withToken = () => ({ 'x-shownotes-token': server.token })

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'shownotes-web-'))
  const renderer = join(base, 'renderer')
  workspace = join(base, 'site')
  mkdirSync(renderer)
  mkdirSync(join(workspace, 'content/talk/0001'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Shownotes</title>')
  writeFileSync(join(workspace, 'content/talk/0001/desk photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  writeFileSync(join(base, 'secret.txt'), 'do not serve')
  writeFileSync(join(workspace, 'content/talk/0001/episode.mp3'), 'ID3-0123456789')
  const handlers = { 'workspace.current': () => null, 'settings.get': () => ({ iframeHosts: [] }) } as unknown as Handlers
  const dispatch = createDispatcher(handlers, () => undefined)
  server = await startWebServer({ dispatch, rendererDir: renderer, workspaceRoot: () => workspace, csp: () => "default-src 'self'", startup: () => askStartupAnswers(dispatch) })
})
afterAll(() => server.close())

describe('web server', () => {
  it('binds to 127.0.0.1 and prints an address that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token.length).toBeGreaterThanOrEqual(24)
  })

  it('sets no cookie: the printed address serves the page with its startup answers, not a redirect', async () => {
    const res = await get(`/?token=${server.token}`)
    expect(res.status).toBe(200)
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(res.body).toContain('id="shownotes-startup"')
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('serves the page shell without a token (a reload), with its Content-Security-Policy and none of the user\'s data', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.body).toContain('<title>Shownotes</title>')
    expect(res.body).not.toContain('shownotes-startup')
    expect(res.headers['content-security-policy']).toBe("default-src 'self'")
  })

  it('sends no referrer and forbids other origins to embed, on every answer (refusals too)', async () => {
    for (const res of [await get('/'), await get('/api/call', {}, 'POST'), await get(`/media/${server.media}/content/talk/0001/desk%20photo.png`)]) {
      expect(res.headers['referrer-policy']).toBe('no-referrer')
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin')
    }
  })

  it('tells the token holder the media base, which is not the token', async () => {
    const res = await get('/api/session', withToken())
    expect(JSON.parse(res.body)).toEqual({ mediaBase: `/media/${server.media}/` })
    expect(server.media).not.toBe(server.token)
    expect((await get('/api/session')).status).toBe(403)
  })

  it.each([
    ['no token', {}],
    ['a wrong token', { 'x-shownotes-token': 'guess' }],
    ['the token as a cookie', { cookie: 'TOKEN' }],
    ['the media capability as the token', { 'x-shownotes-token': 'MEDIA' }],
    ['a foreign Origin', { 'x-shownotes-token': 'TOKEN', origin: 'https://evil.example' }],
    ['a page of another local port', { 'x-shownotes-token': 'TOKEN', 'sec-fetch-site': 'same-site' }],
    ['a rebound Host', { 'x-shownotes-token': 'TOKEN', host: 'attacker.example' }]
  ])('answers 403 to an API call with %s', async (_name, headers) => {
    const h: Record<string, string> = {}
    for (const [k, v] of Object.entries(headers)) h[k] = v.replace('TOKEN', server.token).replace('MEDIA', server.media)
    if (h.cookie) h.cookie = `shownotes_token=${h.cookie}`
    const api = await get('/api/call', { ...h, 'content-type': 'application/json' }, 'POST', JSON.stringify({ method: 'workspace.current', args: {} }))
    expect(api.status).toBe(403)
  })

  it('carries API calls through the dispatcher', async () => {
    const res = await get('/api/call', { ...withToken(), 'content-type': 'application/json' }, 'POST', JSON.stringify({ method: 'workspace.current', args: {} }))
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: null })
    const bad = await get('/api/call', { ...withToken(), 'content-type': 'application/json' }, 'POST', JSON.stringify({ method: 'episode.read', args: { path: 7 } }))
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
  })

  it('refuses a non-JSON call (no simple cross-site form posts)', async () => {
    const res = await get('/api/call', { ...withToken(), 'content-type': 'text/plain' }, 'POST', '{}')
    expect(res.status).toBe(415)
  })

  it('serves bundle media under the run\'s capability, sandboxed, and refuses paths outside the workspace', async () => {
    const ok = await get(`/media/${server.media}/content/talk/0001/desk%20photo.png`)
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toBe('image/png')
    expect(String(ok.headers['content-security-policy'])).toMatch(/^sandbox/)
    const escape = await get(`/media/${server.media}/..%2Fsecret.txt`)
    expect(escape.status).toBe(403)
    expect(escape.body).toMatch(/outside the workspace/)
    expect((await get(`/media/${server.media}/content/talk/0001/none.png`)).status).toBe(404)
    expect((await get('/media/content/talk/0001/desk%20photo.png', withToken())).status).toBe(403)
    expect((await get(`/media/${server.token}/content/talk/0001/desk%20photo.png`, withToken())).status).toBe(403)
  })

  it('answers Range requests for media so a player can seek (206, 416)', async () => {
    const at = `/media/${server.media}/content/talk/0001/episode.mp3`
    const part = await get(at, { range: 'bytes=4-7' })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe('bytes 4-7/14')
    expect(part.headers['content-type']).toBe('audio/mpeg')
    expect(part.body).toBe('0123')
    expect((await get(at)).headers['accept-ranges']).toBe('bytes')
    const beyond = await get(at, { range: 'bytes=14-' })
    expect(beyond.status).toBe(416)
    expect(beyond.headers['content-range']).toBe('bytes */14')
  })

  it('answers a media name too long for any file system with 400 and a sentence, not a server error', async () => {
    const res = await get(`/media/${server.media}/content/talk/0001/${'a'.repeat(5000)}.png`)
    expect(res.status).toBe(400)
    expect(res.body).toMatch(/too long/)
  })

  it.each(['null', '[]', '42', '"workspace.current"'])('answers a call whose body is %s with 400 and a sentence', async (body) => {
    const res = await get('/api/call', { ...withToken(), 'content-type': 'application/json' }, 'POST', body)
    expect(res.status).toBe(400)
    expect(res.body).toMatch(/must be a JSON object/)
  })

  it('pushes events to connected pages over Server-Sent Events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { host: `127.0.0.1:${server.port}`, ...withToken() } }, (res) => {
        let data = ''
        res.on('data', (c) => {
          data += c
          if (data.includes('connected')) server.emit('didChangeFile', { path: 'content/talk/0001/index.md', hash: 'abc' })
          if (data.includes('didChangeFile')) {
            resolve(data)
            req.destroy()
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    expect(received).toContain('event: didChangeFile\ndata: {"path":"content/talk/0001/index.md","hash":"abc"}')
  })
})
