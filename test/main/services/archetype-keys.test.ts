// The front matter keys offered for an episode come from its section's archetype, with the site as detected when
// the folder was opened (not detected again on every call), and paths outside the folder are refused.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tempDir, writeTree } from '../../fixtures/site'

const detected = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../src/main/services/site-config', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/services/site-config')>()
  return { ...real, detectSite: (root: string) => (detected.count++, real.detectSite(root)) }
})
const { Workspace } = await import('../../../src/main/services/workspace')

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

async function open(files: Record<string, string>) {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, files)
  const ws = await Workspace.open(site.dir, { dataDir: data.dir, clock: () => new Date('2026-11-24T01:03:00Z') })
  cleanups.push(() => void ws.close())
  return ws
}

describe('front matter keys from the archetype', () => {
  it("offers the section's archetype keys, else default.md's, detecting the site once", async () => {
    const ws = await open({
      'hugo.toml': "contentDir = 'notes'\n",
      'archetypes/talk.md': '---\ntitle: "{{ .Name }}"\nguests: []\naudio:\n  url: ""\n---\n',
      'archetypes/default.md': '---\ntitle: x\ndraft: true\n---\n',
      'notes/talk/0001/index.md': '---\ntitle: a\n---\n'
    })
    const opened = detected.count
    expect(await ws.frontMatterKeys('notes/talk/0001/index.md')).toEqual(['title', 'guests', 'audio'])
    expect(await ws.frontMatterKeys('notes/blog/post.md')).toEqual(['title', 'draft'])
    expect(detected.count).toBe(opened)
  })

  it('refuses a path outside the folder', async () => {
    const ws = await open({ 'hugo.toml': '' })
    await expect(ws.frontMatterKeys('../elsewhere/index.md')).rejects.toMatchObject({ code: 'path-refused' })
  })
})
