// The `app://` protocol's answers, checked without Electron's binary: the renderer, and workspace media with HTTP
// Range (206, 416) so the audio player can seek in the desktop app too.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))
const { appProtocolHandler } = await import('../../../src/main/electron/app-protocol')

const base = mkdtempSync(join(tmpdir(), 'shownotes-protocol-'))
mkdirSync(join(base, 'renderer'))
mkdirSync(join(base, 'site'))
writeFileSync(join(base, 'renderer/index.html'), '<!doctype html><title>Shownotes</title>')
writeFileSync(join(base, 'site/talk.flac'), 'fLaC-0123456789')
const handle = appProtocolHandler(() => ({ rendererDir: join(base, 'renderer'), workspaceRoot: join(base, 'site'), csp: () => "default-src 'self'" }))
const ask = (path: string, headers: Record<string, string> = {}) => handle(new Request(`app://shownotes${path}`, { headers }))

describe('app protocol', () => {
  it('serves the renderer with its policy', async () => {
    const res = await ask('/index.html')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'")
  })

  it('serves workspace audio whole, saying it takes ranges', async () => {
    const res = await ask('/media/talk.flac')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('audio/flac')
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(await res.text()).toBe('fLaC-0123456789')
  })

  it('answers a Range with 206 and those bytes, a suffix range too', async () => {
    const middle = await ask('/media/talk.flac', { range: 'bytes=5-8' })
    expect(middle.status).toBe(206)
    expect(middle.headers.get('content-range')).toBe('bytes 5-8/15')
    expect(await middle.text()).toBe('0123')
    const last = await ask('/media/talk.flac', { range: 'bytes=-3' })
    expect(last.headers.get('content-range')).toBe('bytes 12-14/15')
    expect(await last.text()).toBe('789')
  })

  it('answers an unsatisfiable range with 416 and the size', async () => {
    const res = await ask('/media/talk.flac', { range: 'bytes=15-20' })
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe('bytes */15')
  })
})
