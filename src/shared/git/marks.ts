// Which episodes have something to publish: a file of the bundle (or the leaf file) changed or new in the working
// tree, or committed on this computer and not pushed yet. Paths are workspace-relative with forward slashes.
import type { ChangeKind } from './porcelain'
import type { GitMark } from './types'

export interface MarkedEpisode {
  path: string
  bundle: boolean
}

/** The folder or file git is told about for an episode: the whole bundle folder, or the leaf file itself. */
export function episodeScope(e: MarkedEpisode): string {
  if (!e.bundle) return e.path
  const slash = e.path.lastIndexOf('/')
  return slash < 0 ? '.' : e.path.slice(0, slash)
}

function within(scope: string, path: string): boolean {
  return scope === '.' || path === scope || path.startsWith(scope + '/')
}

/**
 * `changes`: the working tree's changes; `unpushed`: paths touched by commits not on the upstream yet. An episode
 * whose own file is new is "new"; any other change in its scope is "changed"; else committed-only is "unpublished".
 */
export function episodeMarks(
  episodes: readonly MarkedEpisode[],
  changes: readonly { path: string; kind: ChangeKind }[],
  unpushed: readonly string[]
): Record<string, GitMark> {
  const marks: Record<string, GitMark> = {}
  for (const e of episodes) {
    const scope = episodeScope(e)
    const mine = changes.filter((c) => within(scope, c.path))
    if (mine.length) marks[e.path] = mine.some((c) => c.path === e.path && c.kind === 'new') ? 'new' : 'changed'
    else if (unpushed.some((p) => within(scope, p))) marks[e.path] = 'unpublished'
  }
  return marks
}
