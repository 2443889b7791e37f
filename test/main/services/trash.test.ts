// The site's trash lives in the data folder, which may be on another disk than the site: a move across disks copies,
// then removes the original only once the copy is whole, and Undo brings the episode back the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { moveToSiteTrash, restoreFromSiteTrash, siteTrashFolder } from '../../../src/main/services/trash'
import { PNG_BYTES, tempDir, writeTree } from '../../fixtures/site'

const disks = vi.hoisted(() => ({ apart: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const rename: typeof fs.rename = async (from, to) => {
    if (disks.apart) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' })
    return fs.rename(from, to)
  }
  return { ...fs, default: { ...fs, rename }, rename }
})

const cleanups: (() => void)[] = []
afterEach(() => {
  disks.apart = false
  cleanups.splice(0).forEach((c) => c())
})

describe.each([false, true])('the site trash (data folder on another disk: %s)', (apart) => {
  it('moves a bundle out of the site and back', async () => {
    const site = tempDir()
    const data = tempDir('shownotes-data-')
    cleanups.push(site.cleanup, data.cleanup)
    writeTree(site.dir, { 'content/talk/0001/index.md': 'episode', 'content/talk/0001/kato/a.png': PNG_BYTES })
    disks.apart = apart
    const trashed = await moveToSiteTrash(data.dir, site.dir, 'content/talk/0001', new Date('2026-12-01T00:00:00Z'))
    expect(existsSync(join(site.dir, 'content/talk/0001'))).toBe(false)
    const trash = siteTrashFolder(data.dir, site.dir)
    expect(readFileSync(join(trash, trashed, 'index.md'), 'utf8')).toBe('episode')
    expect(readFileSync(join(trash, 'site.txt'), 'utf8')).toBe(`${site.dir}\n`)
    expect(await restoreFromSiteTrash(data.dir, site.dir, trashed)).toBe('content/talk/0001')
    expect(readdirSync(join(site.dir, 'content/talk/0001'), { recursive: true }).map(String).sort()).toEqual(['index.md', 'kato', 'kato/a.png'])
    expect(existsSync(join(trash, trashed))).toBe(false)
  })
})
