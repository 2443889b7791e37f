// How a folder export is going: a progress bar while it runs, then what was written, the notes on some episodes
// and the episodes that failed (with why), or the message saying why it did not run.
import { useI18n } from '../i18n'
import type { FolderExport } from '../state/use-export'

export function ExportSummaryView({ state }: { state: FolderExport }) {
  const { t } = useI18n()
  if (state.phase === 'idle') return null
  if (state.phase === 'running') {
    return (
      <div className="export-progress" data-testid="export-progress">
        {/* No value until the first report: an indeterminate bar, as the number of episodes is not known yet. */}
        <progress max={Math.max(1, state.total)} value={state.total ? state.done : undefined} />
        <span>{state.total ? t('export.progress', { done: state.done, total: state.total }) : t('export.starting')}</span>
      </div>
    )
  }
  if (state.phase === 'failed') {
    return (
      <p className="export-error" role="alert" data-testid="export-failed">
        {state.message}
      </p>
    )
  }
  const { summary } = state
  const files = summary.outputs.length
  return (
    <div className="export-summary" data-testid="export-summary" role="status">
      <p className="export-done">
        ✓ {summary.written === 1 ? t('export.doneOne', { files, dir: summary.outDir }) : t('export.done', { n: summary.written, files, dir: summary.outDir })}
      </p>
      {summary.failed.length > 0 && (
        <details open className="export-failures">
          <summary>{t('export.failures', { n: summary.failed.length })}</summary>
          <ul>
            {summary.failed.map((f) => (
              <li key={f.path}>
                <code>{f.path}</code>: {f.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {summary.warnings.length > 0 && (
        <details className="export-warnings">
          <summary>{t('export.warnings', { n: summary.warnings.length })}</summary>
          <ul>
            {summary.warnings.map((w) => (
              <li key={w.path}>
                <code>{w.path}</code>
                <ul>
                  {w.messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
