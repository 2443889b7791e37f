// What the app knows of a site's git repository and what publishing or pulling came to: the types the API carries
// (src/shared/api.ts re-exports them), kept beside the pure code that makes them.

/** An episode's mark in the list: files changed or new in its bundle, or committed here but not pushed yet. */
export type GitMark = 'changed' | 'new' | 'unpublished'

export type GitSiteStatus =
  | { repo: false; reason: 'no-git' | 'not-a-repo' }
  | {
      repo: true
      /** `git --version`'s number, e.g. "2.39.5". */
      version: string
      /** null: a detached HEAD. */
      branch: string | null
      /** e.g. "origin/main"; null when the branch tracks nothing. */
      upstream: string | null
      /** True when the repository has any remote (the background fetch is off without one). */
      hasRemote: boolean
      ahead: number
      behind: number
      /** A rebase or merge left unfinished (by a terminal, or a crash): publishing waits until it is done. */
      inProgress: 'rebase' | 'merge' | null
      /** By episode path (workspace-relative); episodes with nothing to publish are absent. */
      marks: Record<string, GitMark>
    }

/** Where a publish or a pull is: shown as progress. */
export type GitStep = 'saving' | 'fetching' | 'integrating' | 'committing' | 'pushing'

export type GitFailureCode =
  | 'no-upstream'
  | 'detached'
  | 'busy'
  | 'auth'
  | 'unreachable'
  | 'rejected'
  | 'hook'
  | 'identity'
  | 'conflict'
  | 'conflict-commits'
  | 'local-changes'
  | 'failed'

export interface GitFailure {
  code: GitFailureCode
  step: GitStep
  /** Git's own output, for the host who wants the details. */
  output: string
  /** The files in conflict (workspace-relative) when code is 'conflict' or 'conflict-commits'. */
  files: string[]
}

export type PublishResult =
  | {
      ok: true
      commit: string | null
      pushed: boolean
      committed: string[]
      /** Other files whose uncommitted text clashed with what came in: the host's text was kept in them. */
      keptYours: string[]
    }
  | { ok: false; failure: GitFailure }

export type SyncResult =
  | { ok: true; pulled: number; conflicts: string[] }
  | { ok: false; failure: GitFailure }
