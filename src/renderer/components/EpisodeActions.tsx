// What the episode menu does: rename the bundle folder (or leaf file) in a dialog, duplicate it, and move it to the
// trash after asking, with a bar that offers Undo while the episode sits in the workspace's trash.
import { useCallback, useEffect, useState } from 'react'
import type { EpisodeRow } from '../../shared/episode-rows'
import { api } from '../api'
import { errorText } from '../error-messages'
import { useI18n } from '../i18n'
import { currentName, nameProblem } from '../state/episode-name'
import { Dialog } from './Dialog'
import { EpisodeMenu, type EpisodeAction, type EpisodeMenuRequest } from './EpisodeMenu'

export interface EpisodeActionsProps {
  menu: EpisodeMenuRequest | null
  onCloseMenu: () => void
  /** The episode in the editor, and whether it has unsaved text (deleting it is then said to lose that). */
  openPath: string | null
  openDirty: boolean
  onRenamed: (from: string, to: string) => void
  onDuplicated: (path: string) => void
  onDeleted: (path: string) => void
  onRestored: (path: string) => void
  /** The list is stale (the change event may come a moment later): list again now. */
  onChanged: () => void
  onError: (err: unknown) => void
}

type Asking = { kind: 'rename' | 'delete'; episode: EpisodeRow } | null
type Deleted = { episode: EpisodeRow; trashedTo: string | null }

/** How long the "Deleted … Undo" bar stays. */
const undoBarMs = 20_000

const label = (e: EpisodeRow) => e.title || e.path

export function EpisodeActions(props: EpisodeActionsProps) {
  const { t } = useI18n()
  const { onChanged, onError } = props
  const [asking, setAsking] = useState<Asking>(null)
  const [deleted, setDeleted] = useState<Deleted | null>(null)
  const cancel = useCallback(() => setAsking(null), [])

  useEffect(() => {
    if (!deleted) return
    const timer = setTimeout(() => setDeleted(null), undoBarMs)
    return () => clearTimeout(timer)
  }, [deleted])

  const choose = (action: EpisodeAction, episode: EpisodeRow) => {
    if (action === 'duplicate') {
      api.episodes.duplicate({ path: episode.path }).then(
        (copy) => (onChanged(), props.onDuplicated(copy.path)),
        (err: unknown) => onError(err)
      )
    } else setAsking({ kind: action, episode })
  }

  const remove = async (episode: EpisodeRow) => {
    setAsking(null)
    try {
      const { trashedTo } = await api.episodes.delete({ path: episode.path })
      props.onDeleted(episode.path)
      setDeleted({ episode, trashedTo })
      onChanged()
    } catch (err) {
      onError(err)
    }
  }

  const undo = async ({ episode, trashedTo }: Deleted) => {
    if (!trashedTo) return
    setDeleted(null)
    try {
      await api.episodes.restore({ trashedTo })
      onChanged()
      props.onRestored(episode.path)
    } catch (err) {
      onError(err)
    }
  }

  return (
    <>
      {deleted && (
        <div className="bar bar-info" role="status" data-testid="deleted-bar">
          <span>{t(deleted.trashedTo ? 'episodes.deleted' : 'episodes.deletedToTrash', { title: label(deleted.episode) })}</span>
          {deleted.trashedTo && <button onClick={() => void undo(deleted)}>{t('episodes.undo')}</button>}
          <button onClick={() => setDeleted(null)}>{t('bar.dismiss')}</button>
        </div>
      )}
      {props.menu && <EpisodeMenu request={props.menu} onChoose={choose} onClose={props.onCloseMenu} />}
      {asking?.kind === 'rename' && (
        <RenameDialog
          episode={asking.episode}
          onCancel={cancel}
          onRenamed={(to) => {
            setAsking(null)
            props.onRenamed(asking.episode.path, to)
            onChanged()
          }}
        />
      )}
      {asking?.kind === 'delete' && (
        <Dialog
          title={t('episodes.delete.title')}
          onCancel={cancel}
          actions={[
            { label: t('episodes.delete.confirm'), primary: true, onClick: () => void remove(asking.episode) },
            { label: t('dialog.cancel'), onClick: cancel }
          ]}
        >
          <p>{t(asking.episode.bundle ? 'episodes.delete.bundle' : 'episodes.delete.leaf', { title: label(asking.episode), name: currentName(asking.episode.path) })}</p>
          {asking.episode.path === props.openPath && props.openDirty && <p className="form-error">{t('episodes.delete.unsaved')}</p>}
        </Dialog>
      )}
    </>
  )
}

interface RenameDialogProps {
  episode: EpisodeRow
  onRenamed: (to: string) => void
  onCancel: () => void
}

function RenameDialog({ episode, onRenamed, onCancel }: RenameDialogProps) {
  const { t, lang } = useI18n()
  const before = currentName(episode.path)
  const [name, setName] = useState(before)
  const [error, setError] = useState<string | null>(null)
  const parent = episode.path.split('/').slice(0, episode.bundle ? -2 : -1).join('/')
  const shown = `${parent ? parent + '/' : ''}${name.trim() || '…'}${episode.bundle ? '/' : '.md'}`

  const submit = async () => {
    const problem = nameProblem(name)
    if (problem) return setError(t(`rename.problem.${problem}`))
    if (name.trim() === before) return onCancel()
    try {
      const renamed = await api.episodes.rename({ path: episode.path, newName: name.trim() })
      onRenamed(renamed.path)
    } catch (err) {
      setError(errorText(lang, err))
    }
  }

  return (
    <Dialog
      title={t('rename.title')}
      onCancel={onCancel}
      actions={[
        { label: t('rename.confirm'), primary: true, onClick: () => void submit() },
        { label: t('dialog.cancel'), onClick: onCancel }
      ]}
    >
      <label>
        {t(episode.bundle ? 'rename.folder' : 'rename.file')}
        <input
          value={name}
          onChange={(e) => (setName(e.target.value), setError(null))}
          onKeyDown={(e) => e.key === 'Enter' && void submit()}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
          aria-invalid={!!error}
          data-testid="rename-input"
        />
      </label>
      <p className="hint rename-path">{shown}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
