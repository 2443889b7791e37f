import { describe, it, expect, afterEach } from 'vitest'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RecoveryJournal } from '../../../src/main/services/recovery'
import { tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function setup() {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, { 'content/a.md': 'on disk\n', 'content/b.md': 'b on disk\n' })
  let t = Date.parse('2026-11-24T01:00:00Z')
  const journal = new RecoveryJournal(data.dir, () => new Date((t += 1000)))
  return { root: site.dir, dataDir: data.dir, journal }
}

describe('the recovery journal', () => {
  it('offers back unsaved buffers, newest first', async () => {
    const { root, journal } = setup()
    await journal.write(root, 'content/a.md', 'unsaved a\n', 'hash-a')
    await journal.write(root, 'content/b.md', 'unsaved b\n', null)
    expect(await journal.list(root)).toEqual([
      { path: 'content/b.md', text: 'unsaved b\n', savedAt: '2026-11-24T01:00:02.000Z', baseHash: null },
      { path: 'content/a.md', text: 'unsaved a\n', savedAt: '2026-11-24T01:00:01.000Z', baseHash: 'hash-a' }
    ])
  })

  it('keeps only the latest text of a buffer, even when writes overlap', async () => {
    const { root, journal } = setup()
    await Promise.all(Array.from({ length: 20 }, (_, i) => journal.write(root, 'content/a.md', `draft ${i}\n`, 'h')))
    expect((await journal.list(root)).map((b) => b.text)).toEqual(['draft 19\n'])
  })

  it('forgets a buffer once discarded (after a save), and a buffer the disk already holds', async () => {
    const { root, journal } = setup()
    await journal.write(root, 'content/a.md', 'unsaved a\n', 'h')
    await journal.write(root, 'content/b.md', 'b on disk\n', 'h')
    await journal.discard(root, 'content/a.md')
    await journal.discard(root, 'content/never.md')
    expect(await journal.list(root)).toEqual([])
  })

  it('never drops text journaled while the list was being read, even when an older buffer matched the disk', async () => {
    const { root, journal } = setup()
    await journal.write(root, 'content/b.md', 'b on disk\n', 'h')
    // The list finds the old buffer equal to the disk and drops it, while the host's next keystroke is journaled.
    const listing = journal.list(root)
    const typing = journal.write(root, 'content/b.md', 'b on disk, and more\n', 'h')
    await Promise.all([listing, typing])
    expect((await journal.list(root)).map((b) => b.text)).toEqual(['b on disk, and more\n'])
  })

  it('keeps each workspace’s buffers apart', async () => {
    const { root, journal } = setup()
    const other = tempDir()
    cleanups.push(other.cleanup)
    await journal.write(root, 'content/a.md', 'mine\n', null)
    await journal.write(other.dir, 'content/a.md', 'other\n', null)
    expect((await journal.list(root)).map((b) => b.text)).toEqual(['mine\n'])
    expect((await journal.list(other.dir)).map((b) => b.text)).toEqual(['other\n'])
  })

  it('skips a damaged journal file instead of failing', async () => {
    const { root, dataDir, journal } = setup()
    await journal.write(root, 'content/a.md', 'unsaved\n', null)
    const [folder] = readdirSync(join(dataDir, 'recovery'))
    writeFileSync(join(dataDir, 'recovery', folder, 'broken.json'), '{"version":1,"root":')
    writeFileSync(join(dataDir, 'recovery', folder, 'wrong.json'), '{"version":1,"root":"/x","path":1}')
    expect((await journal.list(root)).map((b) => b.text)).toEqual(['unsaved\n'])
  })

  it('offers a buffer whose file was deleted', async () => {
    const { root, journal } = setup()
    await journal.write(root, 'content/gone.md', 'only here\n', 'h')
    expect((await journal.list(root)).map((b) => b.path)).toEqual(['content/gone.md'])
  })
})
