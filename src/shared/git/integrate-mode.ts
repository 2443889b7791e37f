// How this repository wants the upstream brought in, read as `git pull` reads it: branch.<name>.rebase first, then
// pull.rebase (true/merges/interactive → rebase), else a merge (pull.ff=only: fast-forward only).

export type IntegrateMode = 'rebase' | 'rebase-merges' | 'merge' | 'ff-only'

/** The config values as `git config --get` printed them (null: unset). */
export function integrateMode(branchRebase: string | null, pullRebase: string | null, pullFf: string | null): IntegrateMode {
  const rebase = (branchRebase ?? pullRebase)?.trim().toLowerCase()
  if (rebase === 'merges' || rebase === 'm' || rebase === 'preserve' || rebase === 'p') return 'rebase-merges'
  if (rebase === 'true' || rebase === 'yes' || rebase === 'on' || rebase === '1' || rebase === 'interactive' || rebase === 'i') return 'rebase'
  return pullFf?.trim().toLowerCase() === 'only' ? 'ff-only' : 'merge'
}
