// Above the episode list for a site in git: the branch, what is not pushed or not pulled yet, git's version, and
// Pull with its progress and outcome. Absent outside a git repository (or without git).
import type { GitSiteStatus } from '../../shared/api'
import { useI18n } from '../i18n'
import type { GitState } from '../state/use-git'
import { GitOutcomeLine, GitProgress } from './GitOutcome'
import './git.css'

/** `version`: git's version after the branch (the Publish tab shows it; the narrow bar above the list does not). */
export function GitBranch({ status, version = false }: { status: Extract<GitSiteStatus, { repo: true }>; version?: boolean }) {
  const { t } = useI18n()
  return (
    <p className="git-branch" data-testid="git-branch">
      <span aria-hidden="true">⎇ </span>
      {status.branch ? t(status.upstream ? 'git.branchTo' : 'git.noUpstream', { branch: status.branch, upstream: status.upstream ?? '' }) : t('git.detached')}
      {status.ahead > 0 && (
        <span className="git-count" title={t('git.ahead.hint', { n: status.ahead })} data-testid="git-ahead">
          {' '}↑{status.ahead}
        </span>
      )}
      {status.behind > 0 && (
        <span className="git-count" title={t('git.behind.hint', { n: status.behind })} data-testid="git-behind">
          {' '}↓{status.behind}
        </span>
      )}
      {version && <span className="git-version"> · {t('git.version', { version: status.version })}</span>}
    </p>
  )
}

export function GitSiteBar({ git, openEpisode, onCompare }: { git: GitState; openEpisode: string | null; onCompare: () => void }) {
  const { t } = useI18n()
  const { status } = git
  if (!status?.repo) return null
  const outcome = git.outcome?.kind === 'synced' || (git.outcome?.kind === 'failed' && git.outcome.action === 'sync') ? git.outcome : null
  return (
    <div className="git-site-bar" data-testid="git-site-bar">
      <div className="git-site-row">
        <GitBranch status={status} />
        {status.upstream && (
          <button type="button" className="small" disabled={git.busy !== null} onClick={() => void git.sync(openEpisode)} title={t('git.pull.hint')} data-testid="git-site-pull">
            {t('git.pull')}
          </button>
        )}
      </div>
      <GitProgress step={git.busy === 'sync' ? git.step : null} />
      {!git.busy && outcome && <GitOutcomeLine outcome={outcome} upstream={status.upstream} onCompare={git.conflict ? onCompare : undefined} />}
    </div>
  )
}
