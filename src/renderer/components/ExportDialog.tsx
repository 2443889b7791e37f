// The Export dialog: a format and its options, a live preview of the open episode's export (with each podcast
// platform's character count for HTML) that copies to the clipboard, and "Export to folder" for this episode or
// all of them, with a progress bar and a summary.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useI18n } from '../i18n'
import type { EditorBus } from '../state/editor-bus'
import { defaultChoices, exportedPath, exportPreview, suggestedOutDir, type ExportChoices, type ExportFormat, type ExportView } from '../state/export-preview'
import { useFolderExport } from '../state/use-export'
import { Dialog } from './Dialog'
import { ExportSummaryView } from './ExportSummaryView'
import './publish.css'

export interface ExportDialogProps {
  bus: EditorBus
  episodePath: string
  /** The episode folder's files (null while unknown or for a leaf file). */
  bundleFiles: string[] | null
  episodeCount: number
  workspaceRoot: string
  dirty: boolean
  onSave: () => void
  onClose: () => void
}

const FORMATS: ExportFormat[] = ['markdown', 'html', 'chapters', 'bundle']
// Typing pauses before the preview follows (the dialog is modal, so this is mostly outside reloads).
const refreshDelay = 250

export function ExportDialog({ bus, episodePath, bundleFiles, episodeCount, workspaceRoot, dirty, onSave, onClose }: ExportDialogProps) {
  const { t } = useI18n()
  const [choices, setChoices] = useState<ExportChoices>(defaultChoices)
  const text = useEditorText(bus)
  const preview = useMemo(() => exportPreview(text, choices, bundleFiles), [text, choices, bundleFiles])
  const [viewId, setViewId] = useState<ExportView['id'] | null>(null)
  const view = preview.views.find((v) => v.id === viewId) ?? preview.views[0] ?? null
  const [scope, setScope] = useState<'episode' | 'all'>('episode')
  const [outDir, setOutDir] = useState(() => suggestedOutDir(workspaceRoot))
  const folder = useFolderExport()
  const running = folder.state.phase === 'running'
  // The dialog re-focuses its first field whenever `onCancel` changes: hand it one that never does.
  const close = useRef(onClose)
  close.current = onClose
  const onCancel = useCallback(() => close.current(), [])

  const choose = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => {
    setChoices((c) => ({ ...c, [key]: value }))
    folder.reset()
  }

  return (
    <Dialog title={t('export.title')} onCancel={onCancel} actions={[{ label: t('export.close'), onClick: onCancel }]}>
      <div className="export-dialog" data-testid="export-dialog">
        <div className="export-options">
          <fieldset className="export-formats">
            <legend>{t('export.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f} className={choices.format === f ? 'format-card active' : 'format-card'}>
                <input type="radio" name="export-format" value={f} checked={choices.format === f} onChange={() => choose('format', f)} />
                <span className="format-name">{t(`export.format.${f}`)}</span>
                {/* Only the chosen format says more, so the four fit without pushing the rest down. */}
                {choices.format === f && <span className="format-hint">{t(`export.format.${f}.hint`)}</span>}
              </label>
            ))}
          </fieldset>
          {choices.format === 'markdown' && (
            <div className="export-settings">
              <Segmented name="figures" label={t('export.figures')} value={choices.figures} options={['html', 'image']} text={(v) => t(`export.figures.${v}`)} onChange={(v) => choose('figures', v)} />
              <Segmented name="images" label={t('export.images')} value={choices.images} options={['relative', 'absolute']} text={(v) => t(`export.images.${v}`)} onChange={(v) => choose('images', v)} />
              <Segmented name="front-matter" label={t('export.frontMatter')} value={choices.frontMatter} options={['keep', 'reduce', 'drop']} text={(v) => t(`export.frontMatter.${v}`)} onChange={(v) => choose('frontMatter', v)} />
              {choices.images === 'absolute' && <p className="hint">{t('export.images.absoluteNote')}</p>}
            </div>
          )}
          <fieldset className="export-folder" disabled={running}>
            <legend>{t('export.toFolder')}</legend>
            <Segmented name="scope" label="" value={scope} options={['episode', 'all']} text={(v) => (v === 'all' ? t('export.scope.all', { n: episodeCount }) : t('export.scope.episode'))} onChange={(v) => (setScope(v), folder.reset())} />
            <label className="export-outdir">
              {t('export.outDir')}
              <input value={outDir} onChange={(e) => setOutDir(e.target.value)} spellCheck={false} data-testid="export-outdir" />
            </label>
            {dirty && scope === 'episode' && (
              <p className="export-unsaved">
                {t('export.unsaved')}{' '}
                <button type="button" className="small" onClick={onSave}>
                  {t('toolbar.save')}
                </button>
              </p>
            )}
            <button type="button" className="primary" disabled={!outDir.trim()} onClick={() => void folder.run({ paths: scope === 'episode' ? [exportedPath(episodePath)] : [], choices, outDir })} data-testid="export-run">
              {t('export.run')}
            </button>
          </fieldset>
          <ExportSummaryView state={folder.state} />
        </div>
        <PreviewPane preview={preview} view={view} onView={setViewId} format={choices.format} />
      </div>
    </Dialog>
  )
}

