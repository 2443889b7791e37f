// The site's git status through the app's API: branch, ahead/behind and the list's marks; a site outside git hides
// the git features and works as before; progress is pushed while publishing.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { AppCore } from '../../../../src/main/app-core'
import { createDispatcher } from '../../../../src/main/dispatch'
import { coHosts, episodeText, git, isolateGit, remoteLog, write } from '../../../fixtures/git-sites'

beforeAll(isolateGit)

const cores: AppCore[] = []
async function openCore(folder: string) {
  const emit = vi.fn()
  const core = new AppCore({ dataDir: mkdtempSync(join(tmpdir(), 'shownotes-core-')), emit })
  cores.push(core)
  await core.open(folder)
  const dispatch = createDispatcher(core.handlers, () => undefined)
  const call = async (method: string, args: unknown = {}) => {
    const r = await dispatch(method, args)
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
    return r.value as never
  }
  return { call, emit }
}
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()))
})

describe('git status of a site', () => {
  it('marks changed, new and committed-but-unpushed episodes and counts ahead/behind', async () => {
    const { a, b } = coHosts()
    write(a, 'content/talk/0001/kato/photo.png', 'png')
    write(a, 'content/talk/0003/index.md', episodeText('Third', 'New.'))
    write(b, 'content/talk/0002/index.md', episodeText('Second', 'Pushed by Saito.'))
    git(b, 'commit', '-qam', 'From B')
    git(b, 'push', '-q')
    write(a, 'content/talk/0002/index.md', episodeText('Second', 'Committed by Kato.'))
    git(a, 'commit', '-qam', 'Local')
    const { call } = await openCore(a)
    expect(await call('git.status')).toMatchObject({ repo: true, branch: 'main', upstream: 'origin/main', ahead: 1, behind: 0, hasRemote: true, inProgress: null })
    const fetched = await call('git.fetch')
    expect(fetched).toMatchObject({ ahead: 1, behind: 1 })
    expect((fetched as { marks: unknown }).marks).toEqual({
      'content/talk/0001/index.md': 'changed',
      'content/talk/0002/index.md': 'unpublished',
      'content/talk/0003/index.md': 'new'
    })
    expect((fetched as { version: string }).version).toMatch(/^\d+\.\d+/)
  })

  it('hides git for a site outside a repository, and everything else works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shownotes-nogit-'))
    write(dir, 'hugo.toml', 'title = "Solo"\n')
    write(dir, 'content/talk/1/index.md', episodeText('One', 'Body.'))
    const { call } = await openCore(dir)
    expect(await call('git.status')).toEqual({ repo: false, reason: 'not-a-repo' })
    expect(await call('git.fetch')).toEqual({ repo: false, reason: 'not-a-repo' })
    const list: { path: string }[] = await call('episodes.list')
    expect(list.map((e) => e.path)).toEqual(['content/talk/1/index.md'])
    const file: { text: string; hash: string } = await call('episode.read', { path: 'content/talk/1/index.md' })
    expect(await call('episode.save', { path: 'content/talk/1/index.md', text: file.text + 'More.\n', baseHash: file.hash })).toMatchObject({ ok: true })
    await expect(call('git.publish', { paths: ['content/talk/1/index.md'], message: 'x' })).rejects.toMatchObject({ code: 'not-a-git-repo' })
  })

  it('hides git when no git is installed (none on PATH), and the site still opens and lists', async () => {
    const { a } = coHosts()
    const { call } = await openCore(a)
    const path = process.env.PATH
    process.env.PATH = mkdtempSync(join(tmpdir(), 'shownotes-empty-path-'))
    try {
      expect(await call('git.status')).toEqual({ repo: false, reason: 'no-git' })
      await expect(call('git.publish', { paths: ['content/talk/0001/index.md'], message: 'x' })).rejects.toMatchObject({ code: 'git-missing' })
      expect(((await call('episodes.list')) as unknown[]).length).toBe(2)
    } finally {
      process.env.PATH = path
    }
  })

  it('publishes an episode by its path, pushing progress, and gives the published text of a file', async () => {
    const { a, remote } = coHosts()
    write(a, 'content/talk/0001/index.md', episodeText('First', 'From the app.'))
    const { call, emit } = await openCore(a)
    expect(await call('git.publish', { paths: ['content/talk/0001/index.md'], message: 'Publish “First”' })).toMatchObject({ ok: true, pushed: true })
    expect(remoteLog(remote)[0]).toBe('Publish “First”')
    const steps = emit.mock.calls.filter(([e]) => e === 'didGitProgress').map(([, p]) => (p as { step: string }).step)
    expect(steps).toEqual(['fetching', 'committing', 'pushing'])
    expect(await call('git.publishedText', { path: 'content/talk/0001/index.md' })).toEqual({ text: readFileSync(join(a, 'content/talk/0001/index.md'), 'utf8') })
    await expect(call('git.publish', { paths: ['../outside.md'], message: 'x' })).rejects.toMatchObject({ code: 'path-refused' })
  })
})
