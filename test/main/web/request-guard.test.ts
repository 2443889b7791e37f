// Who may call the web-mode server: right Host, this exact origin, and the credential the route asks for (the
// token in a header for the API, the media capability in the path for media; neither works for the other).
import { describe, expect, it } from 'vitest'
import { refusal } from '../../../src/main/web/request-guard'

const secrets = { port: 4321, token: 'tok-123', media: 'cap-456' }
const host = `127.0.0.1:${secrets.port}`
const url = (path: string) => new URL(`http://${host}${path}`)
const api = url('/api/call')

describe('refusal', () => {
  it('lets our own page call the API with the token header', () => {
    expect(refusal({ host, 'x-shownotes-token': secrets.token, 'sec-fetch-site': 'same-origin' }, api, secrets)).toBeNull()
    expect(refusal({ host: `localhost:${secrets.port}`, 'x-shownotes-token': secrets.token, origin: `http://localhost:${secrets.port}` }, api, secrets)).toBeNull()
  })

  it('serves the printed address (typed or opened: Sec-Fetch-Site none) and the page shell without a token', () => {
    expect(refusal({ host, 'sec-fetch-site': 'none' }, url(`/?token=${secrets.token}`), secrets)).toBeNull()
    expect(refusal({ host, 'sec-fetch-site': 'none' }, url('/'), secrets)).toBeNull()
    expect(refusal({ host, 'sec-fetch-site': 'same-origin' }, url('/assets/index-abc.js'), secrets)).toBeNull()
  })

  it('serves media to the capability in the path', () => {
    expect(refusal({ host, 'sec-fetch-site': 'same-origin' }, url(`/media/${secrets.media}/content/a.png`), secrets)).toBeNull()
  })

  it.each([
    ['no token', { host }, api, /access token/],
    ['a wrong token', { host, 'x-shownotes-token': 'nope' }, api, /access token/],
    ['the token as a cookie (other ports receive cookies)', { host, cookie: `shownotes_token=${secrets.token}` }, api, /access token/],
    ['the token in the API address instead of the header', { host }, url(`/api/call?token=${secrets.token}`), /access token/],
    ['a wrong token in the page address', { host }, url('/?token=guess'), /access token/],
    ['the media capability used as the API token', { host, 'x-shownotes-token': secrets.media }, api, /access token/],
    ['the API token used as the media capability', { host, 'x-shownotes-token': secrets.token }, url(`/media/${secrets.token}/content/a.png`), /media address/],
    ['media without a capability', { host }, url('/media/content/a.png'), /media address/],
    ['a page of another local port (same-site)', { host, 'sec-fetch-site': 'same-site', 'x-shownotes-token': secrets.token }, api, /other sites/],
    ['an image on another local port (same-site)', { host, 'sec-fetch-site': 'same-site' }, url(`/media/${secrets.media}/content/a.png`), /other sites/],
    ['a cross-site fetch', { host, 'sec-fetch-site': 'cross-site', 'x-shownotes-token': secrets.token }, api, /other sites/],
    ['a rebound host name', { host: `evil.example:${secrets.port}`, 'x-shownotes-token': secrets.token }, api, /only answers to 127\.0\.0\.1/],
    ['another port on the Host', { host: '127.0.0.1:9', 'x-shownotes-token': secrets.token }, api, /only answers/],
    ['a foreign Origin', { host, origin: 'https://evil.example', 'x-shownotes-token': secrets.token }, api, /other sites/],
    ['the Origin of another local port', { host, origin: 'http://127.0.0.1:5173', 'x-shownotes-token': secrets.token }, api, /other sites/],
    ['no Host at all', { 'x-shownotes-token': secrets.token }, api, /only answers/]
  ])('refuses %s', (_name, headers, at, message) => {
    expect(refusal(headers, at, secrets)).toMatch(message)
  })
})
