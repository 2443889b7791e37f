// Pull with the real git: what co-hosts published comes in; uncommitted work stays (staged files staged), and where
// it clashes with theirs the host's text stays whole in the file, named, with the repository left clean.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { syncSite } from '../../../../src/main/services/git/sync'
import { coHosts, episodeText, git, isolateGit, write } from '../../../fixtures/git-sites'

beforeAll(isolateGit)

const first = 'content/talk/0001/index.md'

function coHostPushes(a: string, body: string) {
  write(a, first, episodeText('First', body))
  git(a, 'commit', '-qam', 'From A')
  git(a, 'push', '-q')
}

describe('sync (pull)', () => {
  it('brings in published commits and leaves uncommitted work as it was', async () => {
    const { a, b } = coHosts()
    coHostPushes(a, 'Kato writes here, updated.\n\nSaito writes here.')
    write(b, 'content/talk/0002/index.md', episodeText('Second', 'Mine, not committed.'))
    write(b, 'notes.txt', 'staged by hand\n')
    git(b, 'add', 'notes.txt')
    expect(await syncSite(b)).toEqual({ ok: true, pulled: 1, conflicts: [] })
    expect(readFileSync(join(b, first), 'utf8')).toContain('updated')
    expect(git(b, 'status', '--porcelain')).toBe(' M content/talk/0002/index.md\nA  notes.txt\n')
    expect(await syncSite(b)).toEqual({ ok: true, pulled: 0, conflicts: [] })
  })

  it('keeps the host’s text whole where it clashes, names the file, and leaves no stash, markers or half-done merge', async () => {
    const { a, b } = coHosts()
    coHostPushes(a, 'Kato writes here (A).\n\nSaito writes here.')
    const mine = episodeText('First', 'Kato writes here (B).\n\nSaito writes here.')
    write(b, first, mine)
    git(b, 'config', 'pull.rebase', 'true')
    write(b, 'content/talk/0002/index.md', episodeText('Second', 'Committed, not pushed.'))
    git(b, 'commit', '-qm', 'Local', '--', 'content/talk/0002/index.md')
    expect(await syncSite(b)).toEqual({ ok: true, pulled: 1, conflicts: [first] })
    expect(readFileSync(join(b, first), 'utf8')).toBe(mine)
    expect(git(b, 'show', `HEAD:${first}`)).toContain('(A)')
    expect(git(b, 'log', '--format=%s').trim().split('\n')).toEqual(['Local', 'From A', 'The site'])
    expect(git(b, 'stash', 'list')).toBe('')
    expect(git(b, 'status', '--porcelain')).toBe(` M ${first}\n`)
  })

  it('says when the branch has no upstream', async () => {
    const { b } = coHosts()
    git(b, 'checkout', '-q', '-b', 'topic')
    expect(await syncSite(b)).toMatchObject({ ok: false, failure: { code: 'no-upstream' } })
  })
})
