// Failed operations leave nothing behind: a new episode refused for its archetype, or stopped by a full disk, leaves
// no folder; a media import stopped by a full disk leaves no temporary file. The full disk is simulated by making
// every file write of `node:fs/promises` fail with ENOSPC while `diskFull` is set.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/index'
import { Workspace } from '../../../src/main/services/workspace'
import { PNG_BYTES, episodeText, tempDir, useTempDataDir, writeTree } from '../../fixtures/site'

const disk = vi.hoisted(() => ({ full: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 })
  const writeFile: typeof fs.writeFile = async (path, data, options) => {
    if (!disk.full) return fs.writeFile(path, data, options)
    await fs.writeFile(path, '', options) // the file is made, then the disk runs out
    throw enospc()
  }
  const open: typeof fs.open = async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args)
    if (!disk.full) return handle
    return Object.assign(Object.create(handle), {
      writeFile: async () => {
        throw enospc()
      },
      close: () => handle.close()
    })
  }
  return { ...fs, default: { ...fs, writeFile, open }, writeFile, open }
})

const cleanups = useTempDataDir()
afterEach(() => {
  disk.full = false
})

function site(files: Record<string, string | Uint8Array> = {}) {
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  writeTree(dir, { 'hugo.toml': '', 'content/talk/0001/index.md': episodeText({ number: 1 }), ...files })
  return dir
}
const everything = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort()

describe('everything or nothing', () => {
  it('`new` with an archetype it must refuse makes no folder, however often it is tried', async () => {
    const dir = site({ 'archetypes/talk.md': '---\ntitle: [unclosed\n---\n' })
    const before = everything(dir)
    const err: string[] = []
    for (let i = 0; i < 3; i++) expect(await main(['new', dir, '--title', 't'], { out: () => undefined, err: (t) => void err.push(t), cwd: dir })).toBe(2)
    expect(err.join('\n')).toMatch(/archetype .* has front matter Shownotes cannot read/)
    expect(everything(dir)).toEqual(before)
  })

  it('a new episode on a full disk leaves no folder (nor a new section folder)', async () => {
    const dir = site()
    const ws = await Workspace.open(dir, { dataDir: tempDir('shownotes-data-').dir })
    cleanups.push(() => void ws.close())
    const before = everything(dir)
    disk.full = true
    await expect(ws.createEpisode({ title: 'Full' })).rejects.toMatchObject({ code: 'ENOSPC' })
    await expect(ws.createEpisode({ section: 'bonus/extra', title: 'Full' })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(everything(dir)).toEqual(before)
    disk.full = false
    expect((await ws.createEpisode({ title: 'Room again' })).path).toBe('content/talk/0002-room-again/index.md')
  })

  it('a duplicate on a full disk leaves no half copy', async () => {
    const dir = site({ 'content/talk/0001/photo.png': PNG_BYTES })
    const ws = await Workspace.open(dir, { dataDir: tempDir('shownotes-data-').dir })
    cleanups.push(() => void ws.close())
    const before = everything(dir)
    disk.full = true
    await expect(ws.duplicateEpisode('content/talk/0001/index.md')).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(everything(dir)).toEqual(before)
  })

  it('a media import on a full disk leaves no temporary file', async () => {
    const dir = site()
    const ws = await Workspace.open(dir, { dataDir: tempDir('shownotes-data-').dir })
    cleanups.push(() => void ws.close())
    disk.full = true
    await expect(ws.importMedia('content/talk/0001/index.md', 'photo.png', PNG_BYTES)).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(readdirSync(join(dir, 'content/talk/0001'))).toEqual(['index.md'])
  })
})
