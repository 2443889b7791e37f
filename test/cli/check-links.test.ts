// `shownotes check --links` over a small site whose links point at a local web server: broken and moved links are
// problems with their file and line, the exit code follows, `.shownotes.yaml` can turn the check on, and the
// second run answers from the day's cache in the data folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { main, type CliIo } from '../../src/cli/index'
import { html, redirect, startLocalSite, status, type LocalSite } from '../main/services/links/local-site'

let web: LocalSite
let site: string
let out: string[]
let err: string[]
const io = (): CliIo => ({ out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: site })
const check = (...args: string[]) => main(['check', ...args], io())

beforeAll(async () => {
  web = await startLocalSite({ '/ok': html('<title>ok</title>'), '/gone': status(404), '/old': redirect(301, '/new'), '/new': html('<title>new</title>') })
})
afterAll(() => web.close())

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'shownotes-check-links-'))
  vi.stubEnv('SHOWNOTES_DATA_DIR', join(site, '.data'))
  out = []
  err = []
  const at = (p: string) => `http://127.0.0.1:${web.port}${p}`
  mkdirSync(join(site, 'content/talk/1'), { recursive: true })
  writeFileSync(
    join(site, 'content/talk/1/index.md'),
    `---\ntitle: "#1"\ndate: 2024-04-01T20:00:00+09:00\nsummary: A pilot.\n---\n\n- [fine](${at('/ok')})\n- [gone](${at('/gone')})\n- [old](${at('/old')})\n`
  )
})

describe('shownotes check --links', () => {
  it('does not fetch anything without --links', async () => {
    const before = web.requests.length
    expect(await check('content')).toBe(0)
    expect(web.requests.length).toBe(before)
  })

  it('reports broken and moved links with file and line, and fails on a broken one', async () => {
    expect(await check('content', '--links')).toBe(1)
    expect(out).toEqual([
      `content/talk/1/index.md:8:10 error link-broken The link "http://127.0.0.1:${web.port}/gone" answers HTTP 404: readers get an error page instead.`,
      `content/talk/1/index.md:9:9 warning link-redirected The link "http://127.0.0.1:${web.port}/old" has moved permanently to "http://127.0.0.1:${web.port}/new": link the new address.`
    ])
    expect(err.at(-1)).toContain('3 links (0 from today')
    // The second run sends nothing: every answer is in the data folder's cache.
    const before = web.requests.length
    out = []
    expect(await check('content', '--links')).toBe(1)
    expect(out).toHaveLength(2)
    expect(web.requests.length).toBe(before)
    expect(err.at(-1)).toContain('3 links (3 from today')
  })

  it('is turned on by links: true in .shownotes.yaml', async () => {
    writeFileSync(join(site, '.shownotes.yaml'), 'links: true\nrules: { link-broken: warning }\n')
    expect(await check('content')).toBe(0)
    expect(out.map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual(['warning link-broken', 'warning link-redirected'])
  })
})
