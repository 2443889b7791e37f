// Publishing with the real git between two co-hosts' clones of a local bare repository.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { publishEpisodes } from '../../../../src/main/services/git/publish'
import { coHosts, episodeText, git, isolateGit, remoteLog, write } from '../../../fixtures/git-sites'

beforeAll(isolateGit)

const first = 'content/talk/0001'
const second = 'content/talk/0002'

function publish(root: string, scope: string, message: string, push = true) {
  return publishEpisodes({ root, scopes: [scope], message, push })
}

function cleanRepo(root: string): void {
  const status = git(root, 'status', '--porcelain=v2')
  expect(status).not.toMatch(/^u /m)
  expect(() => git(root, 'rev-parse', '-q', '--verify', 'MERGE_HEAD')).toThrow()
  expect(() => git(root, 'rev-parse', '-q', '--verify', 'REBASE_HEAD')).toThrow()
  expect(git(root, 'stash', 'list')).toBe('')
}

describe('publishing an episode', () => {
  it('publishes two co-hosts’ episodes one after the other: the second brings in the first, commits only its bundle and pushes without force', async () => {
    const { a, b, remote } = coHosts()
    write(a, `${first}/index.md`, episodeText('First', 'Kato writes here, edited.\n\nSaito writes here.'))
    write(a, `${first}/kato/Untitled 1.png`, 'png bytes')
    const aResult = await publish(a, first, 'Publish “First”')
    expect(aResult).toMatchObject({ ok: true, pushed: true })

    // The second host has other work in progress: a site setting changed, and a file staged by hand.
    write(b, `${second}/index.md`, episodeText('Second', 'Opening line, edited by Saito.'))
    write(b, 'hugo.toml', 'title = "Shared show (draft title)"\n')
    write(b, 'notes.txt', 'staged, not for this commit\n')
    git(b, 'add', 'notes.txt')
    const bResult = await publish(b, second, 'Publish “Second”')
    expect(bResult).toMatchObject({ ok: true, pushed: true, committed: [`${second}/index.md`] })

    expect(remoteLog(remote)).toEqual(['Publish “Second”', 'Publish “First”', 'The site'])
    // The first host's commit is an ancestor of the second's: integrated, not overwritten.
    git(remote, 'merge-base', '--is-ancestor', git(remote, 'rev-parse', 'main~1').trim(), 'main')
    expect(git(remote, 'show', '--name-only', '--format=', 'main').trim()).toBe(`${second}/index.md`)
    expect(git(remote, 'show', '--name-only', '--format=', 'main~1').trim().split('\n').sort()).toEqual([`${first}/index.md`, `${first}/kato/Untitled 1.png`])
    // The other work is still there, uncommitted, the staged file still staged.
    expect(readFileSync(join(b, 'hugo.toml'), 'utf8')).toContain('draft title')
    expect(git(b, 'status', '--porcelain')).toBe(' M hugo.toml\nA  notes.txt\n')
    expect(readFileSync(join(b, first, 'index.md'), 'utf8')).toContain('Kato writes here, edited.')
  })

  it('stops on the same line edited by both: names the file, pushes nothing, leaves the repository clean and the host’s text in place', async () => {
    const { a, b, remote } = coHosts()
    write(a, `${first}/index.md`, episodeText('First', 'Kato writes here, says Kato.\n\nSaito writes here.'))
    expect(await publish(a, first, 'Kato’s part')).toMatchObject({ ok: true })

    const mine = episodeText('First', 'Kato writes here, says Saito.\n\nSaito writes here.')
    write(b, `${first}/index.md`, mine)
    const result = await publish(b, first, 'Saito’s part')
    expect(result).toMatchObject({ ok: false, failure: { code: 'conflict', files: [`${first}/index.md`] } })

    expect(remoteLog(remote)).toEqual(['Kato’s part', 'The site'])
    const onDisk = readFileSync(join(b, first, 'index.md'), 'utf8')
    expect(onDisk).toBe(mine)
    expect(onDisk).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m)
    cleanRepo(b)
    // The co-host's version is what the branch has now, for the compare view.
    expect(git(b, 'show', `HEAD:${first}/index.md`)).toContain('says Kato')

    // The host merges by hand and publishes again: it goes through.
    write(b, `${first}/index.md`, episodeText('First', 'Kato writes here, says Kato and Saito.\n\nSaito writes here.'))
    expect(await publish(b, first, 'Both parts')).toMatchObject({ ok: true, pushed: true })
    expect(remoteLog(remote)).toEqual(['Both parts', 'Kato’s part', 'The site'])
  })

  it('publishes the episode when only another uncommitted file clashes, keeping the host’s text there and saying so', async () => {
    const { a, b, remote } = coHosts()
    write(a, 'hugo.toml', 'title = "Title by Kato"\n')
    git(a, 'commit', '-qam', 'Retitle')
    git(a, 'push', '-q')
    write(b, 'hugo.toml', 'title = "Title by Saito"\n')
    write(b, `${second}/index.md`, episodeText('Second', 'Saito’s episode.'))
    expect(await publish(b, second, 'Second')).toMatchObject({ ok: true, pushed: true, committed: [`${second}/index.md`], keptYours: ['hugo.toml'] })
    expect(readFileSync(join(b, 'hugo.toml'), 'utf8')).toBe('title = "Title by Saito"\n')
    expect(remoteLog(remote)).toEqual(['Second', 'Retitle', 'The site'])
    cleanRepo(b)
  })

  it('rebases the host’s own unpushed commits when the repository pulls with rebase', async () => {
    const { a, b, remote } = coHosts()
    write(a, `${first}/index.md`, episodeText('First', 'Kato writes here, again.\n\nSaito writes here.'))
    expect(await publish(a, first, 'From A')).toMatchObject({ ok: true })
    git(b, 'config', 'pull.rebase', 'true')
    write(b, `${second}/index.md`, episodeText('Second', 'Committed earlier.'))
    expect(await publish(b, second, 'Earlier, not pushed', false)).toMatchObject({ ok: true, pushed: false })
    write(b, 'content/talk/0003/index.md', episodeText('Third', 'New.'))
    expect(await publish(b, 'content/talk/0003', 'Third')).toMatchObject({ ok: true, pushed: true })
    expect(remoteLog(remote)).toEqual(['Third', 'Earlier, not pushed', 'From A', 'The site'])
    expect(git(remote, 'rev-list', '--merges', '--count', 'main').trim()).toBe('0')
  })

  it('says there is no upstream when the branch tracks nothing, and still commits locally with --no-push', async () => {
    const { a } = coHosts()
    git(a, 'checkout', '--quiet', '-b', 'local-only')
    write(a, `${first}/index.md`, episodeText('First', 'Local.'))
    expect(await publish(a, first, 'Local')).toMatchObject({ ok: false, failure: { code: 'no-upstream' } })
    expect(git(a, 'log', '-1', '--format=%s')).toBe('The site\n')
    expect(await publish(a, first, 'Local', false)).toMatchObject({ ok: true, pushed: false })
    expect(git(a, 'log', '-1', '--format=%s')).toBe('Local\n')
  })

  it('leaves the index as it was when a pre-commit hook refuses the commit: nothing staged by the publish, the text kept', async () => {
    const { a, remote } = coHosts()
    const hook = join(a, '.git', 'hooks', 'pre-commit')
    writeFileSync(hook, '#!/bin/sh\necho "no commits on Fridays" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    write(a, `${first}/index.md`, episodeText('First', 'Held back by the hook.'))
    const third = 'content/talk/0003'
    write(a, `${third}/index.md`, episodeText('Third', 'A new episode.'))
    write(a, 'notes.txt', 'staged by hand\n')
    git(a, 'add', 'notes.txt')
    const result = await publishEpisodes({ root: a, scopes: [first, third], message: 'Friday', push: true })
    expect(result).toMatchObject({ ok: false, failure: { step: 'committing' } })
    expect(!result.ok && result.failure.output).toContain('no commits on Fridays')
    // The bundles are as they were before publishing (changed, new), not staged; the file staged by hand still is.
    expect(git(a, 'status', '--porcelain', '--untracked-files=all')).toBe(` M ${first}/index.md\nA  notes.txt\n?? ${third}/index.md\n`)
    expect(readFileSync(join(a, first, 'index.md'), 'utf8')).toContain('Held back by the hook.')
    expect(remoteLog(remote)).toEqual(['The site'])
  })

  it('reports a push the remote’s pre-receive hook refused, with git’s output', async () => {
    const { a, remote } = coHosts()
    const hook = join(remote, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "publishing is closed today" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    write(a, `${first}/index.md`, episodeText('First', 'Refused.'))
    const result = await publish(a, first, 'Refused')
    expect(result).toMatchObject({ ok: false, failure: { code: 'hook', step: 'pushing' } })
    expect(!result.ok && result.failure.output).toContain('publishing is closed today')
    expect(remoteLog(remote)).toEqual(['The site'])
  })

  it('takes the message from stdin exactly, even when it looks like an option', async () => {
    const { a, remote } = coHosts()
    write(a, `${first}/index.md`, episodeText('First', 'Dash.'))
    expect(await publish(a, first, '--amend "quoted" $(not run)')).toMatchObject({ ok: true, pushed: true })
    expect(remoteLog(remote)[0]).toBe('--amend "quoted" $(not run)')
  })
})

describe('a clash in commits not pushed yet', () => {
  it('aborts the rebase, changes nothing, pushes nothing and says to bring them together in a terminal', async () => {
    const { a, b, remote } = coHosts()
    write(a, `${first}/index.md`, episodeText('First', 'Kato writes here (A).\n\nSaito writes here.'))
    expect(await publish(a, first, 'From A')).toMatchObject({ ok: true })
    git(b, 'config', 'pull.rebase', 'true')
    write(b, `${first}/index.md`, episodeText('First', 'Kato writes here (B).\n\nSaito writes here.'))
    git(b, 'commit', '-qam', 'From B, not pushed')
    const head = git(b, 'rev-parse', 'HEAD')
    write(b, 'hugo.toml', 'title = "changed too"\n')
    const result = await publish(b, second, 'Second')
    expect(result).toMatchObject({ ok: false, failure: { code: 'conflict-commits', files: [`${first}/index.md`] } })
    expect(git(b, 'rev-parse', 'HEAD')).toBe(head)
    expect(remoteLog(remote)).toEqual(['From A', 'The site'])
    cleanRepo(b)
    expect(git(b, 'status', '--porcelain')).toBe(' M hugo.toml\n')
  })
})

describe('git refusing', () => {
  it('says the remote moved on when a co-host pushed between our fetch and our push (not a fast-forward), forcing nothing', async () => {
    const { a, b, remote } = coHosts()
    // The co-host has a commit ready; A's post-commit hook makes them push it right after A commits, before A pushes.
    write(b, `${second}/index.md`, episodeText('Second', 'Saito got there first.'))
    git(b, 'commit', '-qam', 'Saito first')
    const hook = join(a, '.git', 'hooks', 'post-commit')
    writeFileSync(hook, `#!/bin/sh\nunset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX\ncd "${b}" && git push -q origin HEAD:main\n`)
    chmodSync(hook, 0o755)
    write(a, `${first}/index.md`, episodeText('First', 'Kato, a moment later.'))
    const result = await publish(a, first, 'Kato later')
    expect(result).toMatchObject({ ok: false, failure: { code: 'rejected', step: 'pushing' } })
    expect(remoteLog(remote)).toEqual(['Saito first', 'The site'])
    // Publishing again brings Saito's commit in (a merge: this repository does not pull with rebase) and goes through.
    rmSync(hook)
    expect(await publish(a, first, 'Kato later')).toMatchObject({ ok: true, pushed: true })
    expect(remoteLog(remote).sort()).toEqual(["Merge remote-tracking branch 'origin/main'", 'Kato later', 'Saito first', 'The site'].sort())
  })

  it('says a local hook refused the commit, with its output, and pushes nothing', async () => {
    const { a, remote } = coHosts()
    const hook = join(a, '.git', 'hooks', 'pre-commit')
    writeFileSync(hook, '#!/bin/sh\necho "spell check failed: teh" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    write(a, `${first}/index.md`, episodeText('First', 'teh notes'))
    const result = await publish(a, first, 'Typo')
    expect(result).toMatchObject({ ok: false, failure: { code: 'hook', step: 'committing' } })
    expect(!result.ok && result.failure.output).toContain('spell check failed')
    expect(remoteLog(remote)).toEqual(['The site'])
    expect(readFileSync(join(a, first, 'index.md'), 'utf8')).toContain('teh notes')
  })

  // Sessions read from /proc (Linux), so the test needs no `ps` on the machine.
  it.skipIf(process.platform !== 'linux')('runs git (and the ssh it starts) away from the terminal Shownotes started from, so ssh cannot prompt there', async () => {
    const { a, dir } = coHosts()
    // An ssh that says which session it runs in, and refuses as a server without our key would.
    const ssh = join(dir, 'fake-ssh')
    writeFileSync(ssh, '#!/bin/sh\necho "session $(cut -d \' \' -f 6 /proc/$$/stat)" >&2\necho "Permission denied (publickey)." >&2\nexit 255\n')
    chmodSync(ssh, 0o755)
    git(a, 'config', 'core.sshCommand', ssh)
    git(a, 'remote', 'set-url', 'origin', 'ssh://git@example.invalid/site.git')
    write(a, `${first}/index.md`, episodeText('First', 'Over ssh.'))
    const result = await publish(a, first, 'Over ssh')
    expect(result).toMatchObject({ ok: false, failure: { code: 'auth', step: 'fetching' } })
    const ours = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[3]
    const theirs = /session (\d+)/.exec(result.ok ? '' : result.failure.output)?.[1]
    expect(theirs).toBeDefined()
    expect(theirs).not.toBe(ours)
  })

  it('never waits for a password: a remote asking for one is an authentication failure at once', async () => {
    const { a } = coHosts()
    // A local HTTP remote that wants a user name and password, as a hosting service does for https.
    const server = createServer((_req, res) => {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' })
      res.end()
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const { port } = server.address() as AddressInfo
      git(a, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/site.git`)
      write(a, `${first}/index.md`, episodeText('First', 'Over http.'))
      const result = await publish(a, first, 'Over http')
      expect(result).toMatchObject({ ok: false, failure: { code: 'auth', step: 'fetching' } })
      expect(!result.ok && result.failure.output).toContain('terminal prompts disabled')
    } finally {
      server.close()
    }
  })
})
