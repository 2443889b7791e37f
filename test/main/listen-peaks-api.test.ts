// Waveform peaks through the API: kept and found again for a chosen file and for a bundle's recording, refused
// when the window sends something that is not peaks or a path outside the site.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppCore } from '../../src/main/app-core'
import { createDispatcher } from '../../src/main/dispatch'

const cores: AppCore[] = []
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()))
})

async function opened() {
  const core = new AppCore({ dataDir: mkdtempSync(join(tmpdir(), 'shownotes-listen-')), emit: vi.fn() })
  cores.push(core)
  const call = createDispatcher(core.handlers, () => undefined)
  const site = await core.open()
  return { call, root: site.root }
}

const peaks = { rate: 20, duration: 0.2, data: 'gP8A' }

describe('listen.peaks and listen.keepPeaks', () => {
  it('find again the peaks kept for the same chosen file', async () => {
    const { call } = await opened()
    const file = { kind: 'local', name: 'ep.wav', size: 10, mtime: 1_700_000_000_000 }
    expect(await call('listen.peaks', { file })).toEqual({ ok: true, value: null })
    expect(await call('listen.keepPeaks', { file, peaks })).toEqual({ ok: true, value: { ok: true } })
    expect(await call('listen.peaks', { file })).toEqual({ ok: true, value: peaks })
    expect(await call('listen.peaks', { file: { ...file, size: 11 } })).toEqual({ ok: true, value: null })
  })

  it('know a bundle recording by the file on disk, and refuse one outside the site', async () => {
    const { call, root } = await opened()
    writeFileSync(join(root, 'content/talk/0001-welcome/rec.wav'), 'RIFF')
    const file = { kind: 'bundle', path: 'content/talk/0001-welcome/rec.wav' }
    await call('listen.keepPeaks', { file, peaks })
    expect(await call('listen.peaks', { file })).toEqual({ ok: true, value: peaks })
    const outside = await call('listen.peaks', { file: { kind: 'bundle', path: '../../etc/passwd' } })
    expect(outside.ok).toBe(false)
  })

  it('refuse what is not peaks', async () => {
    const { call } = await opened()
    const file = { kind: 'local', name: 'ep.wav', size: 10, mtime: 1 }
    for (const bad of [{ ...peaks, data: '<script>' }, { ...peaks, rate: 0 }, { ...peaks, extra: 1 }]) {
      const answer = await call('listen.keepPeaks', { file, peaks: bad })
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    }
    expect(await call('listen.peaks', { file: { kind: 'elsewhere', path: '/x' } })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
  })
})
