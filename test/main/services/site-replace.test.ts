// Site search and replace over a real temporary site: matches stream in per episode, a file changed on disk after
// the search is refused while the others are replaced, Undo puts back every file not changed since, and a front
// matter field replace keeps every comment.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { EpisodeMatches } from '../../../src/shared/api'
import { defaultQuery, type SearchQuery } from '../../../src/shared/search'
import { searchEpisodes } from '../../../src/main/services/site-search'
import { SiteReplace } from '../../../src/main/services/site-replace'
import { Workspace } from '../../../src/main/services/workspace'
import { tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const episode = (n: number, body: string) =>
  `---\n# Episode ${n}, from the talk archetype.\ntitle: "#${n} Cloud notes" # the title\ntags: [cloud, "old show"] # tags\n#summary: commented out\ndraft: false\n---\n\n${body}\n`

async function site(files: Record<string, string>): Promise<{ root: string; ws: Workspace }> {
  const root = tempDir('shownotes-replace-')
  const data = tempDir('shownotes-data-')
  cleanups.push(root.cleanup, data.cleanup)
  writeTree(root.dir, { 'hugo.toml': 'title = "Byte Street"\n', ...files })
  const ws = await Workspace.open(root.dir, { dataDir: data.dir })
  cleanups.push(() => void ws.close())
  return { root: root.dir, ws }
}

async function search(ws: Workspace, query: SearchQuery): Promise<{ batches: EpisodeMatches[][]; results: EpisodeMatches[] }> {
  const batches: EpisodeMatches[][] = []
  await searchEpisodes(ws.info.root, await ws.listEpisodes(), query, (b) => batches.push(b))
  return { batches, results: batches.flat() }
}

describe('site replace', () => {
  it('refuses a file changed on disk since the search, replaces the others, and Undo restores the rest', async () => {
    const { root, ws } = await site({
      'content/talk/0001/index.md': episode(1, 'The Old Show is back.'),
      'content/talk/0002/index.md': episode(2, 'Welcome to the Old Show, twice: Old Show.'),
      'content/talk/0003/index.md': episode(3, 'Old Show number three.'),
      'content/talk/0004/index.md': episode(4, 'Nothing to see.')
    })
    const query = { ...defaultQuery, pattern: 'old show', scope: 'body' as const }
    const { batches, results } = await search(ws, query)
    expect(batches[0]).toHaveLength(1) // the first episode found goes out on its own, at once
    expect(results.map((r) => [r.path, r.matches.length])).toEqual([
      ['content/talk/0001/index.md', 1],
      ['content/talk/0002/index.md', 2],
      ['content/talk/0003/index.md', 1]
    ])
    const file = (n: number) => join(root, `content/talk/000${n}/index.md`)
    const before = [1, 2, 3].map((n) => readFileSync(file(n), 'utf8'))
    // A co-host edits episode 3 after the search.
    writeFileSync(file(3), before[2].replace('number three', 'number 3'))
    const replace = new SiteReplace(() => ws)
    const summary = await replace.apply(query, 'New Show', results.map((r) => ({ path: r.path, hash: r.hash, ticked: r.path.includes('0002') ? [1] : [0] })))
    expect(summary.replaced).toEqual([
      { path: 'content/talk/0001/index.md', count: 1 },
      { path: 'content/talk/0002/index.md', count: 1 }
    ])
    expect(summary.refused).toMatchObject([{ path: 'content/talk/0003/index.md', code: 'changed-on-disk' }])
    expect(readFileSync(file(1), 'utf8')).toBe(before[0].replace('The Old Show', 'The New Show'))
    expect(readFileSync(file(2), 'utf8')).toBe(before[1].replace('twice: Old Show', 'twice: New Show'))
    expect(readFileSync(file(3), 'utf8')).toContain('Old Show number 3')
    // Episode 1 is changed again after the replace: Undo leaves it, restores episode 2.
    writeFileSync(file(1), readFileSync(file(1), 'utf8') + 'More.\n')
    const undone = await replace.undo(summary.replaceId)
    expect(undone.restored).toEqual(['content/talk/0002/index.md'])
    expect(undone.refused).toMatchObject([{ path: 'content/talk/0001/index.md' }])
    expect(readFileSync(file(2), 'utf8')).toBe(before[1])
    expect(readFileSync(file(1), 'utf8')).toContain('The New Show is back.\nMore.')
    await expect(replace.undo(summary.replaceId)).rejects.toMatchObject({ code: 'no-replace' })
  })

  it('replaces in a front matter field through the lossless edit: every comment and the body stay', async () => {
    const { root, ws } = await site({ 'content/talk/0001/index.md': episode(1, 'The old show in the body stays.') })
    const query = { ...defaultQuery, pattern: 'old show', scope: 'field' as const, field: 'tags' }
    const { results } = await search(ws, query)
    expect(results[0].matches.map((m) => m.text.slice(m.start, m.end))).toEqual(['old show'])
    const before = readFileSync(join(root, 'content/talk/0001/index.md'), 'utf8')
    const summary = await new SiteReplace(() => ws).apply(query, 'new show', [{ path: results[0].path, hash: results[0].hash, ticked: [0] }])
    expect(summary.refused).toEqual([])
    expect(readFileSync(join(root, 'content/talk/0001/index.md'), 'utf8')).toBe(before.replace('tags: [cloud, "old show"]', 'tags: [cloud, "new show"]'))
  })

  it('searches only the episodes of the chosen statuses', async () => {
    const { ws } = await site({
      'content/talk/0001/index.md': episode(1, 'cloud'),
      'content/talk/0002/index.md': episode(2, 'cloud').replace('draft: false', 'draft: true')
    })
    const { results } = await search(ws, { ...defaultQuery, pattern: 'cloud', scope: 'body', statuses: ['draft'] })
    expect(results.map((r) => [r.path, r.status])).toEqual([['content/talk/0002/index.md', 'draft']])
  })
})
