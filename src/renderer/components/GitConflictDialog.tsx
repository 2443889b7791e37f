// After a publish or pull found that a co-host changed the same lines: the host's text and the published one side
// by side (the compare view), to keep theirs, use the published one, or close and combine both in the editor.
import { useI18n } from '../i18n'
import type { GitConflict } from '../state/use-git'
import { CompareTexts } from './CompareTexts'
import { Dialog } from './Dialog'

export interface GitConflictDialogProps {
  conflict: GitConflict
  /** The text in the editor now. */
  mine: string
  onUseTheirs: (text: string) => void
  onClose: () => void
}

export function GitConflictDialog({ conflict, mine, onUseTheirs, onClose }: GitConflictDialogProps) {
  const { t } = useI18n()
  const theirs = conflict.theirs
  return (
    <Dialog
      title={t('git.conflict.title')}
      onCancel={onClose}
      actions={[
        { label: t('git.conflict.keepMine'), primary: true, onClick: onClose },
        ...(theirs === null ? [] : [{ label: t('git.conflict.useTheirs'), onClick: () => (onUseTheirs(theirs), onClose()) }]),
        { label: t('git.conflict.edit'), onClick: onClose }
      ]}
    >
      <p className="hint" data-testid="git-conflict-hint">
        {conflict.path} — {t('git.conflict.hint')}
      </p>
      <CompareTexts left={{ title: t('git.conflict.mine'), text: mine }} right={{ title: t('git.conflict.theirs'), text: theirs ?? t('git.conflict.gone') }} />
    </Dialog>
  )
}
