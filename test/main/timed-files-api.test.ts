// The bundle's chapters.json and transcript.vtt through the API: read and written beside the notes, a write refused
// when the file changed on disk since the window read it, leaf files and other names refused; chapters.json kept in
// step with the notes on save only when the site's .shownotes.yaml asks; speaker names remembered per site.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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
  const core = new AppCore({ dataDir: mkdtempSync(join(tmpdir(), 'shownotes-timed-')), emit: vi.fn() })
  cores.push(core)
  const call = createDispatcher(core.handlers, () => undefined)
  const site = await core.open()
  return { call, root: site.root, bundle: join(site.root, 'content/talk/0001-welcome') }
}

const episode = 'content/talk/0001-welcome/index.md'
const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<v Mika>Hello\n'

describe('bundle.readTimedFile and bundle.writeTimedFile', () => {
  it('write a new transcript.vtt beside the notes and read it back', async () => {
    const { call, bundle } = await opened()
    expect(await call('bundle.readTimedFile', { episode, name: 'transcript.vtt' })).toEqual({ ok: true, value: null })
    expect(await call('bundle.writeTimedFile', { episode, name: 'transcript.vtt', text: vtt, expect: null })).toEqual({ ok: true, value: { ok: true } })
    expect(readFileSync(join(bundle, 'transcript.vtt'), 'utf8')).toBe(vtt)
    expect(await call('bundle.readTimedFile', { episode, name: 'transcript.vtt' })).toEqual({ ok: true, value: vtt })
  })

  it('refuse to write over a file that changed on disk since it was read, leaving it as it is', async () => {
    const { call, bundle } = await opened()
    writeFileSync(join(bundle, 'transcript.vtt'), 'WEBVTT\n\nco-host edit\n')
    const result = await call('bundle.writeTimedFile', { episode, name: 'transcript.vtt', text: vtt, expect: 'WEBVTT\n' })
    expect(result).toMatchObject({ ok: false, error: { code: 'timed-file-changed' } })
    expect(readFileSync(join(bundle, 'transcript.vtt'), 'utf8')).toBe('WEBVTT\n\nco-host edit\n')
    // A transcript imported where none was read: one that appeared meanwhile is not replaced either.
    expect(await call('bundle.writeTimedFile', { episode, name: 'transcript.vtt', text: vtt, expect: null })).toMatchObject({ ok: false, error: { code: 'timed-file-changed' } })
  })

  it('refuse a text that is not the format the name promises, writing nothing', async () => {
    const { call, bundle } = await opened()
    expect(await call('bundle.writeTimedFile', { episode, name: 'transcript.vtt', text: '<script>', expect: null })).toMatchObject({ ok: false, error: { code: 'transcript-unreadable' } })
    expect(await call('bundle.writeTimedFile', { episode, name: 'chapters.json', text: '{"chapters": 1}', expect: null })).toMatchObject({ ok: false, error: { code: 'chapters-unreadable' } })
    expect(existsSync(join(bundle, 'transcript.vtt')) || existsSync(join(bundle, 'chapters.json'))).toBe(false)
  })

  it('refuse other file names, leaf files and paths outside the site', async () => {
    const { call, root } = await opened()
    expect(await call('bundle.writeTimedFile', { episode, name: 'index.md', text: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    writeFileSync(join(root, 'content/talk/leaf.md'), '---\ntitle: Leaf\n---\n')
    expect(await call('bundle.readTimedFile', { episode: 'content/talk/leaf.md', name: 'transcript.vtt' })).toMatchObject({ ok: false, error: { code: 'not-a-bundle' } })
    const json = '{"chapters": [{"startTime": 0, "title": "Intro"}]}'
    expect(await call('bundle.writeTimedFile', { episode: '../../outside/index.md', name: 'chapters.json', text: json })).toMatchObject({ ok: false, error: { code: 'path-refused' } })
  })
})

describe('chapters.json on save', () => {
  const notes = (read: string) => `${read.trimEnd()}\n\n## Chapters\n\n- 00:00 Intro\n- 01:02 Setup\n`

  it('is written from the notes when .shownotes.yaml says chaptersJson: true', async () => {
    const { call, root, bundle } = await opened()
    writeFileSync(join(root, '.shownotes.yaml'), 'chaptersJson: true\n')
    const file = (await call('episode.read', { path: episode })) as { ok: true; value: { text: string; hash: string } }
    expect(await call('episode.save', { path: episode, text: notes(file.value.text), baseHash: file.value.hash })).toMatchObject({ ok: true, value: { ok: true } })
    const json = JSON.parse(readFileSync(join(bundle, 'chapters.json'), 'utf8'))
    expect(json).toEqual({ version: '1.2.0', title: '#1 Welcome to Side Project Radio', chapters: [{ startTime: 0, title: 'Intro' }, { startTime: 62, title: 'Setup' }] })
  })

  it('is left alone when the site does not ask for it', async () => {
    const { call, bundle } = await opened()
    const file = (await call('episode.read', { path: episode })) as { ok: true; value: { text: string; hash: string } }
    await call('episode.save', { path: episode, text: notes(file.value.text), baseHash: file.value.hash })
    expect(existsSync(join(bundle, 'chapters.json'))).toBe(false)
  })
})

describe('speaker names', () => {
  it('are remembered for the site, the latest names first', async () => {
    const { call } = await opened()
    expect(await call('speakers.get', {})).toEqual({ ok: true, value: { names: [], byId: {} } })
    await call('speakers.remember', { byId: { SPEAKER_00: 'Mika', SPEAKER_01: 'Sam' } })
    await call('speakers.remember', { byId: { SPEAKER_01: ' Kato ', SPEAKER_02: '' } })
    expect(await call('speakers.get', {})).toEqual({ ok: true, value: { names: ['Kato', 'Mika', 'Sam'], byId: { SPEAKER_00: 'Mika', SPEAKER_01: 'Kato' } } })
  })
})
