// The site preview runs the real `hugo` (skipped with a message when it is not installed) on small invented sites.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { freePort, HugoPreviewServer, parseCsv } from '../../../src/main/services/hugo-server'

const hasHugo = spawnSync('hugo', ['version']).status === 0
if (!hasHugo) console.log('test/main/services/hugo-server: hugo is not installed; skipping the site preview tests.')

let site: string
const servers: HugoPreviewServer[] = []
const server = (options = {}) => {
  const s = new HugoPreviewServer({ readyTimeoutMs: 30_000, ...options })
  servers.push(s)
  return s
}
function write(path: string, text: string): void {
  mkdirSync(join(site, path, '..'), { recursive: true })
  writeFileSync(join(site, path), text)
}

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-hugo-'))
  write('hugo.toml', 'baseURL = "https://radio.example.org/"\ntitle = "Radio"\n[permalinks]\n  talk = "/episodes/:slug/"\n')
  write('layouts/_default/single.html', '<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>')
  write('layouts/_default/list.html', '<html><body>{{ range .Pages }}{{ .Title }} {{ end }}</body></html>')
  write('content/talk/0001/index.md', '---\ntitle: "Pilot, with a comma"\nslug: pilot\ndate: 2024-01-01\n---\n\nHello from the **pilot**.\n')
  write('content/talk/0002/index.md', '---\ntitle: "Draft"\ndraft: true\ndate: 2024-01-08\n---\n\nNot yet.\n')
  write('content/talk/0003/index.md', '---\ntitle: "Future"\nslug: future\ndate: 2099-01-01\n---\n\nLater.\n')
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()))
  rmSync(site, { recursive: true, force: true })
})

describe.skipIf(!hasHugo)('HugoPreviewServer', () => {
  it('serves the site on 127.0.0.1 with drafts and future episodes, and gives each page\'s URL', async () => {
    const s = server()
    const { url } = await s.start(site)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const pilot = s.pageUrl('content/talk/0001/index.md')
    expect(pilot).toBe(`${url}episodes/pilot/`)
    expect(await (await fetch(pilot)).text()).toContain('Hello from the <strong>pilot</strong>.')
    expect((await fetch(s.pageUrl('content/talk/0002/index.md'))).status).toBe(200)
    expect((await fetch(s.pageUrl('content/talk/0003/index.md'))).status).toBe(200)
    expect(() => s.pageUrl('content/talk/9999/index.md')).toThrow(/does not build a page/)
  })

  it('says so when the site has no layout for pages (hugo would serve "Page Not Found"), and leaves nothing running', async () => {
    rmSync(join(site, 'layouts'), { recursive: true, force: true })
    const s = server()
    const failed = await s.start(site).then(
      () => null,
      (err: unknown) => err as { code: string; message: string }
    )
    expect(failed?.code).toBe('hugo-no-layout')
    expect(failed?.message).toMatch(/no layout for episode pages[\s\S]*found no layout file for "HTML" for kind "page"/)
    expect(s.url).toBeNull()
  })

  it('starts on a site whose theme has the page layout', async () => {
    rmSync(join(site, 'layouts'), { recursive: true, force: true })
    write('hugo.toml', 'baseURL = "https://radio.example.org/"\ntitle = "Radio"\ntheme = "plain"\n')
    write('themes/plain/layouts/_default/single.html', '<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>')
    const s = server()
    await s.start(site)
    expect(await (await fetch(s.pageUrl('content/talk/0001/index.md'))).text()).toContain('Hello from the <strong>pilot</strong>.')
  })

  it('reuses a running server for the same site and stops it on demand', async () => {
    const s = server()
    const first = await s.start(site)
    expect(await s.start(site)).toEqual(first)
    await s.stop()
    expect(s.url).toBeNull()
    await expect(fetch(first.url)).rejects.toThrow()
    expect(() => s.pageUrl('content/talk/0001/index.md')).toThrow(/not running/)
  })

  it('says the site failed to build and shows hugo\'s error', async () => {
    write('layouts/_default/list.html', '{{ .Content }')
    await expect(server().start(site)).rejects.toThrow(/The site failed to build[\s\S]*list\.html:1:1[\s\S]*unexpected "}"/)
  })
})

describe('HugoPreviewServer without hugo', () => {
  it('says hugo is missing in words', async () => {
    await expect(server({ hugoPath: join(tmpdir(), 'no-such-hugo-here') }).start(site)).rejects.toThrow(/Hugo is not installed/)
  })
})

describe('helpers', () => {
  it('finds a free port', async () => {
    const port = await freePort()
    expect(port).toBeGreaterThan(0)
  })

  it('reads hugo list CSV with quoted commas', () => {
    expect(parseCsv('path,title\ncontent/a.md,"Pilot, with ""quotes"""\n')).toEqual([['path', 'title'], ['content/a.md', 'Pilot, with "quotes"']])
  })
})
