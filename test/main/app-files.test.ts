// The window's Content-Security-Policy: scripts only from the app, frames only from player hosts.
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../src/main/app-files'

describe('contentSecurityPolicy', () => {
  it('allows scripts from the app only and no plugins, base or form targets', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("form-action 'none'")
  })

  it('frames the known player hosts, plus the ones a user added, over https only', () => {
    const frames = contentSecurityPolicy(['player.example.fm']).split('; ').find((d) => d.startsWith('frame-src')) ?? ''
    expect(frames.split(' ').slice(1)).toEqual(expect.arrayContaining(['https://anchor.fm', 'https://open.spotify.com', 'https://www.youtube.com', 'https://player.example.fm']))
    expect(frames).not.toMatch(/http:|\*/)
  })
})
