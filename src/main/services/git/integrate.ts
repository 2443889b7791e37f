// Brings the upstream's published commits into the branch the way `git pull` would here (rebase or merge as the
// repository is set up; a plain fast-forward when there is nothing local to replay). Uncommitted work is set aside
// in a stash and put back after. A conflict never leaves markers or a half-done rebase: local commits that clash
// abort the rebase/merge (nothing changes), and uncommitted text that clashes is put back as the host wrote it,
// the upstream's version being in HEAD for the compare view.
import type { GitFailure, GitStep } from '../../../shared/git/types'
import { classifyGitFailure } from '../../../shared/git/failure'
import { parsePorcelainV2 } from '../../../shared/git/porcelain'
import { configuredMode, inProgress, type Repo, type Upstream } from './repo'
import { GitCommandError, runGit, tryGit } from './run-git'
import { toSitePaths } from './site-status'

export type Integrated = { ok: true; pulled: number; conflicts: string[] } | { ok: false; failure: GitFailure }

export function failureOf(step: GitStep, err: unknown, files: string[] = []): GitFailure {
  if (!(err instanceof GitCommandError)) throw err
  return { code: classifyGitFailure(step, err.output), step, output: err.output.trim(), files }
}

async function unmerged(repo: Repo): Promise<string[]> {
  return ((await tryGit(repo.top, ['diff', '--name-only', '-z', '--diff-filter=U'])) ?? '').split('\0').filter(Boolean)
}

async function needsSettingAside(repo: Repo, ahead: number): Promise<boolean> {
  const status = (await runGit(repo.top, ['status', '--porcelain=v2', '-z', '--untracked-files=all'])).stdout
  const changed = parsePorcelainV2(status).changes.map((c) => c.path)
  if (!changed.length) return false
  if (ahead > 0) return true
  const incoming = new Set((await runGit(repo.top, ['diff', '--name-only', '-z', 'HEAD', '@{upstream}'])).stdout.split('\0').filter(Boolean))
  // Renames list only the new path in porcelain v2's first field; the old one follows it and is not read here.
  return changed.some((p) => incoming.has(p))
}

const STASH_MESSAGE = 'shownotes: your changes, set aside while the published ones came in'

export async function integrateUpstream(repo: Repo, branch: string, upstream: Upstream, onStep: (step: GitStep) => void): Promise<Integrated> {
  if (inProgress(repo)) return { ok: false, failure: { code: 'busy', step: 'integrating', output: `A ${inProgress(repo)} is in progress (see git status).`, files: [] } }
  onStep('fetching')
  try {
    await runGit(repo.top, ['fetch', '--quiet', upstream.remote])
  } catch (err) {
    return { ok: false, failure: failureOf('fetching', err) }
  }
  const counts = (await runGit(repo.top, ['rev-list', '--left-right', '--count', 'HEAD...@{upstream}'])).stdout.trim().split(/\s+/).map(Number)
  const [ahead, behind] = [counts[0] ?? 0, counts[1] ?? 0]
  if (behind === 0) return { ok: true, pulled: 0, conflicts: [] }

  onStep('integrating')
  // A fast-forward that touches none of the files changed here leaves them alone: nothing is set aside, so the
  // open episode's file is not rewritten under the editor. Anything else works on a clean tree.
  const stashed = (await needsSettingAside(repo, ahead)) && (await stash(repo))
  const mode = ahead === 0 ? 'ff-only' : await configuredMode(repo, branch)
  const args =
    mode === 'rebase' ? ['rebase', '--no-autostash', '@{upstream}'] : mode === 'rebase-merges' ? ['rebase', '--no-autostash', '--rebase-merges', '@{upstream}'] : ['merge', '--no-edit', ...(mode === 'ff-only' ? ['--ff-only'] : []), '@{upstream}']
  try {
    await runGit(repo.top, args)
  } catch (err) {
    const files = await unmerged(repo)
    // Back to exactly where the branch was: nothing of the upstream, nothing half-merged.
    if (inProgress(repo) === 'rebase') await runGit(repo.top, ['rebase', '--abort'])
    else if (inProgress(repo) === 'merge') await runGit(repo.top, ['merge', '--abort'])
    if (stashed) await runGit(repo.top, ['stash', 'pop', '--index', '--quiet'])
    const failure = failureOf('integrating', err, toSitePaths(repo, files))
    // Commits of the host's own clashed: nothing the compare view can settle (their text is in a commit).
    return { ok: false, failure: files.length ? { ...failure, code: 'conflict-commits' } : failure }
  }
  let conflicts: string[] = []
  try {
    if (stashed) conflicts = await putBack(repo)
  } catch (err) {
    return { ok: false, failure: failureOf('integrating', err) }
  }
  return { ok: true, pulled: behind, conflicts: toSitePaths(repo, conflicts) }
}

async function stash(repo: Repo): Promise<boolean> {
  const before = await tryGit(repo.top, ['rev-parse', '-q', '--verify', 'refs/stash'])
  await runGit(repo.top, ['stash', 'push', '--include-untracked', '--quiet', '-m', STASH_MESSAGE])
  return (await tryGit(repo.top, ['rev-parse', '-q', '--verify', 'refs/stash'])) !== before
}

/**
 * Puts the set-aside work back over the new HEAD, staged files staged again. Files that clash keep the host's text
 * whole (no markers) and are returned; the stash is dropped once nothing of it is only there.
 */
async function putBack(repo: Repo): Promise<string[]> {
  if (await apply(repo, ['--index'])) {
    await runGit(repo.top, ['stash', 'drop', '--quiet'])
    return []
  }
  // `--index` refuses when the staged part does not apply; then the plain apply merges the working files.
  let clashing = await unmerged(repo)
  if (!clashing.length) {
    const applied = await apply(repo, [])
    clashing = await unmerged(repo)
    // Not applied at all (an untracked file of yours where the upstream added one): the stash keeps it all.
    if (!applied && !clashing.length) {
      throw new GitCommandError(['stash', 'apply'], 1, 'Your uncommitted changes could not be put back over the published ones; they are kept safe in git’s stash (git stash list, then git stash pop).')
    }
  }
  for (const file of clashing) {
    // In a stash apply "theirs" is the stash: the host's own text, whole.
    await runGit(repo.top, ['checkout', '--theirs', '--', file]).catch(() => runGit(repo.top, ['checkout', 'HEAD', '--', file]).catch(() => undefined))
  }
  if (clashing.length) await runGit(repo.top, ['reset', '--quiet', '--', ...clashing])
  await runGit(repo.top, ['stash', 'drop', '--quiet'])
  return clashing
}

async function apply(repo: Repo, flags: string[]): Promise<boolean> {
  try {
    await runGit(repo.top, ['stash', 'apply', ...flags, '--quiet'])
    return true
  } catch {
    return false
  }
}
