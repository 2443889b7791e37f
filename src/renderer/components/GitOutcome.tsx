// What the last publish or pull came to: a success line, or git's failure in words with its output beneath.
import { gitFailureText, gitStepText } from '../../shared/git/messages'
import type { GitStep } from '../../shared/api'
import { useI18n } from '../i18n'
import type { GitOutcome as Outcome } from '../state/use-git'

export function GitProgress({ step }: { step: GitStep | null }) {
  const { lang } = useI18n()
  if (!step) return null
  return (
    <p className="hint git-progress" role="status" data-testid="git-progress">
      <span className="spinner" aria-hidden="true" /> {gitStepText(lang, step)}
    </p>
  )
}

export function GitOutcomeLine({ outcome, upstream, onCompare }: { outcome: Outcome; upstream: string | null; onCompare?: () => void }) {
  const { t, lang } = useI18n()
  if (outcome.kind === 'synced') {
    return (
      <p className="git-ok" role="status" data-testid="git-outcome">
        ✓ {outcome.pulled === 1 ? t('git.synced.one') : outcome.pulled ? t('git.synced', { n: outcome.pulled }) : t('git.upToDate')}
      </p>
    )
  }
  if (outcome.kind === 'published') {
    const commit = outcome.commit?.slice(0, 7) ?? ''
    const text = outcome.pushed ? (outcome.commit ? t('git.published', { upstream: upstream ?? '', commit }) : t('git.pushedOnly', { upstream: upstream ?? '' })) : outcome.commit ? t('git.committedOnly', { commit }) : t('git.nothing')
    return (
      <>
        <p className="git-ok" role="status" data-testid="git-outcome">
          ✓ {text}
        </p>
        {outcome.keptYours.length > 0 && <p className="hint">{t('git.keptYours', { files: outcome.keptYours.join(', ') })}</p>}
      </>
    )
  }
  const { failure } = outcome
  return (
    <div className="site-problem git-problem" role="alert" data-testid="git-problem" data-code={failure.code}>
      <p className="site-problem-what">{gitFailureText(lang, failure.code, failure.files)}</p>
      {failure.code === 'conflict' && onCompare && (
        <button type="button" className="small" onClick={onCompare} data-testid="git-compare">
          {t('git.compare')}
        </button>
      )}
      {failure.output && (
        <details>
          <summary className="site-output-label">{t('git.output')}</summary>
          <pre className="site-output">{failure.output}</pre>
        </details>
      )}
    </div>
  )
}
