// The text of a file as the branch has it now (after a pull, what co-hosts published): the other side of the
// compare view when the host's text clashed with theirs. null when the branch has no such file.
import type { Repo } from './repo'
import { tryGit } from './run-git'

export async function publishedText(repo: Repo, sitePath: string): Promise<string | null> {
  return tryGit(repo.top, ['show', `HEAD:${repo.prefix}${sitePath}`])
}
