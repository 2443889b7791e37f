// The media panel: the files of the episode's bundle with thumbnails, marked used, unused or missing; a click
// inserts a figure (or a link) at the cursor; Add copies files in (photos processed); unused files can go to the
// trash. A photo added or processed in this session shows its size before → after.
import { useRef, useState } from 'react'
import type { MediaFile } from '../../shared/api'
import { mediaUrl } from '../api'
import { fileSize } from '../file-size'
import { useI18n } from '../i18n'
import type { MediaSizes } from '../state/use-media'
import { Icon, type IconName } from './Icon'

export interface MediaPanelProps {
  episodePath: string | null
  files: MediaFile[]
  onInsert: (file: MediaFile) => void
  onDelete: (file: MediaFile) => void
  onRefresh: () => void
  /** Sizes before → after of the files added or processed in this session, by name. */
  sizes?: ReadonlyMap<string, MediaSizes>
  /** Files chosen with Add, to copy into the bundle. */
  onAdd?: (files: File[]) => void
}

const ICONS: Record<MediaFile['kind'], IconName> = { image: 'image', audio: 'audio', video: 'video', other: 'file' }

export function MediaPanel({ episodePath, files, onInsert, onDelete, onRefresh, sizes, onAdd }: MediaPanelProps) {
  const { t } = useI18n()
  const [confirming, setConfirming] = useState<string | null>(null)
  const picker = useRef<HTMLInputElement>(null)
  if (!episodePath) return <p className="panel-empty">{t('media.noEpisode')}</p>
  const bundle = episodePath.split('/').slice(0, -1).join('/')
  return (
    <div className="media-panel" data-testid="media-panel">
      <div className="panel-actions">
        {onAdd && (
          <>
            <button type="button" className="small" onClick={() => picker.current?.click()}>
              <Icon name="image" /> {t('media.add')}
            </button>
            <input
              ref={picker}
              type="file"
              multiple
              hidden
              data-testid="media-add-input"
              onChange={(e) => {
                const chosen = [...(e.target.files ?? [])]
                e.target.value = ''
                onAdd(chosen)
              }}
            />
          </>
        )}
        <button type="button" className="small" onClick={onRefresh}>
          <Icon name="refresh" /> {t('media.refresh')}
        </button>
      </div>
      {files.length === 0 && <p className="panel-empty">{t('media.empty')}</p>}
      <ul className="media-grid">
        {files.map((f) => (
          <li key={f.name} className={`media-item media-${f.state}`} data-name={f.name}>
            <button
              type="button"
              className="media-thumb"
              disabled={f.state === 'missing'}
              onClick={() => onInsert(f)}
              title={f.state === 'missing' ? f.name : `${t('media.insert')}: ${f.name}`}
            >
              {f.kind === 'image' && f.state !== 'missing' ? (
                <img src={mediaUrl(bundle ? `${bundle}/${f.name}` : f.name)} alt="" loading="lazy" />
              ) : (
                <span className="media-icon" aria-hidden="true">
                  <Icon name={f.state === 'missing' ? 'warning' : ICONS[f.kind]} size="32px" />
                </span>
              )}
            </button>
            <div className="media-caption">
              <span className="media-name" title={f.name}>
                {f.name}
              </span>
              <span className="media-meta">
                <span className={`media-state state-${f.state}`}>{t(`media.${f.state}`)}</span>
                {f.state !== 'missing' && <FileSize now={f.size} was={sizes?.get(f.name)} hint={t('media.savedHint')} />}
                {f.state === 'unused' &&
                  (confirming === f.name ? (
                    <button type="button" className="small danger" onClick={() => (setConfirming(null), onDelete(f))}>
                      {t('media.deleteSure')}
                    </button>
                  ) : (
                    <button type="button" className="small icon" title={t('media.delete')} aria-label={`${t('media.delete')}: ${f.name}`} onClick={() => setConfirming(f.name)}>
                      <Icon name="trash" />
                    </button>
                  ))}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The file's size; after an import or a fix that changed it, as before → after. */
function FileSize({ now, was, hint }: { now: number; was?: MediaSizes; hint: string }) {
  if (!was || was.after !== now || was.before === was.after) return <span>{fileSize(now)}</span>
  return (
    <span className="media-saved" title={hint} data-testid="media-saved">
      {fileSize(was.before)} → {fileSize(was.after)}
    </span>
  )
}
