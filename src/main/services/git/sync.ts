// Pull: fetch and bring in what co-hosts published, as `git pull` would here. Uncommitted text stays; where it
// clashes with theirs, the host's text stays in the file and the file is named (the window offers the compare view).
import type { GitStep, SyncResult } from '../../../shared/git/types'
import { integrateUpstream } from './integrate'
import { currentBranch, upstreamOf } from './repo'
import { requireRepo } from './publish'

export async function syncSite(root: string, onStep: (step: GitStep) => void = () => {}): Promise<SyncResult> {
  const repo = await requireRepo(root)
  const branch = await currentBranch(repo)
  if (!branch) return { ok: false, failure: { code: 'detached', step: 'integrating', output: 'HEAD is detached.', files: [] } }
  const upstream = await upstreamOf(repo, branch)
  if (!upstream) return { ok: false, failure: { code: 'no-upstream', step: 'fetching', output: `The branch "${branch}" has no upstream branch.`, files: [] } }
  return integrateUpstream(repo, branch, upstream, onStep)
}
