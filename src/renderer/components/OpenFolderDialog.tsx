// Asks which folder to open: a path, one of the recent workspaces, or the sample site.
import { useEffect, useState } from 'react'
import { api } from '../api'
import { useI18n } from '../i18n'
import { Dialog } from './Dialog'

export interface OpenFolderDialogProps {
  onOpen: (folder: string | undefined) => void
  onCancel: () => void
}

export function OpenFolderDialog({ onOpen, onCancel }: OpenFolderDialogProps) {
  const { t } = useI18n()
  const [folder, setFolder] = useState('')
  const [recent, setRecent] = useState<string[] | null>(null)
  useEffect(() => {
    api.workspace.recent({}).then(setRecent, () => setRecent([]))
  }, [])
  return (
    <Dialog
      title={t('open.title')}
      onCancel={onCancel}
      actions={[
        { label: t('open.open'), primary: true, onClick: () => onOpen(folder.trim() || undefined) },
        { label: t('open.sample'), onClick: () => onOpen(undefined) },
        { label: t('dialog.cancel'), onClick: onCancel }
      ]}
    >
      <label>
        {t('open.folder')}
        <input
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && folder.trim() && onOpen(folder.trim())}
          placeholder="/home/me/my-podcast-site"
          autoFocus
        />
      </label>
      <h3 className="recent-title">{t('open.recent')}</h3>
      {recent && recent.length === 0 && <p className="hint">{t('open.noRecent')}</p>}
      <ul className="recent-list" data-testid="recent-workspaces">
        {recent?.map((r) => (
          <li key={r}>
            <button type="button" onClick={() => onOpen(r)} title={r}>
              <strong>{r.split(/[\\/]/).filter(Boolean).pop()}</strong>
              <span>{r}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
