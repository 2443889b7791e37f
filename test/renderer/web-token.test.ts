// @vitest-environment jsdom
// Web mode's token: taken from the printed address once, removed from the address bar, kept for a reload in this tab.
import { beforeEach, describe, expect, it } from 'vitest'
import { takeToken } from '../../src/renderer/web-client'

describe('takeToken', () => {
  beforeEach(() => {
    sessionStorage.clear()
    history.replaceState(null, '', '/')
  })

  it('reads the token from the address, then removes it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc123&lang=ja#top')
    expect(takeToken()).toBe('abc123')
    expect(location.search).toBe('?lang=ja')
    expect(location.hash).toBe('#top')
    expect(location.href).not.toContain('abc123')
  })

  it('finds it again after a reload (the address no longer carries it)', () => {
    history.replaceState(null, '', '/?token=abc123')
    takeToken()
    expect(takeToken()).toBe('abc123')
  })

  it('has none when the page was opened without the printed address', () => {
    expect(takeToken()).toBeNull()
  })
})
