// Who may call the web-mode server: right Host, no foreign Origin, and the run's token.
import { describe, expect, it } from 'vitest'
import { refusal, tokenFromCookie } from '../../../src/main/web/request-guard'

const token = 'tok-123'
const port = 4321
const url = (q = '') => new URL(`http://127.0.0.1:${port}/api/call${q}`)

describe('refusal', () => {
  it('lets through our own page with the cookie, the header or the address token', () => {
    expect(refusal({ host: `127.0.0.1:${port}`, cookie: `a=b; shownotes_token=${token}` }, url(), token, port)).toBeNull()
    expect(refusal({ host: `localhost:${port}`, 'x-shownotes-token': token, origin: `http://localhost:${port}` }, url(), token, port)).toBeNull()
    expect(refusal({ host: `127.0.0.1:${port}` }, url(`?token=${token}`), token, port)).toBeNull()
  })

  it.each([
    ['no token', { host: `127.0.0.1:${port}` }, /access token/],
    ['a wrong token', { host: `127.0.0.1:${port}`, cookie: 'shownotes_token=nope' }, /access token/],
    ['a rebound host name', { host: `evil.example:${port}`, cookie: `shownotes_token=${token}` }, /only answers to 127\.0\.0\.1/],
    ['another port on the Host', { host: `127.0.0.1:9`, cookie: `shownotes_token=${token}` }, /only answers/],
    ['a foreign Origin', { host: `127.0.0.1:${port}`, origin: 'https://evil.example', cookie: `shownotes_token=${token}` }, /other sites/],
    ['a cross-site fetch', { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site', 'x-shownotes-token': token }, /other sites/],
    ['no Host at all', { cookie: `shownotes_token=${token}` }, /only answers/]
  ])('refuses %s', (_name, headers, message) => {
    expect(refusal(headers, url(), token, port)).toMatch(message)
  })

  it('reads the token out of a cookie header', () => {
    expect(tokenFromCookie('x=1; shownotes_token=abc=def; y=2')).toBe('abc=def')
    expect(tokenFromCookie(undefined)).toBeNull()
  })
})
