// Publishing episodes: bring in what co-hosts published, commit exactly the episodes' bundles (other changed files
// of the site stay as they are, uncommitted, staged or not), and push. Never a force push; a conflict stops before
// the commit with nothing pushed.
import type { GitStep, PublishResult } from '../../../shared/git/types'
import { UserError } from '../../../shared/user-error'
import { integrateUpstream, failureOf } from './integrate'
import { currentBranch, findRepo, upstreamOf, type Repo } from './repo'
import { GitCommandError, runGit, tryGit } from './run-git'
import { toSitePaths } from './site-status'

export interface PublishRequest {
  /** The site's folder (any folder inside the repository). */
  root: string
  /** Site-relative folders of bundles or leaf files, as episodeScope gives them. */
  scopes: string[]
  message: string
  push: boolean
  onStep?: (step: GitStep) => void
}

/** The repository of a site, or a UserError worded for the host (git missing, not a repository). */
export async function requireRepo(root: string): Promise<Repo> {
  let repo: Repo | null
  try {
    repo = await findRepo(root)
  } catch (err) {
    if (err instanceof GitCommandError && err.missing) throw new UserError('Git is not installed (no "git" command was found). Install git to publish from Shownotes.', 'git-missing')
    throw err
  }
  if (!repo) throw new UserError(`"${root}" is not in a git repository, so there is nothing to publish to.`, 'not-a-git-repo')
  return repo
}

export async function publishEpisodes({ root, scopes, message, push, onStep = () => {} }: PublishRequest): Promise<PublishResult> {
  if (!scopes.length) throw new UserError('Name at least one episode to publish.', 'bad-arguments')
  if (!message.trim()) throw new UserError('The commit message is empty; write a line saying what changed.', 'bad-arguments')
  const repo = await requireRepo(root)
  // Pathspecs from the top of the repository, read literally (GIT_LITERAL_PATHSPECS).
  const specs = scopes.map((s) => (s === '.' ? repo.prefix || '.' : repo.prefix + s))
  const branch = await currentBranch(repo)
  if (!branch) return { ok: false, failure: { code: 'detached', step: 'integrating', output: 'HEAD is detached.', files: [] } }
  const upstream = await upstreamOf(repo, branch)
  if (push && !upstream) return { ok: false, failure: { code: 'no-upstream', step: 'pushing', output: `The branch "${branch}" has no upstream branch.`, files: [] } }

  let keptYours: string[] = []
  if (upstream) {
    const integrated = await integrateUpstream(repo, branch, upstream, onStep)
    if (!integrated.ok) return integrated
    // The host's uncommitted text clashed with a co-host's: it stays in the file, and nothing is committed.
    const mine = integrated.conflicts.filter((f) => scopes.some((s) => s === '.' || f === s || f.startsWith(s + '/')))
    if (integrated.conflicts.length && mine.length) {
      return { ok: false, failure: { code: 'conflict', step: 'integrating', output: `Kept your text in: ${mine.join(', ')}`, files: mine } }
    }
    keptYours = integrated.conflicts
  }

  onStep('committing')
  let commit: string | null = null
  let committed: string[]
  // What was staged before, so a commit that fails (a pre-commit hook refusing it) leaves the index as it was found.
  const stagedBefore = await runGit(repo.top, ['write-tree']).then((r) => r.stdout.trim(), () => null)
  try {
    await runGit(repo.top, ['add', '--all', '--', ...specs])
    committed = (await runGit(repo.top, ['diff', '--cached', '--name-only', '-z', 'HEAD', '--', ...specs]).catch(() => runGit(repo.top, ['diff', '--cached', '--name-only', '-z', '--', ...specs]))).stdout.split('\0').filter(Boolean)
    if (committed.length) {
      // --only with the paths: the commit holds these paths and nothing else that happens to be staged.
      await runGit(repo.top, ['commit', '--quiet', '--only', '--file=-', '--', ...specs], { input: message.endsWith('\n') ? message : message + '\n' })
      commit = (await runGit(repo.top, ['rev-parse', 'HEAD'])).stdout.trim()
    }
  } catch (err) {
    if (stagedBefore) await runGit(repo.top, ['restore', '--staged', `--source=${stagedBefore}`, '--', ...specs]).catch(() => undefined)
    return { ok: false, failure: failureOf('committing', err) }
  }
  committed = toSitePaths(repo, committed)
  if (!push || !upstream) return { ok: true, commit, pushed: false, committed, keptYours }

  const ahead = Number((await tryGit(repo.top, ['rev-list', '--count', '@{upstream}..HEAD']))?.trim() ?? '0')
  if (!ahead) return { ok: true, commit, pushed: false, committed, keptYours }
  onStep('pushing')
  try {
    await runGit(repo.top, ['push', '--quiet', upstream.remote, `HEAD:${upstream.merge}`])
  } catch (err) {
    return { ok: false, failure: failureOf('pushing', err) }
  }
  return { ok: true, commit, pushed: true, committed, keptYours }
}
