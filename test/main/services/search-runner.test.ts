// Site searches on their worker thread: matches come back in batches, a newer search stops the one before it, and a
// regular expression that backtracks without end is stopped with the worker (the main process never waits on it),
// after which the next search runs on a fresh worker.
import { afterEach, describe, expect, it } from 'vitest'
import type { EpisodeMatches, EpisodeSummary } from '../../../src/shared/api'
import { defaultQuery } from '../../../src/shared/search'
import { SearchRunner } from '../../../src/main/services/search-runner'
import { tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

function site(files: Record<string, string>): { root: string; episodes: EpisodeSummary[] } {
  const { dir, cleanup } = tempDir('shownotes-runner-')
  cleanups.push(cleanup)
  writeTree(dir, files)
  const episodes = Object.keys(files).map((path) => ({ path, title: path, status: 'published' }) as EpisodeSummary)
  return { root: dir, episodes }
}

describe('search runner', () => {
  it('runs on its worker and hands back the matches', async () => {
    const runner = new SearchRunner()
    cleanups.push(() => runner.close())
    const { root, episodes } = site({ 'a/index.md': 'cloud\ncloud', 'b/index.md': 'none', 'c/index.md': 'Ｃｌｏｕｄ' })
    const found: EpisodeMatches[] = []
    const run = await runner.search(root, episodes, { ...defaultQuery, pattern: 'cloud' }, (b) => found.push(...b))
    expect(run).toMatchObject({ episodes: 2, matches: 3, complete: true })
    expect(found.map((r) => [r.path, r.matches.length])).toEqual([['a/index.md', 2], ['c/index.md', 1]])
  })

  it('stops a regular expression that backtracks without end, and searches again afterwards', async () => {
    const runner = new SearchRunner(1500)
    cleanups.push(() => runner.close())
    const { root, episodes } = site({ 'a/index.md': 'a'.repeat(40) + '!' })
    const started = performance.now()
    await expect(runner.search(root, episodes, { ...defaultQuery, pattern: '(a+)+$', regex: true }, () => undefined)).rejects.toMatchObject({ code: 'search-too-slow' })
    expect(performance.now() - started).toBeLessThan(10_000)
    const run = await runner.search(root, episodes, { ...defaultQuery, pattern: 'a!' }, () => undefined)
    expect(run).toMatchObject({ matches: 1, complete: true })
  })

  it('refuses a broken pattern at once, before any worker', async () => {
    const runner = new SearchRunner()
    cleanups.push(() => runner.close())
    expect(() => runner.search('/nowhere', [], { ...defaultQuery, pattern: '[', regex: true }, () => undefined)).toThrow(expect.objectContaining({ code: 'bad-pattern' }))
  })
})
