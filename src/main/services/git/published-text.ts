// The text of a file as co-hosts published it (the upstream's version, after a fetch): the other side of the
// compare view when the host's text clashed with theirs. null when the branch has no such file.
import type { Repo } from './repo'
import { tryGit } from './run-git'

export async function publishedText(repo: Repo, sitePath: string): Promise<string | null> {
  // The upstream's own version (what co-hosts published); the branch's when it tracks nothing.
  const ref = (await tryGit(repo.top, ['rev-parse', '-q', '--verify', '@{upstream}'])) ? '@{upstream}' : 'HEAD'
  return tryGit(repo.top, ['show', `${ref}:${repo.prefix}${sitePath}`])
}
