// Rename, duplicate and delete act only on an episode of the list whose file exists: a stale list (a co-host's
// `git pull` removed the episode) or a made-up path must never make them act on the folder around it.
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Workspace } from '../../../src/main/services/workspace'
import { PNG_BYTES, episodeText, tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function open() {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, {
    'hugo.toml': '',
    'content/_index.md': '---\ntitle: Home\n---\n',
    'content/talk/_index.md': '---\ntitle: Talks\n---\n',
    'content/talk/0001/index.md': episodeText({ number: 1 }),
    'content/talk/0001/notes.md': '---\ntitle: Notes\n---\n',
    'content/talk/0002/index.md': episodeText({ number: 2 }),
    'content/talk/0002/cover.png': PNG_BYTES
  })
  const ws = await Workspace.open(site.dir, { dataDir: data.dir, clock: () => new Date('2026-11-24T01:03:00Z') })
  cleanups.push(() => void ws.close())
  const tree = () => readdirSync(join(site.dir, 'content'), { recursive: true }).map(String).sort()
  return { ws, root: site.dir, tree }
}

const operations: [string, (ws: Workspace, path: string) => Promise<unknown>][] = [
  ['delete', (ws, p) => ws.deleteEpisode(p)],
  ['rename', (ws, p) => ws.renameEpisode(p, 'renamed')],
  ['duplicate', (ws, p) => ws.duplicateEpisode(p)]
]

describe.each(operations)('%s', (_, operate) => {
  it.each([
    ['content/index.md', 'not-found'], // once moved the whole content folder to the trash
    ['content/talk/index.md', 'not-found'], // once renamed content/talk while answering with an error
    ['content/talk/0003/index.md', 'not-found'],
    ['content/talk/gone.md', 'not-found'],
    ['content/_index.md', 'not-an-episode'], // a section page, not an episode
    ['content/talk/_index.md', 'not-an-episode'],
    ['content/talk/0001/notes.md', 'not-an-episode'] // a page inside a bundle
  ])('refuses %s (%s) and changes nothing', async (path, code) => {
    const { ws, tree } = await open()
    const before = tree()
    await expect(operate(ws, path)).rejects.toMatchObject({ code })
    expect(tree()).toEqual(before)
  })

  it('refuses an episode whose index.md was removed since the list was made, leaving its folder', async () => {
    const { ws, root, tree } = await open()
    expect((await ws.listEpisodes()).map((e) => e.path)).toContain('content/talk/0002/index.md')
    rmSync(join(root, 'content/talk/0002/index.md'))
    const before = tree()
    await expect(operate(ws, 'content/talk/0002/index.md')).rejects.toMatchObject({ code: 'not-found' })
    expect(tree()).toEqual(before)
    expect(existsSync(join(root, 'content/talk/0002/cover.png'))).toBe(true)
  })
})
