// Unsaved text journaled before a crash, offered back: one bar per episode with Restore, Compare (beside the file
// on disk) and Discard. Read again whenever another folder opens.
import { useCallback, useEffect, useState } from 'react'
import type { RecoveredBuffer, WorkspaceInfo } from '../../shared/api'
import { api } from '../api'
import { useI18n } from '../i18n'
import { CompareTexts } from './CompareTexts'
import { Dialog } from './Dialog'

export interface RecoveryBarsProps {
  workspace: WorkspaceInfo | null
  /** Opens the episode at `path` with `text` in the editor (the file on disk stays as it is until saved). */
  onRestore: (path: string, fileText: string, fileHash: string, text: string) => void
}

export function RecoveryBars({ workspace, onRestore }: RecoveryBarsProps) {
  const { t, lang } = useI18n()
  const [recovered, setRecovered] = useState<RecoveredBuffer[]>([])
  const [comparing, setComparing] = useState<{ buffer: RecoveredBuffer; diskText: string | null } | null>(null)
  const closeCompare = useCallback(() => setComparing(null), [])

  useEffect(() => {
    if (!workspace) return
    api.recovery.list({}).then(setRecovered, () => setRecovered([]))
  }, [workspace])

  const forget = (buffer: RecoveredBuffer) => setRecovered((list) => list.filter((b) => b.path !== buffer.path))
  const restore = async (buffer: RecoveredBuffer) => {
    const file = await api.episode.read({ path: buffer.path }).catch(() => null)
    onRestore(buffer.path, file?.text ?? '', file?.hash ?? '', buffer.text)
    forget(buffer)
  }
  const discard = async (buffer: RecoveredBuffer) => {
    await api.recovery.discard({ path: buffer.path })
    forget(buffer)
  }
  const compare = async (buffer: RecoveredBuffer) => {
    const file = await api.episode.read({ path: buffer.path }).catch(() => null)
    setComparing({ buffer, diskText: file?.text ?? null })
  }

  return (
    <>
      {recovered.map((b) => (
        <div className="bar bar-info" key={b.path} data-testid="recovery-bar">
          <span>{t('bar.recovered', { path: b.path, time: new Date(b.savedAt).toLocaleString(lang) })}</span>
          <button onClick={() => void restore(b)}>{t('bar.restore')}</button>
          <button onClick={() => void compare(b)}>{t('bar.compare')}</button>
          <button onClick={() => void discard(b)}>{t('bar.discard')}</button>
        </div>
      ))}
      {comparing && (
        <Dialog
          title={t('recovery.title')}
          onCancel={closeCompare}
          actions={[
            { label: t('bar.restore'), primary: true, onClick: () => void restore(comparing.buffer).then(closeCompare) },
            { label: t('bar.discard'), onClick: () => void discard(comparing.buffer).then(closeCompare) },
            { label: t('compare.close'), onClick: closeCompare }
          ]}
        >
          <CompareTexts
            left={{ title: t('recovery.recovered'), text: comparing.buffer.text }}
            right={{ title: t('compare.disk'), text: comparing.diskText ?? t('compare.deleted') }}
          />
        </Dialog>
      )}
    </>
  )
}
