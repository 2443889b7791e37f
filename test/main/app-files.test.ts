// The window's Content-Security-Policy (scripts only from the app, frames only from player hosts), the page
// that arrives with the window's startup answers, and workspace media with HTTP Range answers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appFile, askStartupAnswers, contentSecurityPolicy } from '../../src/main/app-files'
import { createDispatcher, type Handlers } from '../../src/main/dispatch'
import { readStartupAnswers, startupElementId } from '../../src/shared/startup-answers'

describe('contentSecurityPolicy', () => {
  it('allows scripts from the app only and no plugins, base or form targets', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("form-action 'none'")
  })

  it('plays media from the app itself (bundle files), blob: (a chosen recording) and https: (enclosures) only', () => {
    const media = contentSecurityPolicy().split('; ').find((d) => d.startsWith('media-src'))
    expect(media).toBe("media-src 'self' blob: https:")
  })

  it('frames the known player hosts, plus the ones a user added, over https only', () => {
    const frames = contentSecurityPolicy(['player.example.fm']).split('; ').find((d) => d.startsWith('frame-src')) ?? ''
    expect(frames.split(' ').slice(1)).toEqual(expect.arrayContaining(['https://anchor.fm', 'https://open.spotify.com', 'https://www.youtube.com', 'https://player.example.fm']))
    expect(frames).not.toMatch(/http:|\*/)
  })
})

describe('the page with the startup answers', () => {
  const renderer = mkdtempSync(join(tmpdir(), 'shownotes-app-files-'))
  mkdirSync(join(renderer, 'assets'))
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>Shownotes</title></head><body><div id="root"></div></body></html>')
  writeFileSync(join(renderer, 'assets/main.js'), 'export {}')
  const episode = { path: 'content/talk/0002/index.md', text: '# Two </script>', hash: 'h2' }
  const row = { path: episode.path, bundle: true, title: '#2 Two', number: 2, date: '2025-01-02', status: 'published', problems: 0, tags: ['a'] }
  const handlers = {
    'settings.get': () => ({ language: 'ja' }),
    'workspace.current': () => ({ root: '/sites/radio' }),
    'episodes.list': () => [{ ...row, section: 'talk', summary: 'Not for the list.', words: 12 }],
    'workspace.lastEpisode': () => {
      throw new Error('disk on fire')
    }
  } as unknown as Handlers
  const dispatch = createDispatcher(handlers, () => {})
  const ctx = { rendererDir: renderer, workspaceRoot: null, csp: () => "default-src 'self'", startup: () => askStartupAnswers(dispatch) }
  const block = (html: string) => new RegExp(`<script type="application/json" id="${startupElementId}">(.*?)</script>`).exec(html)?.[1]

  it('carries each answer, or its failure as the window would have received it', async () => {
    const page = await appFile('/', ctx)
    expect(page.status).toBe(200)
    expect(page.headers['cache-control']).toBe('no-store')
    const answers = readStartupAnswers(block(String(page.body)))
    expect(answers['settings.get']).toEqual({ ok: true, value: { language: 'ja' } })
    // The list as its rows only: what the episode list shows.
    expect(answers['episodes.list']).toEqual({ ok: true, value: [row] })
    expect(answers['workspace.lastEpisode']).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('asks afresh on every load of the page', async () => {
    handlers['workspace.lastEpisode'] = (() => episode) as never
    const answers = readStartupAnswers(block(String((await appFile('/index.html', ctx)).body)))
    expect(answers['workspace.lastEpisode']).toEqual({ ok: true, value: episode })
  })

  it('leaves scripts and media untouched', async () => {
    const script = await appFile('/assets/main.js', ctx)
    expect(Buffer.from(script.body).toString('utf8')).toBe('export {}')
  })
})

describe('workspace media', () => {
  const root = mkdtempSync(join(tmpdir(), 'shownotes-media-'))
  const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251)
  for (const ext of ['mp3', 'm4a', 'aac', 'wav', 'ogg', 'opus', 'flac']) writeFileSync(join(root, `episode.${ext}`), bytes)
  const media = (range?: string, name = 'episode.mp3') => appFile(`/media/${name}`, { rendererDir: root, workspaceRoot: root, csp: () => '', range })
  const body = (r: { body: Uint8Array | string }) => [...(r.body as Uint8Array)]

  it.each([
    ['mp3', 'audio/mpeg'],
    ['m4a', 'audio/mp4'],
    ['aac', 'audio/aac'],
    ['wav', 'audio/wav'],
    ['ogg', 'audio/ogg'],
    ['opus', 'audio/ogg'],
    ['flac', 'audio/flac']
  ])('serves .%s as %s, saying it takes ranges', async (ext, type) => {
    const res = await media(undefined, `episode.${ext}`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe(type)
    expect(res.headers['accept-ranges']).toBe('bytes')
    expect(body(res)).toEqual([...bytes])
  })

  it.each([
    ['the first byte', 'bytes=0-0', 0, 0],
    ['a middle range', 'bytes=100-199', 100, 199],
    ['the last byte', 'bytes=999-', 999, 999],
    ['the last 500 bytes', 'bytes=-500', 500, 999]
  ])('answers %s with 206 and exactly those bytes', async (_name, range, start, end) => {
    const res = await media(range)
    expect(res.status).toBe(206)
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/1000`)
    expect(res.headers['content-type']).toBe('audio/mpeg')
    expect(body(res)).toEqual([...bytes.subarray(start, end + 1)])
  })

  it.each(['bytes=1000-', 'bytes=500-100', 'bytes=abc', 'bytes=-0'])('answers %s with 416 and the size', async (range) => {
    const res = await media(range)
    expect(res.status).toBe(416)
    expect(res.headers['content-range']).toBe('bytes */1000')
  })
})
