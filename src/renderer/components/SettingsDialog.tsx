// The settings dialog (gear in the toolbar): autosave to file, titled paste, theme, language, extra player hosts for
// the preview, the summary length the form counts against, how added photos are processed (Images) and the quiet git
// fetch. Nothing changes until Save; refusals show here.
import { useState } from 'react'
import type { Settings } from '../../shared/api'
import { imageMaxEdgeLimit } from '../../shared/setting-limits'
import { errorText } from '../error-messages'
import { useI18n } from '../i18n'
import { parseHosts, parseSummaryLimit, summaryLimitRange } from '../state/settings-form'
import { Dialog } from './Dialog'
import { Toggle } from './form/Toggle'

export interface SettingsDialogProps {
  settings: Settings
  /** Saves the changed fields; rejects with the API's message. */
  onSave: (patch: Partial<Settings>) => Promise<unknown>
  onClose: () => void
}

const THEMES: Settings['theme'][] = ['system', 'light', 'dark']
const PROSE_FONTS: Settings['proseFont'][] = ['monospace', 'proportional']
const IMAGE_FORMATS: Settings['imageFormat'][] = ['keep', 'webp']

export function SettingsDialog({ settings, onSave, onClose }: SettingsDialogProps) {
  const { t, lang } = useI18n()
  const [autosave, setAutosave] = useState(settings.autosave)
  const [gitFetch, setGitFetch] = useState(settings.gitFetch)
  const [theme, setTheme] = useState(settings.theme)
  const [language, setLanguage] = useState(settings.language)
  const [proseFont, setProseFont] = useState(settings.proseFont)
  const [titledPaste, setTitledPaste] = useState(settings.titledPaste)
  const [hosts, setHosts] = useState(settings.iframeHosts.join('\n'))
  const [limit, setLimit] = useState(String(settings.summaryLimit))
  const [maxEdge, setMaxEdge] = useState(String(settings.imageMaxEdge))
  const [imageFormat, setImageFormat] = useState(settings.imageFormat)
  const [keepOriginals, setKeepOriginals] = useState(settings.keepOriginals)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const save = async () => {
    const parsedHosts = parseHosts(hosts)
    if (!parsedHosts.ok) return setError(t('settings.hosts.bad', { line: parsedHosts.line ?? 1, text: parsedHosts.text }))
    const parsedLimit = parseSummaryLimit(limit)
    if (!parsedLimit.ok) return setError(t('settings.summaryLimit.bad', { min: summaryLimitRange.min, max: summaryLimitRange.max }))
    const imageMaxEdge = maxEdge.trim() === '' ? NaN : Number(maxEdge)
    if (!Number.isInteger(imageMaxEdge) || imageMaxEdge < 0 || imageMaxEdge > imageMaxEdgeLimit) return setError(t('settings.imageMaxEdge.bad', { max: imageMaxEdgeLimit }))
    setBusy(true)
    try {
      await onSave({ autosave, gitFetch, theme, language, proseFont, titledPaste, iframeHosts: parsedHosts.value, summaryLimit: parsedLimit.value, imageMaxEdge, imageFormat, keepOriginals })
      onClose()
    } catch (err) {
      setError(errorText(lang, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={t('settings.title')}
      onCancel={onClose}
      actions={[
        { label: busy ? t('settings.saving') : t('settings.save'), primary: true, onClick: () => void save() },
        { label: t('dialog.cancel'), onClick: onClose }
      ]}
    >
      <div className="settings" data-testid="settings">
        <section>
          <h3>{t('settings.group.saving')}</h3>
          <Toggle label={t('settings.autosave')} checked={autosave} onChange={setAutosave} />
          <p className="hint">{t('settings.autosave.hint')}</p>
        </section>
        <section>
          <h3>{t('settings.group.paste')}</h3>
          <Toggle label={t('settings.titledPaste')} checked={titledPaste} onChange={setTitledPaste} />
          <p className="hint">{t('settings.titledPaste.hint')}</p>
        </section>
        <section>
          <h3>{t('settings.group.appearance')}</h3>
          <div className="settings-row">
            <span id="settings-theme">{t('settings.theme')}</span>
            <div className="segmented" role="radiogroup" aria-labelledby="settings-theme">
              {THEMES.map((value) => (
                <button key={value} type="button" role="radio" aria-checked={theme === value} className={theme === value ? 'on' : ''} onClick={() => setTheme(value)}>
                  {t(`settings.theme.${value}`)}
                </button>
              ))}
            </div>
          </div>
          <div className="settings-row">
            <span id="settings-prose-font">{t('settings.proseFont')}</span>
            <div className="segmented" role="radiogroup" aria-labelledby="settings-prose-font">
              {PROSE_FONTS.map((value) => (
                <button key={value} type="button" role="radio" aria-checked={proseFont === value} className={proseFont === value ? 'on' : ''} onClick={() => setProseFont(value)}>
                  {t(`settings.proseFont.${value}`)}
                </button>
              ))}
            </div>
          </div>
          <p className="hint">{t('settings.proseFont.hint')}</p>
          <label className="settings-row">
            <span>{t('toolbar.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as Settings['language'])}>
              <option value="system">{t('lang.system')}</option>
              <option value="en">{t('lang.en')}</option>
              <option value="ja">{t('lang.ja')}</option>
            </select>
          </label>
        </section>
        <section>
          <h3>{t('settings.group.preview')}</h3>
          <label>
            <span>{t('settings.hosts')}</span>
            <textarea rows={3} value={hosts} onChange={(e) => setHosts(e.target.value)} placeholder="player.example.com" spellCheck={false} />
          </label>
          <p className="hint">{t('settings.hosts.hint')}</p>
          <label className="settings-row">
            <span>{t('settings.summaryLimit')}</span>
            <input type="number" min={summaryLimitRange.min} max={summaryLimitRange.max} step={10} value={limit} onChange={(e) => setLimit(e.target.value)} />
          </label>
          <p className="hint">{t('settings.summaryLimit.hint')}</p>
        </section>
        <section data-testid="settings-images">
          <h3>{t('settings.group.images')}</h3>
          <label className="settings-row">
            <span>{t('settings.imageMaxEdge')}</span>
            <input type="number" min={0} max={imageMaxEdgeLimit} step={160} value={maxEdge} onChange={(e) => setMaxEdge(e.target.value)} />
          </label>
          <p className="hint">{t('settings.imageMaxEdge.hint')}</p>
          <div className="settings-row">
            <span id="settings-image-format">{t('settings.imageFormat')}</span>
            <div className="segmented" role="radiogroup" aria-labelledby="settings-image-format">
              {IMAGE_FORMATS.map((value) => (
                <button key={value} type="button" role="radio" aria-checked={imageFormat === value} className={imageFormat === value ? 'on' : ''} onClick={() => setImageFormat(value)}>
                  {t(`settings.imageFormat.${value}`)}
                </button>
              ))}
            </div>
          </div>
          <Toggle label={t('settings.keepOriginals')} checked={keepOriginals} onChange={setKeepOriginals} />
          <p className="hint">{t('settings.keepOriginals.hint')}</p>
        </section>
        <section>
          <h3>{t('settings.group.git')}</h3>
          <Toggle label={t('settings.gitFetch')} checked={gitFetch} onChange={setGitFetch} />
          <p className="hint">{t('settings.gitFetch.hint')}</p>
        </section>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  )
}
