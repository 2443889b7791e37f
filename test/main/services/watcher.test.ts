import { describe, it, expect, afterEach } from 'vitest'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { EpisodeSummary } from '../../../src/shared/api'
import { Workspace } from '../../../src/main/services/workspace'
import { episodeText, tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void | Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const sha = (s: string) => createHash('sha256').update(s).digest('hex')
const EP = 'content/talk/0001/index.md'

async function watched(clock?: () => Date) {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, { 'hugo.toml': '', [EP]: episodeText({ number: 1 }), 'content/talk/0002/index.md': episodeText({ number: 2 }) })
  const ws = await Workspace.open(site.dir, { dataDir: data.dir, clock })
  const lists: EpisodeSummary[][] = []
  const files: [string, string | null][] = []
  const stop = ws.watch({ episodes: (l) => lists.push(l), file: (p, h) => files.push([p, h]) })
  cleanups.push(() => ws.close(), stop)
  await ws.listEpisodes()
  await ws.whenWatching()
  return { ws, root: site.dir, lists, files, latest: () => lists[lists.length - 1] ?? [] }
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the watcher')
    await new Promise((r) => setTimeout(r, 10))
  }
}

const settle = () => new Promise((r) => setTimeout(r, 300))

describe('watching the workspace', () => {
  it('an outside edit updates the list and is reported with the new hash', async () => {
    const { root, files, latest } = await watched()
    const text = '---\ntitle: "#1 Edited by the co-host"\n---\n'
    writeFileSync(join(root, EP), text)
    await until(() => latest().some((e) => e.title === '#1 Edited by the co-host'))
    await until(() => files.length > 0)
    expect(files).toEqual([[EP, sha(text)]])
  })

  it('our own save updates the list but is not reported as an outside change', async () => {
    const { ws, files, latest } = await watched()
    const file = await ws.readEpisode(EP)
    await ws.saveEpisode(EP, file.text.replace('#1 Talking', '#1 Saved here, talking'), file.hash)
    await until(() => latest().some((e) => e.title.startsWith('#1 Saved here')))
    await settle()
    expect(files).toEqual([])
  })

  it('added, deleted and renamed episodes show up; a deleted file is reported with no hash', async () => {
    const { root, files, latest } = await watched()
    const paths = () => latest().map((e) => e.path).sort()
    writeTree(root, { 'content/talk/0003/index.md': episodeText({ number: 3 }) })
    await until(() => paths().includes('content/talk/0003/index.md'))
    rmSync(join(root, 'content/talk/0002'), { recursive: true })
    await until(() => !paths().includes('content/talk/0002/index.md'))
    renameSync(join(root, 'content/talk/0003'), join(root, 'content/talk/0003-renamed'))
    await until(() => paths().join() === ['content/talk/0001/index.md', 'content/talk/0003-renamed/index.md'].join())
    await until(() => files.some(([p, h]) => p === 'content/talk/0002/index.md' && h === null))
  })

  it('a new image in a bundle updates its media count', async () => {
    const { root, latest } = await watched()
    writeFileSync(join(root, 'content/talk/0001/new.png'), 'x')
    await until(() => latest().find((e) => e.path === EP)?.media === 1)
  })

  it('ignores the trash, dot folders and temporary files', async () => {
    const { root, lists, files } = await watched()
    writeTree(root, { '.trash/x/content/talk/0009/index.md': 'x', '.git/HEAD': 'x', 'content/talk/0001/.index.md.shownotes-1-ab.tmp': 'x' })
    await settle()
    expect(lists).toEqual([])
    expect(files).toEqual([])
  })

  it('tells when a scheduled episode goes live, with no file changing', async () => {
    const start = Date.now()
    const { root, latest } = await watched()
    writeFileSync(join(root, EP), `---\ntitle: soon\npublishDate: ${new Date(start + 1500).toISOString()}\n---\n`)
    await until(() => latest().find((e) => e.path === EP)?.status === 'scheduled')
    await until(() => latest().find((e) => e.path === EP)?.status === 'published', 6000)
  })

  it('the watched index always ends up equal to a fresh scan', async () => {
    const { ws, root } = await watched()
    const fresh = async () => {
      const data = tempDir('shownotes-data-')
      cleanups.push(data.cleanup)
      const other = await Workspace.open(root, { dataDir: data.dir })
      const list = await other.listEpisodes()
      await other.close()
      return list
    }
    const steps: [string, () => void][] = [
      ['edit a title', () => writeFileSync(join(root, EP), '---\ntitle: "#1 new title"\ndraft: true\n---\n')],
      ['add an image', () => writeFileSync(join(root, 'content/talk/0001/a.png'), 'x')],
      ['add an image in a sub-folder', () => writeTree(root, { 'content/talk/0001/kato/b.png': 'x' })],
      ['remove an image', () => rmSync(join(root, 'content/talk/0001/a.png'))],
      ['add leaf episodes', () => writeTree(root, { 'content/notes/a.md': '---\ntitle: A\n---\n', 'content/notes/b.md': '---\ntitle: B\n---\n' })],
      ['make their folder a bundle', () => writeTree(root, { 'content/notes/index.md': '---\ntitle: Notes bundle\n---\n' })],
      ['and a section again', () => rmSync(join(root, 'content/notes/index.md'))],
      ['edit a section page', () => writeTree(root, { 'content/talk/_index.md': '---\ntitle: Talks\n---\n' })],
      ['rename a bundle', () => renameSync(join(root, 'content/talk/0002'), join(root, 'content/talk/0002-x'))],
      ['delete a bundle', () => rmSync(join(root, 'content/talk/0002-x'), { recursive: true })],
      ['edit the config', () => writeFileSync(join(root, 'hugo.toml'), 'title = "x"\n')]
    ]
    for (const [name, step] of steps) {
      step()
      await settle()
      expect(await ws.listEpisodes(), name).toEqual(await fresh())
    }
  }, 20_000)

  it('stops when the last listener leaves', async () => {
    const { ws, root, lists } = await watched()
    cleanups.pop()!() // unsubscribe
    await settle()
    const seen = lists.length
    writeFileSync(join(root, EP), '---\ntitle: unseen\n---\n')
    await settle()
    expect(lists.length).toBe(seen)
    expect((await ws.listEpisodes()).find((e) => e.path === EP)?.title).toBe('unseen')
  })
})