function PreviewPane({ preview, view, onView, format }: { preview: ReturnType<typeof exportPreview>; view: ExportView | null; onView: (id: ExportView['id']) => void; format: ExportFormat }) {
  const { t } = useI18n()
  const [copied, setCopied] = useState<'yes' | string | null>(null)
  useEffect(() => setCopied(null), [view?.text])
  useEffect(() => {
    if (copied !== 'yes') return
    const timer = window.setTimeout(() => setCopied(null), 2000)
    return () => window.clearTimeout(timer)
  }, [copied])
  const copy = async () => {
    if (!view) return
    try {
      await navigator.clipboard.writeText(view.text)
      setCopied('yes')
    } catch (err) {
      setCopied((err as Error).message || String(err))
    }
  }
  return (
    <section className="export-preview" aria-label={t('export.preview')} data-format={format}>
      <div className="export-preview-bar">
        <h3>{t('export.preview')}</h3>
        {preview.views.length > 1 && (
          <div className="view-tabs" role="tablist">
            {preview.views.map((v) => (
              <button key={v.id} type="button" role="tab" aria-selected={v.id === view?.id} className={v.id === view?.id ? 'view-tab active' : 'view-tab'} onClick={() => onView(v.id)}>
                {t(`export.view.${v.id}`)}
              </button>
            ))}
          </div>
        )}
        <span className="spacer" />
        {copied === 'yes' && (
          <span className="copied" role="status">
            ✓ {t('export.copied')}
          </span>
        )}
        {view?.copy && (
          <button type="button" className="small" onClick={() => void copy()} data-testid="export-copy">
            {t('export.copy')}
          </button>
        )}
      </div>
      {copied && copied !== 'yes' && <p className="export-error">{t('export.copyFailed', { message: copied })}</p>}
      {preview.counts.length > 0 && (
        <ul className="platform-counts" aria-label={t('export.length')} data-testid="platform-counts">
          {preview.counts.map((c) => (
            <li key={c.id} className={c.fits ? 'platform' : 'platform over'} data-platform={c.id}>
              <span className="platform-name">{c.name}</span>
              <span className="platform-bar" aria-hidden="true">
                <span style={{ width: `${Math.min(100, (c.characters / c.limit) * 100)}%` }} />
              </span>
              <span className="platform-chars">
                {c.characters.toLocaleString()} / {c.limit.toLocaleString()}
                {!c.fits && <strong> · {t('export.over', { n: c.characters - c.limit })}</strong>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {preview.error ? (
        <p className="export-error">{preview.error}</p>
      ) : view ? (
        <pre className="export-result" data-testid="export-result" data-view={view.id}>
          {view.text}
        </pre>
      ) : (
        <p className="hint">{t('export.nothing')}</p>
      )}
      {format === 'markdown' && preview.files && preview.files.length > 0 && (
        <p className="export-files">
          <strong>{t('export.filesAlongside')}:</strong> {preview.files.join(', ')}
        </p>
      )}
      {preview.warnings.length > 0 && (
        <div className="export-notes">
          <strong>{t('export.notes')}</strong>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

function Segmented<T extends string>({ name, label, value, options, text, onChange }: { name: string; label: string; value: T; options: T[]; text: (v: T) => string; onChange: (v: T) => void }) {
  return (
    <div className="export-option" role="radiogroup" aria-label={label || undefined}>
      {label && <span className="export-option-label">{label}</span>}
      <span className="segmented">
        {options.map((o) => (
          <label key={o} className={o === value ? 'seg active' : 'seg'}>
            <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
            <span>{text(o)}</span>
          </label>
        ))}
      </span>
    </div>
  )
}

/** The editor's text, followed as it changes (after a short pause). */
function useEditorText(bus: EditorBus): string {
  const [text, setText] = useState(() => bus.view?.state.doc.toString() ?? '')
  useEffect(() => {
    let timer: number | undefined
    const off = bus.subscribe((u, v) => {
      if (u && !u.docChanged) return
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setText(v?.state.doc.toString() ?? ''), refreshDelay)
    })
    return () => {
      off()
      window.clearTimeout(timer)
    }
  }, [bus])
  return text
}
