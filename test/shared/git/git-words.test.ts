// The pure side of publishing: reading git's status, deciding the list's marks, naming failures, reading pull's set-up.
import { describe, expect, it } from 'vitest'
import { defaultCommitMessage } from '../../../src/shared/git/commit-message'
import { classifyGitFailure } from '../../../src/shared/git/failure'
import { integrateMode } from '../../../src/shared/git/integrate-mode'
import { episodeMarks, episodeScope } from '../../../src/shared/git/marks'
import { gitFailureText } from '../../../src/shared/git/messages'
import { parsePorcelainV2 } from '../../../src/shared/git/porcelain'

describe('parsePorcelainV2', () => {
  it('reads the branch, upstream, counts and each change (renames, untracked, conflicts, names with spaces)', () => {
    const out = [
      '# branch.oid 0123',
      '# branch.head main',
      '# branch.upstream origin/main',
      '# branch.ab +2 -3',
      '1 .M N... 100644 100644 100644 aaa bbb content/talk/0001/index.md',
      '1 A. N... 000000 100644 100644 000 ccc notes.txt',
      '2 R. N... 100644 100644 100644 aaa aaa R100 content/talk/0002/new name.png',
      'content/talk/0002/old.png',
      'u UU N... 100644 100644 100644 100644 a b c content/talk/0003/index.md',
      '? content/talk/0004/kato/Untitled 1.png',
      ''
    ].join('\0')
    expect(parsePorcelainV2(out)).toEqual({
      branch: 'main',
      upstream: 'origin/main',
      ahead: 2,
      behind: 3,
      changes: [
        { path: 'content/talk/0001/index.md', kind: 'changed', staged: false },
        { path: 'notes.txt', kind: 'new', staged: true },
        { path: 'content/talk/0002/new name.png', kind: 'changed', staged: true },
        { path: 'content/talk/0003/index.md', kind: 'conflicted', staged: true },
        { path: 'content/talk/0004/kato/Untitled 1.png', kind: 'new', staged: false }
      ]
    })
  })

  it('reads a detached HEAD and a branch without upstream', () => {
    expect(parsePorcelainV2('# branch.oid 1\0# branch.head (detached)\0')).toMatchObject({ branch: null, upstream: null, ahead: 0, behind: 0 })
  })
})

describe('episodeMarks', () => {
  const episodes = [
    { path: 'content/talk/0001/index.md', bundle: true },
    { path: 'content/talk/0002/index.md', bundle: true },
    { path: 'content/talk/0003/index.md', bundle: true },
    { path: 'content/post/leaf.md', bundle: false },
    { path: 'content/talk/00010/index.md', bundle: true }
  ]
  it('marks new, changed (any file of the bundle) and committed-but-not-pushed episodes; other folders are not mixed up', () => {
    const marks = episodeMarks(
      episodes,
      [
        { path: 'content/talk/0001/index.md', kind: 'new' },
        { path: 'content/talk/0002/kato/a.png', kind: 'new' },
        { path: 'hugo.toml', kind: 'changed' }
      ],
      ['content/post/leaf.md', 'content/talk/0002/index.md']
    )
    expect(marks).toEqual({ 'content/talk/0001/index.md': 'new', 'content/talk/0002/index.md': 'changed', 'content/post/leaf.md': 'unpublished' })
  })
  it('scopes a bundle to its folder and a leaf to its file', () => {
    expect(episodeScope({ path: 'content/talk/0001/index.md', bundle: true })).toBe('content/talk/0001')
    expect(episodeScope({ path: 'index.md', bundle: true })).toBe('.')
    expect(episodeScope({ path: 'content/post/leaf.md', bundle: false })).toBe('content/post/leaf.md')
  })
})

describe('classifyGitFailure', () => {
  it.each([
    ['pushing', ' ! [remote rejected] main -> main (pre-receive hook declined)\nerror: failed to push some refs', 'hook'],
    ['pushing', ' ! [rejected]        main -> main (fetch first)\nhint: Updates were rejected because the remote contains work', 'rejected'],
    ['pushing', ' ! [rejected] main -> main (non-fast-forward)', 'rejected'],
    ['fetching', "fatal: could not read Username for 'https://github.com': terminal prompts disabled", 'auth'],
    ['pushing', 'git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.', 'auth'],
    ['pushing', "remote: Invalid username or password.\nfatal: Authentication failed for 'https://example.com/x.git/'", 'auth'],
    ['fetching', "fatal: unable to access 'https://nowhere.invalid/x.git/': Could not resolve host: nowhere.invalid", 'unreachable'],
    ['pushing', 'fatal: The current branch topic has no upstream branch.', 'no-upstream'],
    ['committing', 'Author identity unknown\n*** Please tell me who you are.', 'identity'],
    ['committing', 'lint says no', 'hook'],
    ['integrating', 'error: Your local changes to the following files would be overwritten by merge:', 'local-changes'],
    ['integrating', 'something else', 'failed']
  ] as const)('%s: %s → %s', (step, output, code) => {
    expect(classifyGitFailure(step, output)).toBe(code)
  })
})

describe('integrateMode', () => {
  it('reads branch.<name>.rebase before pull.rebase, and pull.ff=only', () => {
    expect(integrateMode(null, null, null)).toBe('merge')
    expect(integrateMode(null, 'true', null)).toBe('rebase')
    expect(integrateMode('false', 'true', null)).toBe('merge')
    expect(integrateMode('merges', null, null)).toBe('rebase-merges')
    expect(integrateMode(null, 'interactive', null)).toBe('rebase')
    expect(integrateMode(null, null, 'only')).toBe('ff-only')
  })
})

describe('words', () => {
  it('prefills the message from the titles', () => {
    expect(defaultCommitMessage([{ title: 'Re:Invent 2020', path: 'a' }])).toBe('Publish “Re:Invent 2020”')
    expect(defaultCommitMessage([{ title: '', path: 'content/x.md' }, { title: 'B', path: 'b' }])).toBe('Publish 2 episodes: “content/x.md”, “B”')
  })
  it('says how to set up credentials when sign-in is refused, in both languages, and names conflicting files', () => {
    expect(gitFailureText('en', 'auth')).toMatch(/credential helper/)
    expect(gitFailureText('ja', 'auth')).toMatch(/認証ヘルパー/)
    expect(gitFailureText('en', 'conflict', ['content/talk/1/index.md'])).toContain('content/talk/1/index.md')
  })
})
