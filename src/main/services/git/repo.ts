// The facts of the repository a site lives in: whether it is one, its top folder and the site's place in it,
// an unfinished rebase or merge, the branch's upstream and remote, and how `git pull` is set up to integrate.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { integrateMode, type IntegrateMode } from '../../../shared/git/integrate-mode'
import { runGit, tryGit } from './run-git'

export interface Repo {
  /** The repository's top folder. */
  top: string
  /** The site's folder inside it, with a trailing slash ('' at the top): git prints paths from the top. */
  prefix: string
  gitDir: string
}

/** The repository holding `folder`, or null when it is not inside one. Throws a GitCommandError when git is missing. */
export async function findRepo(folder: string): Promise<Repo | null> {
  const out = await tryGit(folder, ['rev-parse', '--show-toplevel', '--show-prefix', '--absolute-git-dir'])
  if (out === null) return null
  const [top, prefix, gitDir] = out.split('\n')
  // A folder git ignores entirely (inside .git) is no site.
  if (!top) return null
  return { top: resolve(top), prefix, gitDir: resolve(gitDir) }
}

export function inProgress(repo: Repo): 'rebase' | 'merge' | null {
  if (existsSync(join(repo.gitDir, 'rebase-merge')) || existsSync(join(repo.gitDir, 'rebase-apply'))) return 'rebase'
  return existsSync(join(repo.gitDir, 'MERGE_HEAD')) ? 'merge' : null
}

export async function currentBranch(repo: Repo): Promise<string | null> {
  return (await tryGit(repo.top, ['symbolic-ref', '--short', '-q', 'HEAD']))?.trim() || null
}

export interface Upstream {
  /** "origin/main" */
  name: string
  remote: string
  /** The branch's full name on the remote, "refs/heads/main". */
  merge: string
}

export async function upstreamOf(repo: Repo, branch: string): Promise<Upstream | null> {
  const name = (await tryGit(repo.top, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}']))?.trim()
  const remote = (await tryGit(repo.top, ['config', '--get', `branch.${branch}.remote`]))?.trim()
  const merge = (await tryGit(repo.top, ['config', '--get', `branch.${branch}.merge`]))?.trim()
  return name && remote && merge ? { name, remote, merge } : null
}

export async function hasRemote(repo: Repo): Promise<boolean> {
  return Boolean((await runGit(repo.top, ['remote'])).stdout.trim())
}

export async function configuredMode(repo: Repo, branch: string): Promise<IntegrateMode> {
  const get = async (key: string) => (await tryGit(repo.top, ['config', '--get', key]))?.trim() ?? null
  return integrateMode(await get(`branch.${branch}.rebase`), await get('pull.rebase'), await get('pull.ff'))
}
