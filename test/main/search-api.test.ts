// The site search, replace and snippets through the one dispatch table, as both transports call them: matches
// arrive as didFindInSite events before the call resolves, a newer search stops an older one, a bad pattern is an
// error with its code, and snippets come from the site and the data folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiEvent, ApiEvents } from '../../src/shared/api'
import { defaultQuery } from '../../src/shared/search'
import { AppCore } from '../../src/main/app-core'
import { createDispatcher } from '../../src/main/dispatch'
import { episodeText, makeSite, writeTree } from '../fixtures/site'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

async function core(episodes = 3) {
  const dataDir = mkdtempSync(join(tmpdir(), 'shownotes-core-'))
  const site = mkdtempSync(join(tmpdir(), 'shownotes-site-'))
  makeSite(site, episodes)
  const events: { event: ApiEvent; payload: unknown }[] = []
  const app = new AppCore({ dataDir, emit: <E extends ApiEvent>(event: E, payload: ApiEvents[E]) => void events.push({ event, payload }) })
  cleanups.push(async () => {
    await app.close()
    rmSync(site, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  })
  const call = createDispatcher(app.handlers, () => undefined)
  await call('workspace.open', { folder: site })
  return { call, events, site, dataDir }
}

const query = { ...defaultQuery, pattern: 'whiteboard', scope: 'body' as const }

describe('search through the API', () => {
  it('streams the matches as events, then answers with the summary', async () => {
    const { call, events } = await core()
    const done = await call('search.start', { searchId: 's1', query })
    expect(done).toEqual({ ok: true, value: { searchId: 's1', episodes: 3, matches: 6, truncated: false, complete: true } })
    const found = events.filter((e) => e.event === 'didFindInSite').flatMap((e) => (e.payload as ApiEvents['didFindInSite']).results)
    expect(found.map((r) => r.matches.length)).toEqual([2, 2, 2])
  })

  it('a newer search stops the older one', async () => {
    const { call } = await core(300)
    await call('episodes.list', {}) // the index is read once the folder opens, before the first search
    const first = call('search.start', { searchId: 'old', query })
    const second = call('search.start', { searchId: 'new', query })
    expect(await first).toMatchObject({ ok: true, value: { searchId: 'old', complete: false } })
    expect(await second).toMatchObject({ ok: true, value: { searchId: 'new', complete: true, episodes: 300 } })
  })

  it('a broken regular expression is refused with its code', async () => {
    const { call } = await core()
    expect(await call('search.start', { searchId: 'x', query: { ...query, pattern: '(', regex: true } })).toMatchObject({ ok: false, error: { code: 'bad-pattern' } })
  })

  it('replaces and undoes through the API', async () => {
    const { call, events, site } = await core(2)
    await call('search.start', { searchId: 's', query })
    const results = events.flatMap((e) => (e.event === 'didFindInSite' ? (e.payload as ApiEvents['didFindInSite']).results : []))
    const replaced = await call('search.replace', { query, replacement: 'board', files: results.map((r) => ({ path: r.path, hash: r.hash, ticked: [0] })) })
    if (!replaced.ok) throw new Error(replaced.error.message)
    const path = join(site, results[0].path)
    expect(readFileSync(path, 'utf8')).toContain('![the board](whiteboard.png)')
    const undone = await call('search.undoReplace', { replaceId: (replaced.value as { replaceId: string }).replaceId })
    expect(undone).toMatchObject({ ok: true, value: { restored: [results[0].path, results[1].path], refused: [] } })
    expect(readFileSync(path, 'utf8')).toBe(episodeText({ number: Number(results[0].path.match(/(\d{4})/)?.[1]) }))
  })
})

describe('snippets through the API', () => {
  it("lists the site's snippets, then the user's, and saves a selection as the user's own", async () => {
    const { call, site, dataDir } = await core(1)
    writeTree(site, { '.shownotes/snippets/sponsor.md': '---\nprefix: ad\n---\nThanks, ${1:sponsor}!\n', '.shownotes/snippets/bad name.md': 'skipped' })
    const saved = await call('snippets.save', { name: 'outro', body: '---\nSee you next week.' })
    expect(saved).toMatchObject({ ok: true, value: { name: 'outro', prefix: 'outro', body: '---\nSee you next week.', source: 'user' } })
    // Text that starts like front matter is saved behind an empty one, so it reads back as it was.
    expect(readFileSync(join(dataDir, 'snippets/outro.md'), 'utf8')).toBe('---\ndescription: ""\n---\n---\nSee you next week.\n')
    const list = await call('snippets.list', {})
    expect(list).toMatchObject({ ok: true, value: [{ prefix: 'ad', source: 'site' }, { prefix: 'outro', source: 'user' }] })
    expect(await call('snippets.save', { name: '../escape', body: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-snippet' } })
  })
})
