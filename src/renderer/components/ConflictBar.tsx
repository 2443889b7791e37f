// Shown when the open episode changed (or vanished) on disk while it had unsaved edits: the user decides.
import { useI18n } from '../i18n'
import type { Conflict } from '../state/use-episode'

export interface ConflictBarProps {
  conflict: Conflict
  onReloadTheirs: () => void
  onKeepMine: () => void
  onCompare: () => void
}

export function ConflictBar({ conflict, onReloadTheirs, onKeepMine, onCompare }: ConflictBarProps) {
  const { t } = useI18n()
  if (conflict.kind === 'deleted') {
    return (
      <div className="bar bar-warning" role="alert" data-testid="conflict-bar">
        <span>{t('conflict.deleted')}</span>
        <button onClick={onKeepMine}>{t('conflict.saveAgain')}</button>
      </div>
    )
  }
  return (
    <div className="bar bar-warning" role="alert" data-testid="conflict-bar">
      <span>{t('conflict.changed')}</span>
      <button onClick={onReloadTheirs}>{t('conflict.reload')}</button>
      <button onClick={onKeepMine}>{t('conflict.keepMine')}</button>
      <button onClick={onCompare}>{t('conflict.compare')}</button>
    </div>
  )
}
