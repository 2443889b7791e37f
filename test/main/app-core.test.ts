// AppCore answers every API call for both shells: opening the sample site or a folder, refusing what it must,
// and clearing the recovery journal once text is saved.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

  it('starts with the most recent folder, else the sample site when it is gone', async () => {
    const { core, call, dataDir } = makeCore()
    expect(await call('workspace.openLast', {})).toMatchObject({ ok: true, value: { sample: true } })
    const site = mkdtempSync(join(tmpdir(), 'shownotes-recent-'))
    await core.open(site)
    await core.close()
    expect(await call('workspace.openLast', {})).toMatchObject({ ok: true, value: { root: site } })
    rmSync(site, { recursive: true, force: true })
    expect(await call('workspace.openLast', {})).toMatchObject({ ok: true, value: { sample: true, root: join(dataDir, 'sample-site') } })
  })

  it('says clearly when a folder does not exist or is a file', async () => {
    const { call, dataDir } = makeCore()
    expect(await call('workspace.open', { folder: join(dataDir, 'nope') })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/does not exist/) } })
    writeFileSync(join(dataDir, 'notes.md'), '# hi')
    expect(await call('workspace.open', { folder: join(dataDir, 'notes.md') })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is a file, not a folder/) } })
  })

  it('keeps the open folder when another cannot be opened', async () => {
    const { call, dataDir } = makeCore()
    await call('workspace.open', {})
    expect(await call('workspace.open', { folder: join(dataDir, 'nope') })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await call('workspace.current', {})).toMatchObject({ ok: true, value: { sample: true } })
    expect(await call('episodes.list', {})).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ number: 1 })]) })
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

  it('remembers the open episode of each workspace and reads it back for the next start', async () => {
    const { call, dataDir } = makeCore()
    expect(await call('workspace.lastEpisode', {})).toEqual({ ok: true, value: null })
    const opened = await call('workspace.open', {})
    if (!opened.ok) throw new Error(opened.error.message)
    const root = (opened.value as { root: string }).root
    expect(await call('workspace.lastEpisode', {})).toEqual({ ok: true, value: null })
    const path = 'content/talk/0002-tokyo-meetup/index.md'
    expect(await call('workspace.rememberEpisode', { path })).toEqual({ ok: true, value: { ok: true } })
    expect(await call('workspace.lastEpisode', {})).toMatchObject({ ok: true, value: { path, text: readFileSync(join(root, path), 'utf8') } })

    // A new start of the app (another core on the same data folder) finds it too.
    const again = new AppCore({ dataDir, emit: vi.fn() })
    cores.push(again)
    const call2 = createDispatcher(again.handlers, () => undefined)
    await call2('workspace.open', { folder: root })
    expect(await call2('workspace.lastEpisode', {})).toMatchObject({ ok: true, value: { path } })

    // Gone from disk: nothing to reopen, and no error.
    execFileSync('rm', ['-r', join(root, 'content/talk/0002-tokyo-meetup')])
    expect(await call2('workspace.lastEpisode', {})).toEqual({ ok: true, value: null })
    expect(await call('workspace.rememberEpisode', { path: null })).toEqual({ ok: true, value: { ok: true } })
    expect(await call('workspace.rememberEpisode', { path: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'path-refused' } })
  })
})

