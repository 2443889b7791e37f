// The Publish tab's git part: where the branch stands, whether this episode has something to publish, the commit
// message (prefilled from the title), Publish and Pull, their progress and outcome. Absent outside a git repository.
import { useEffect, useState } from 'react'
import { defaultCommitMessage } from '../../shared/git/commit-message'
import { useI18n } from '../i18n'
import type { GitState } from '../state/use-git'
import { GitOutcomeLine, GitProgress } from './GitOutcome'
import { GitBranch } from './GitSiteBar'
import './git.css'

export interface GitPublishProps {
  git: GitState
  episodePath: string
  title: string | null
  /** Saves the open episode; false when it could not (a conflict on disk, an error). */
  save: () => Promise<boolean>
  onCompare: () => void
}

export function GitPublish({ git, episodePath, title, save, onCompare }: GitPublishProps) {
  const { t } = useI18n()
  const prefilled = defaultCommitMessage([{ title: title ?? '', path: episodePath }])
  const [message, setMessage] = useState(prefilled)
  const [edited, setEdited] = useState(false)
  // The message follows the title until the host writes their own.
  useEffect(() => {
    if (!edited) setMessage(prefilled)
  }, [prefilled, edited])
  useEffect(() => setEdited(false), [episodePath])
  const { status } = git
  if (!status?.repo) return null
  const mark = status.marks[episodePath]
  const outcome = git.outcome && (git.outcome.kind === 'synced' || git.outcome.kind === 'failed' ? git.outcome : git.outcome.episode === episodePath ? git.outcome : null)
  return (
    <section className="publish-section git-publish" aria-labelledby="publish-git" data-testid="git-publish">
      <h3 id="publish-git">{t('git.title')}</h3>
      <GitBranch status={status} version />
      <p className={`git-episode-state${mark ? ' pending' : ''}`} data-testid="git-episode-state">
        {t(mark ? `git.episode.${mark}` : 'git.episode.clean')}
      </p>
      {status.inProgress && <p className="form-error">{t('git.inProgress', { what: status.inProgress })}</p>}
      <p className="hint">{t('git.hint')}</p>
      <label className="git-message">
        <span>{t('git.message')}</span>
        <input
          type="text"
          value={message}
          onChange={(e) => (setMessage(e.target.value), setEdited(true))}
          spellCheck={false}
          data-testid="git-message"
        />
      </label>
      <div className="publish-actions">
        <button
          type="button"
          className="primary"
          disabled={git.busy !== null || !message.trim() || Boolean(status.inProgress)}
          onClick={() => void git.publish(episodePath, message, save).then(() => setEdited(false))}
          title={t('git.publish.hint')}
          data-testid="git-publish-button"
        >
          {t('git.publish')}
        </button>
        {status.upstream && (
          <button type="button" disabled={git.busy !== null} onClick={() => void git.sync(episodePath)} title={t('git.pull.hint')} data-testid="git-pull">
            {t('git.pull')}
          </button>
        )}
      </div>
      <GitProgress step={git.busy ? git.step : null} />
      {!git.busy && outcome && <GitOutcomeLine outcome={outcome} upstream={status.upstream} onCompare={git.conflict ? onCompare : undefined} />}
    </section>
  )

}
