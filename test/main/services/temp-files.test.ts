// Temporary files a killed save left in a bundle (`kill -9` during `set` or a save): never reported by `check`, never
// counted or listed as media, and removed when the episode is next opened or saved, only ours and only when stale.
import { existsSync, readdirSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main, type CliIo } from '../../../src/cli/index'
import { Workspace } from '../../../src/main/services/workspace'
import { PNG_BYTES, episodeText, tempDir, writeTree } from '../../fixtures/site'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

const BUNDLE = 'content/talk/0001'
const OURS_STALE = '.index.md.shownotes-4242-0badcafe.tmp'
const OLD_SET_STALE = 'index.md.3735928559' // what `set` left before, through write-file-atomic
const OURS_FRESH = '.index.md.shownotes-4343-cafe0bad.tmp' // a save in progress right now
const THEIRS = ['index.md.bak', 'index.md.1', 'notes.tmp', 'take.2']

function makeSite() {
  const site = tempDir()
  const data = tempDir('shownotes-data-')
  cleanups.push(site.cleanup, data.cleanup)
  writeTree(site.dir, {
    'hugo.toml': '',
    [`${BUNDLE}/index.md`]: episodeText({ number: 1 }),
    [`${BUNDLE}/${OURS_STALE}`]: 'half a save',
    [`${BUNDLE}/${OLD_SET_STALE}`]: 'half a set',
    [`${BUNDLE}/${OURS_FRESH}`]: 'a save in progress',
    [`${BUNDLE}/photo.png`]: PNG_BYTES,
    ...Object.fromEntries(THEIRS.map((n) => [`${BUNDLE}/${n}`, 'the host’s own file']))
  })
  const tenMinutesAgo = new Date(Date.now() - 10 * 60_000)
  for (const name of [OURS_STALE, OLD_SET_STALE]) utimesSync(join(site.dir, BUNDLE, name), tenMinutesAgo, tenMinutesAgo)
  const files = () => readdirSync(join(site.dir, BUNDLE)).sort()
  return { root: site.dir, dataDir: data.dir, files }
}

describe('temporary files left by a killed save', () => {
  it('are not reported by check as unused bundle files', async () => {
    const { root } = makeSite()
    const out: string[] = []
    const io: CliIo = { out: (t) => void out.push(t), err: (t) => void out.push(t), cwd: root }
    await main(['check', BUNDLE, '--format', 'json'], io)
    const problems: { rule: string; message: string }[] = JSON.parse(out.join('\n'))
    const named = problems.filter((p) => p.rule === 'bundle-file-unused').map((p) => p.message).join('\n')
    for (const name of [OURS_STALE, OLD_SET_STALE, OURS_FRESH]) expect(named).not.toContain(name)
    for (const name of THEIRS) expect(named).toContain(name)
  })

  it('are neither counted nor listed as media, and are removed when the episode is opened', async () => {
    const { root, dataDir, files } = makeSite()
    const ws = await Workspace.open(root, { dataDir })
    cleanups.push(() => void ws.close())
    const [episode] = await ws.listEpisodes()
    expect(episode.media).toBe(1 + THEIRS.length)
    const media = (await ws.listMedia(episode.path)).map((m) => m.name)
    expect(media).not.toContain(OLD_SET_STALE)
    expect(media.some((n) => n.includes('shownotes'))).toBe(false)
    await ws.readEpisode(episode.path)
    await vi.waitFor(() => expect(files()).not.toContain(OURS_STALE))
    expect(files()).toEqual([OURS_FRESH, 'index.md', ...THEIRS, 'photo.png'].sort())
  })

  it('are removed by the next `set`, which writes through a temporary name of ours', async () => {
    const { root, files } = makeSite()
    const io: CliIo = { out: () => undefined, err: () => undefined, cwd: root }
    expect(await main(['set', `${BUNDLE}/index.md`, 'draft=true'], io)).toBe(0)
    expect(files()).toEqual([OURS_FRESH, 'index.md', ...THEIRS, 'photo.png'].sort())
    expect(existsSync(join(root, BUNDLE, OLD_SET_STALE))).toBe(false)
  })
})