describe('settings and the workspace trash', () => {
  it('saves settings it can validate and refuses the rest', async () => {
    const { call } = makeCore()
    expect(await call('settings.set', { autosave: true, iframeHosts: ['player.example.fm'] })).toMatchObject({ ok: true, value: { autosave: true, iframeHosts: ['player.example.fm'] } })
    expect(await call('settings.get', {})).toMatchObject({ ok: true, value: { autosave: true } })
    expect(await call('settings.set', { iframeHosts: ['javascript:alert(1)'] })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    expect(await call('settings.set', { summaryLimit: -1 })).toMatchObject({ ok: false })
  })

  it('restores a deleted episode from the workspace trash', async () => {
    const { call } = makeCore()
    const site = mkdtempSync(join(tmpdir(), 'shownotes-trash-site-'))
    writeFileSync(join(site, 'hugo.toml'), '')
    mkdirSync(join(site, 'content/talk/0002-tokyo-meetup'), { recursive: true })
    writeFileSync(join(site, 'content/talk/0002-tokyo-meetup/index.md'), '---\ntitle: "#2 Tokyo meetup"\n---\n')
    await call('workspace.open', { folder: site })
    const path = 'content/talk/0002-tokyo-meetup/index.md'
    const deleted = await call('episodes.delete', { path })
    if (!deleted.ok) throw new Error(deleted.error.message)
    const { trashedTo } = deleted.value as { trashedTo: string }
    // Web mode's trash lives in the data folder: nothing new in the site for `git add -A` to commit.
    expect(readdirSync(site).sort()).toEqual(['content', 'hugo.toml'])
    expect(readdirSync(join(site, 'content/talk'))).toEqual([])
    expect(await call('episode.read', { path })).toMatchObject({ ok: false })
    expect(await call('episodes.restore', { trashedTo })).toEqual({ ok: true, value: { restoredTo: 'content/talk/0002-tokyo-meetup' } })
    expect(await call('episode.read', { path })).toMatchObject({ ok: true })
  })
})

const hasHugo = (() => {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
if (!hasHugo) console.warn('hugo is not installed: skipping the "Preview on site" test')

describe.skipIf(!hasHugo)('Preview on site', () => {
  it('serves the episode as the site builds it, drafts included, and stops', async () => {
    const { call } = makeCore()
    await call('workspace.open', {})
    const started = await call('site.preview', { episode: 'content/talk/0003-next-season/index.md' })
    if (!started.ok) throw new Error(started.error.message)
    const { pageUrl, siteUrl } = started.value as { pageUrl: string; siteUrl: string }
    expect(siteUrl).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\d+/)
    const page = await (await fetch(pageUrl)).text()
    expect(page).toContain('#3 Plans for the next season')
    expect(page).toContain('<strong>draft</strong>')
    expect(await call('site.stopPreview', {})).toEqual({ ok: true, value: { stopped: true } })
    await expect(fetch(pageUrl)).rejects.toThrow()
  }, 60000)
})

describe('export from the app', () => {
  it('exports every episode as Markdown into a folder outside the site, with progress', async () => {
    const { call, core } = makeCore()
    await call('workspace.open', {})
    const outDir = mkdtempSync(join(tmpdir(), 'shownotes-export-'))
    const result = await call('episodes.export', { paths: [], format: 'markdown', outDir })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value).toMatchObject({ written: 3, failed: [] })
    const md = readFileSync(join(outDir, 'talk/0001-welcome/index.md'), 'utf8')
    expect(md).not.toContain('{{<')
    expect(md).toContain('<figure')
    expect(existsSync(join(outDir, 'talk/0001-welcome/studio-desk.png'))).toBe(true)
    expect(core).toBeDefined()
  })

  it('refuses a relative folder or one inside the content', async () => {
    const { call, dataDir } = makeCore()
    await call('workspace.open', {})
    expect(await call('episodes.export', { paths: [], format: 'html', outDir: 'exports' })).toMatchObject({ ok: false, error: { code: 'export-folder' } })
    const inside = join(dataDir, 'sample-site/content/exports')
    expect(await call('episodes.export', { paths: [], format: 'html', outDir: inside })).toMatchObject({ ok: false, error: { code: 'export-into-sources', message: expect.stringMatching(/is inside the content folder/) } })
  })

  it('processes an added photo as the Images settings say, and the figure fix with their limit', async () => {
    const { phoneJpeg } = await import('../fixtures/images')
    const sharp = (await import('sharp')).default
    const { call, dataDir } = makeCore()
    await call('workspace.open', {})
    const episode = 'content/talk/0001-welcome/index.md'
    const bundle = join(dataDir, 'sample-site/content/talk/0001-welcome')
    const photo = await phoneJpeg(1200, 900)
    const dataBase64 = Buffer.from(photo).toString('base64')
    expect(await call('settings.set', { imageMaxEdge: 800, imageFormat: 'webp' })).toMatchObject({ ok: true })
    expect(await call('media.import', { episode, fileName: 'desk.jpg', dataBase64 })).toMatchObject({ ok: true, value: { name: 'desk.webp' } })
    const webp = await sharp(join(bundle, 'desk.webp')).metadata()
    expect([webp.format, webp.width, webp.height, webp.exif]).toEqual(['webp', 800, 600, undefined])
    expect(await call('settings.set', { keepOriginals: true })).toMatchObject({ ok: true })
    expect(await call('media.import', { episode, fileName: 'desk.jpg', dataBase64 })).toMatchObject({ ok: true, value: { name: 'desk.jpg', sizes: { before: photo.length, after: photo.length } } })
    expect(readFileSync(join(bundle, 'desk.jpg')).equals(photo)).toBe(true)
    expect(await call('media.process', { episode, name: 'desk.jpg' })).toMatchObject({ ok: true, value: { name: 'desk.jpg' } })
    const jpeg = await sharp(join(bundle, 'desk.jpg')).metadata()
    expect([jpeg.format, jpeg.width, jpeg.height, jpeg.exif]).toEqual(['jpeg', 800, 600, undefined])
    expect(await call('settings.set', { imageMaxEdge: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
  })
})
