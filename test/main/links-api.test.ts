// Page titles and link checks through the API (what both transports carry): a title fetched by main, a non-web
// URL refused, an episode's text checked with the site's rules, a path outside the site refused.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { AppCore } from '../../src/main/app-core'
import { createDispatcher } from '../../src/main/dispatch'
import { LinkService } from '../../src/main/services/links/link-service'
import { html, startLocalSite, status, type LocalSite } from './services/links/local-site'

let web: LocalSite
beforeAll(async () => {
  web = await startLocalSite({ '/page': html('<title>第1回 &amp; more</title>'), '/gone': status(404) })
})
afterAll(() => web.close())

const cores: AppCore[] = []
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()))
})

async function opened() {
  const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-links-api-'))
  const core = new AppCore({ dataDir, emit: vi.fn(), links: new LinkService({ dataDir, check: { resolve: web.resolver() }, title: { resolve: web.resolver() } }) })
  cores.push(core)
  const call = createDispatcher(core.handlers, () => undefined)
  const site = await core.open()
  return { call, root: site.root }
}

describe('links.title', () => {
  it('gives the page title, null for a page without one, and refuses what is not a web address', async () => {
    const { call } = await opened()
    expect(await call('links.title', { url: web.url('/page') })).toEqual({ ok: true, value: { title: '第1回 & more' } })
    expect(await call('links.title', { url: web.url('/gone') })).toEqual({ ok: true, value: { title: null } })
    expect(await call('links.title', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'url-refused' } })
  })
})

describe('links.check', () => {
  it('checks the text the window sends, with the site\'s rules', async () => {
    const { call, root } = await opened()
    const text = `---\ntitle: x\n---\n[a](${web.url('/page')}) [b](${web.url('/gone')})\n`
    const answer = await call('links.check', { episode: 'content/talk/0001-welcome/index.md', text })
    expect(answer).toMatchObject({ ok: true, value: { links: 2, cached: 0, unchecked: 0, problems: [{ rule: 'link-broken', line: 4, severity: 'error', code: 'link-broken.status', params: { status: 404 } }] } })
    writeFileSync(join(root, '.shownotes.yaml'), 'rules: { link-broken: off }\n')
    expect(await call('links.check', { episode: 'content/talk/0001-welcome/index.md', text })).toMatchObject({ ok: true, value: { problems: [], cached: 2 } })
    expect(await call('links.check', { episode: '../outside.md', text })).toMatchObject({ ok: false })
  })
})
