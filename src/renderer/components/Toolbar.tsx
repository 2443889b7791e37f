// The window's top bar: the open folder, Open folder and New episode, the UI language and settings, and for an
// open episode whether it is saved, Publish (with its error count), the preview toggle and Save.
import type { WorkspaceInfo } from '../../shared/api'
import { command, shortcutText, type CommandId } from '../../shared/commands'
import { useI18n } from '../i18n'
import type { LanguageChoice } from '../state/use-language'
import { Icon } from './Icon'

export interface ToolbarProps {
  workspace: WorkspaceInfo | null
  language: LanguageChoice
  onLanguage: (choice: LanguageChoice) => void
  onOpenFolder: () => void
  onNewEpisode: () => void
  /** Null until the settings have been read. */
  onSettings: (() => void) | null
  /** Present while an episode is open. */
  episode: {
    dirty: boolean
    publishErrors: number
    publishShown: boolean
    previewShown: boolean
    onPublish: () => void
    onTogglePreview: () => void
    listenShown: boolean
    onToggleListen: () => void
    onSave: () => void
  } | null
}

// The hints name each button's shortcut as the command table has it.
const keys = (id: CommandId) => shortcutText(command(id).keys)

export function Toolbar({ workspace, language, onLanguage, onOpenFolder, onNewEpisode, onSettings, episode }: ToolbarProps) {
  const { t } = useI18n()
  return (
    <header className="toolbar">
      <div className="workspace-name" title={workspace?.root}>
        <span className="app-mark" aria-hidden="true" />
        <strong data-testid="site-title">{workspace?.title || workspace?.name || 'Shownotes'}</strong>
        {workspace?.sample && <span className="badge">{t('toolbar.sample')}</span>}
      </div>
      <button onClick={onOpenFolder} title={t('toolbar.openFolder.hint', { keys: keys('openFolder') })}>
        {t('toolbar.openFolder')}
      </button>
      <button onClick={onNewEpisode} title={t('toolbar.newEpisode.hint')} disabled={!workspace}>
        + {t('toolbar.newEpisode')}
      </button>
      <span className="spacer" />
      <label className="language-picker" title={t('toolbar.language')}>
        <Icon name="globe" />
        <select className="language" aria-label={t('toolbar.language')} value={language} onChange={(e) => onLanguage(e.target.value as LanguageChoice)}>
          <option value="system">{t('lang.system')}</option>
          <option value="en">{t('lang.en')}</option>
          <option value="ja">{t('lang.ja')}</option>
        </select>
      </label>
      <button className="icon-button" onClick={onSettings ?? undefined} disabled={!onSettings} title={t('toolbar.settings.hint')} aria-label={t('toolbar.settings')} data-testid="settings-button">
        <Icon name="gear" size="16px" />
      </button>
      {episode && (
        <>
          <span className={episode.dirty ? 'save-state unsaved' : 'save-state'} data-testid="save-state">
            {episode.dirty ? t('toolbar.unsaved') : t('toolbar.saved')}
          </span>
          <button onClick={episode.onPublish} aria-pressed={episode.publishShown} title={t('publish.toolbar.hint', { keys: keys('checkEpisode') })} data-testid="publish">
            {t('publish.toolbar')}
            {episode.publishErrors > 0 && <span className="tab-badge error">{episode.publishErrors}</span>}
          </button>
          <button onClick={episode.onToggleListen} aria-pressed={episode.listenShown} title={t('listen.toolbar.hint', { keys: keys('toggleListen') })} data-testid="listen-toggle">
            {t('listen.toolbar')}
          </button>
          <button onClick={episode.onTogglePreview} aria-pressed={episode.previewShown} title={t('toolbar.preview.hint', { keys: keys('togglePreview') })}>
            {t('toolbar.preview')}
          </button>
          <button className="primary" onClick={episode.onSave} disabled={!episode.dirty} title={t('toolbar.save.hint', { keys: keys('save') })}>
            {t('toolbar.save')}
          </button>
        </>
      )}
    </header>
  )
}
