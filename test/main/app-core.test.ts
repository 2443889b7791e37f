// AppCore answers every API call for both shells: opening the sample site or a folder, refusing what it must,
// and clearing the recovery journal once text is saved.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppCore } from '../../src/main/app-core'
import { createDispatcher } from '../../src/main/dispatch'

const cores: AppCore[] = []
function makeCore(openExternal?: (url: string) => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-core-'))
  const core = new AppCore({ dataDir, emit: vi.fn(), openExternal })
  cores.push(core)
  return { core, dataDir, call: createDispatcher(core.handlers, () => undefined) }
}
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()))
})

describe('AppCore', () => {
  it('opens the embedded sample site as a copy in the data folder', async () => {
    const { call, dataDir } = makeCore()
    const opened = await call('workspace.open', {})
    expect(opened).toMatchObject({ ok: true, value: { sample: true, isHugoSite: true, root: join(dataDir, 'sample-site') } })
    const list = await call('episodes.list', {})
    if (!list.ok) throw new Error(list.error.message)
    const episodes = list.value as { title: string; status: string; number: number | null }[]
    expect(episodes.map((e) => [e.number, e.status]).sort()).toEqual([[1, 'published'], [2, 'published'], [3, 'draft']])
  })

  it('says clearly when a folder does not exist or is a file', async () => {
    const { call, dataDir } = makeCore()
    expect(await call('workspace.open', { folder: join(dataDir, 'nope') })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/does not exist/) } })
    writeFileSync(join(dataDir, 'notes.md'), '# hi')
    expect(await call('workspace.open', { folder: join(dataDir, 'notes.md') })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is a file, not a folder/) } })
  })

  it('asks to open a folder before episode calls', async () => {
    const { call } = makeCore()
    expect(await call('episodes.list', {})).toMatchObject({ ok: false, error: { code: 'no-workspace' } })
  })

  it('refuses to read or journal a path outside the workspace', async () => {
    const { call } = makeCore()
    await call('workspace.open', {})
    expect(await call('episode.read', { path: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'path-refused' } })
    expect(await call('recovery.journal', { path: '/etc/passwd', text: 'x', baseHash: null })).toMatchObject({ ok: false, error: { code: 'path-refused' } })
  })

  it('opens only http, https and mailto links outside the app', async () => {
    const openExternal = vi.fn(async () => undefined)
    const { call } = makeCore(openExternal)
    expect(await call('app.openExternal', { url: 'https://gohugo.io/' })).toEqual({ ok: true, value: { opened: true } })
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'JaVaScRiPt:alert(1)', 'vbscript:x', 'not a url']) {
      expect(await call('app.openExternal', { url })).toMatchObject({ ok: false, error: { code: 'url-refused' } })
    }
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('keeps unsaved text in the journal until the episode is saved', async () => {
    const { call } = makeCore()
    const opened = await call('workspace.open', {})
    if (!opened.ok) throw new Error(opened.error.message)
    const path = 'content/talk/0001-welcome/index.md'
    const read = await call('episode.read', { path })
    if (!read.ok) throw new Error(read.error.message)
    const file = read.value as { text: string; hash: string }
    const edited = file.text + '\nOne more line.\n'
    await call('recovery.journal', { path, text: edited, baseHash: file.hash })
    expect(await call('recovery.list', {})).toMatchObject({ ok: true, value: [{ path, text: edited }] })
    expect(await call('episode.save', { path, text: edited, baseHash: file.hash })).toMatchObject({ ok: true, value: { ok: true } })
    expect(await call('recovery.list', {})).toEqual({ ok: true, value: [] })
    expect(readFileSync(join((opened.value as { root: string }).root, path), 'utf8')).toBe(edited)
  })
})
