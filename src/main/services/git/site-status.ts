// The site's git status for the window: branch, upstream, ahead/behind, and a mark per episode with something to
// publish. `{ repo: false }` when git is missing or the site is not in a repository: the git features hide.
import type { GitSiteStatus } from '../../../shared/git/types'
import { episodeMarks, type MarkedEpisode } from '../../../shared/git/marks'
import { parsePorcelainV2 } from '../../../shared/git/porcelain'
import { findRepo, hasRemote, inProgress, type Repo } from './repo'
import { GitCommandError, gitVersion, runGit, tryGit } from './run-git'

/** Git's paths are from the repository's top; the site's are from its own folder. Paths outside the site drop out. */
export function toSitePaths(repo: Repo, paths: readonly string[]): string[] {
  return paths.filter((p) => p.startsWith(repo.prefix)).map((p) => p.slice(repo.prefix.length))
}

export async function readSiteStatus(root: string, episodes: readonly MarkedEpisode[]): Promise<GitSiteStatus> {
  const version = await gitVersion(root)
  if (!version) return { repo: false, reason: 'no-git' }
  let repo: Repo | null
  try {
    repo = await findRepo(root)
  } catch (err) {
    if (err instanceof GitCommandError && err.missing) return { repo: false, reason: 'no-git' }
    throw err
  }
  if (!repo) return { repo: false, reason: 'not-a-repo' }
  const status = parsePorcelainV2((await runGit(repo.top, ['status', '--porcelain=v2', '--branch', '-z', '--untracked-files=all'])).stdout)
  const changes = status.changes
    .filter((c) => c.path.startsWith(repo.prefix))
    .map((c) => ({ ...c, path: c.path.slice(repo.prefix.length) }))
  // Commits here that the upstream does not have: the files they touched are not published yet.
  const unpushed = status.upstream ? ((await tryGit(repo.top, ['log', '--name-only', '-z', '--format=', '@{upstream}..HEAD'])) ?? '').split('\0').map((p) => p.trim()).filter(Boolean) : []
  return {
    repo: true,
    version,
    branch: status.branch,
    upstream: status.upstream,
    hasRemote: await hasRemote(repo),
    ahead: status.ahead,
    behind: status.behind,
    inProgress: inProgress(repo),
    marks: episodeMarks(episodes, changes, toSitePaths(repo, unpushed))
  }
}

/** A quiet `git fetch` of the branch's remote (the background fetch): failures are left for the next publish to say. */
export async function fetchQuietly(root: string): Promise<void> {
  const repo = await findRepo(root).catch(() => null)
  if (!repo || !(await hasRemote(repo))) return
  await runGit(repo.top, ['fetch', '--quiet']).catch(() => undefined)
}
