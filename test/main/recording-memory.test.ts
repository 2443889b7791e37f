// The desktop app remembers a recording chosen from outside the site, per episode, and plays it again after a
// restart through the app protocol; web mode (a browser never gives a path) neither takes nor serves one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppCore } from '../../src/main/app-core'
import { appFile } from '../../src/main/app-files'
import { createDispatcher } from '../../src/main/dispatch'

const cores: AppCore[] = []
afterEach(async () => void (await Promise.all(cores.splice(0).map((c) => c.close()))))

const dataDir = () => mkdtempSync(join(tmpdir(), 'shownotes-recordings-data-'))
const outside = mkdtempSync(join(tmpdir(), 'shownotes-recordings-'))
const recording = join(outside, 'Episode 12 raw.wav')
writeFileSync(recording, 'RIFF-0123456789')
const episode = 'content/talk/0001-welcome/index.md'

async function opened(data: string, localRecordings: boolean) {
  const core = new AppCore({ dataDir: data, emit: vi.fn(), localRecordings })
  cores.push(core)
  await core.open()
  return { core, call: createDispatcher(core.handlers, () => undefined) }
}

const serve = (core: AppCore, url: string, range?: string) =>
  appFile(url, { rendererDir: outside, workspaceRoot: core.info!.root, csp: () => '', recordingPath: (id) => core.recordingPath(id), range })

describe('a recording from outside the site in the desktop app', () => {
  it('is remembered for the episode and plays again after a restart, seekable', async () => {
    const data = dataDir()
    const first = await opened(data, true)
    const chosen = await first.call('listen.rememberRecording', { episode, path: recording })
    expect(chosen).toMatchObject({ ok: true, value: { name: 'Episode 12 raw.wav', size: 15, url: expect.stringMatching(/^\/recording\/[0-9a-f-]{36}\/Episode%2012%20raw\.wav$/) } })
    await first.core.close()

    const again = await opened(data, true)
    const back = await again.call('listen.rememberedRecording', { episode })
    expect(back).toMatchObject({ ok: true, value: { name: 'Episode 12 raw.wav', size: 15 } })
    const url = (back as { value: { url: string } }).value.url
    expect(url).not.toBe((chosen as { value: { url: string } }).value.url)
    const part = await serve(again.core, url, 'bytes=5-8')
    expect(part.status).toBe(206)
    expect(Buffer.from(part.body).toString()).toBe('0123')
    expect(part.headers['content-type']).toBe('audio/wav')
    // Another episode has none; the previous run's address plays nothing.
    expect(await again.call('listen.rememberedRecording', { episode: 'content/talk/0002/index.md' })).toEqual({ ok: true, value: null })
    expect((await serve(again.core, (chosen as { value: { url: string } }).value.url)).status).toBe(404)
  })

  it('is forgotten quietly when the file is gone, and refused when it is not audio or not a full path', async () => {
    const { call } = await opened(dataDir(), true)
    const gone = join(outside, 'gone.mp3')
    writeFileSync(gone, 'ID3')
    await call('listen.rememberRecording', { episode, path: gone })
    rmSync(gone)
    expect(await call('listen.rememberedRecording', { episode })).toEqual({ ok: true, value: null })
    writeFileSync(join(outside, 'notes.txt'), 'secret')
    expect(await call('listen.rememberRecording', { episode, path: join(outside, 'notes.txt') })).toMatchObject({ ok: false, error: { code: 'not-media' } })
    expect(await call('listen.rememberRecording', { episode, path: 'rec.wav' })).toMatchObject({ ok: false, error: { code: 'path-refused' } })
    expect(await call('listen.rememberRecording', { episode, path: join(outside, 'missing.wav') })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await call('listen.rememberRecording', { episode: '../../etc/passwd', path: recording })).toMatchObject({ ok: false })
  })
})

describe('web mode', () => {
  it('takes no path from the window and serves no recording', async () => {
    const { core, call } = await opened(dataDir(), false)
    expect(await call('listen.rememberRecording', { episode, path: recording })).toMatchObject({ ok: false, error: { code: 'desktop-only' } })
    expect(await call('listen.rememberedRecording', { episode })).toEqual({ ok: true, value: null })
    const answer = await appFile('/recording/00000000-0000-0000-0000-000000000000/x.wav', { rendererDir: outside, workspaceRoot: core.info!.root, csp: () => '' })
    expect(answer.status).toBe(404)
  })
})
