// `shownotes publish` and `shownotes sync` between two co-hosts' clones of a local bare repository.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../fixtures/cli'
import { coHosts, episodeText, git, isolateGit, remoteLog, write } from '../fixtures/git-sites'

beforeAll(isolateGit)

const cli = (cwd: string, ...argv: string[]) => runCli(argv, cwd)

describe('shownotes publish / sync', () => {
  it('publishes a bundle with the title as the message, and the co-host syncs it', async () => {
    const { a, b, remote } = coHosts()
    write(a, 'content/talk/0002/index.md', episodeText('Second', 'Edited by Kato.'))
    write(a, 'hugo.toml', 'title = "not this"\n')
    const r = await cli(a, 'publish', 'content/talk/0002')
    expect(r).toMatchObject({ code: 0 })
    expect(r.out).toMatch(/^Published content\/talk\/0002 as [0-9a-f]{7}$/)
    expect(r.err).toContain('Pushing…')
    expect(remoteLog(remote)[0]).toBe('Publish “Second”')
    expect(git(a, 'status', '--porcelain')).toBe(' M hugo.toml\n')

    const s = await cli(b, 'sync', '.')
    expect(s).toMatchObject({ code: 0, out: 'Brought in 1 published commit.' })
    expect(readFileSync(join(b, 'content/talk/0002/index.md'), 'utf8')).toContain('Edited by Kato.')
  })

  it('exits 1 naming the file when both edited the same line, with --message and --no-push honoured before', async () => {
    const { a, b, remote } = coHosts()
    write(a, 'content/talk/0001/index.md', episodeText('First', 'Kato writes here (A).\n\nSaito writes here.'))
    expect((await cli(a, 'publish', 'content/talk/0001/index.md', '--message', 'From A', '--no-push')).out).toMatch(/not pushed: --no-push/)
    expect(remoteLog(remote)).toEqual(['The site'])
    expect((await cli(a, 'publish', 'content/talk/0001')).code).toBe(0)
    expect(remoteLog(remote)).toEqual(['From A', 'The site'])

    write(b, 'content/talk/0001/index.md', episodeText('First', 'Kato writes here (B).\n\nSaito writes here.'))
    const r = await cli(b, 'publish', 'content/talk/0001')
    expect(r.code).toBe(1)
    expect(r.err).toContain('content/talk/0001/index.md')
    expect(r.err).toMatch(/same lines/)
    expect(remoteLog(remote)).toEqual(['From A', 'The site'])
    expect(readFileSync(join(b, 'content/talk/0001/index.md'), 'utf8')).toContain('(B)')
  })

  it('refuses a folder that is not in a git repository, saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shownotes-nogit-'))
    write(dir, 'content/talk/1/index.md', episodeText('One', 'x'))
    const r = await cli(dir, 'publish', 'content/talk/1')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/is not in a git repository/)
  })
})
