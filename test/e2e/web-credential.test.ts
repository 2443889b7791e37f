// Web mode's credential stays with its own page: another local server (another port of 127.0.0.1, the "same site"
// to a browser) sees no token in any request, and its page cannot load our media even knowing the address.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, openEpisode, type Session } from './helpers'

const episode = 'content/talk/0001-welcome/index.md'
const image = 'content/talk/0001-welcome/studio-desk.png'

let s: Session
let other: Server
let otherUrl: string
const seen: { url: string; headers: IncomingHttpHeaders }[] = []

beforeAll(async () => {
  s = await openApp()
  other = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    const app = `http://127.0.0.1:${s.web.server.port}`
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>Another local app</title>
      <img id="with-cap" src="${app}/media/${s.web.server.media}/${image}">
      <img id="without-cap" src="${app}/media/${image}">`)
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`
}, 60_000)
afterAll(async () => {
  await new Promise((resolve) => other?.close(resolve))
  await s?.close()
})

describe('web mode credential', () => {
  it('keeps the token out of the address bar and out of cookies, and a reload still works', async () => {
    await openEpisode(s.page, episode)
    expect(s.page.url()).not.toContain(s.web.server.token)
    expect(await s.page.context().cookies()).toEqual([])
    await s.page.reload()
    await openEpisode(s.page, episode)
    await s.page.waitForFunction(() => (document.querySelector('.preview figure img') as HTMLImageElement | null)?.naturalWidth === 800)
  })

  it('gives another local server no token in any header, and its page cannot load our media', async () => {
    // Used: the app's own page follows a link to the other server (a Referer would go along unless forbidden).
    await s.page.evaluate((url) => void (location.href = url), otherUrl)
    await s.page.waitForURL(otherUrl)
    const loaded = await s.page.evaluate(async () => {
      const images = [...document.images]
      await Promise.all(images.map((img) => img.complete || new Promise((settled) => (img.onerror = img.onload = settled))))
      return Object.fromEntries(images.map((img) => [img.id, img.naturalWidth]))
    })
    expect(loaded).toEqual({ 'with-cap': 0, 'without-cap': 0 })
    expect(seen.map((r) => r.url)).toContain('/')
    for (const request of seen) {
      const text = JSON.stringify(request)
      expect(text).not.toContain(s.web.server.token)
      expect(text).not.toContain(s.web.server.media)
      expect(request.headers.cookie).toBeUndefined()
      expect(request.headers.referer ?? '').not.toContain(`:${s.web.server.port}/`)
    }
  })

  it('refuses a same-site request even with the token, and does not take one credential for the other', async () => {
    const { port, token, media } = s.web.server
    const call = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ method: 'workspace.current', args: {} }) })
    expect((await call({ 'x-shownotes-token': token })).status).toBe(200)
    expect((await call({ 'x-shownotes-token': token, 'sec-fetch-site': 'same-site' })).status).toBe(403)
    expect((await call({ 'x-shownotes-token': media })).status).toBe(403)
    expect((await fetch(`http://127.0.0.1:${port}/media/${media}/${image}`)).status).toBe(200)
    expect((await fetch(`http://127.0.0.1:${port}/media/${token}/${image}`, { headers: { 'x-shownotes-token': token } })).status).toBe(403)
  })
})
