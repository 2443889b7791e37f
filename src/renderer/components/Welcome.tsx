// What the window shows before an episode is open: where to start, and the shortcuts worth knowing.
import { useI18n, type MessageKey } from '../i18n'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const mod = isMac ? '⌘' : 'Ctrl'

const SHORTCUTS: [string, MessageKey][] = [
  [`${mod}+S`, 'welcome.save'],
  [`${mod}+F`, 'welcome.find'],
  [`${mod}+Shift+F`, 'welcome.search'],
  [`${mod}+Shift+P`, 'welcome.preview'],
  [`${mod}+Shift+K`, 'welcome.check'],
  [`${mod}+Alt+N`, 'welcome.new'],
  [`${mod}+O`, 'welcome.open']
]

export function Welcome({ onNewEpisode, canCreate }: { onNewEpisode: () => void; canCreate: boolean }) {
  const { t } = useI18n()
  return (
    <section className="welcome">
      <div className="welcome-card">
        <span className="app-mark large" aria-hidden="true" />
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.body')}</p>
        <p className="hint">{t('welcome.drop')}</p>
        {canCreate && (
          <button className="primary" onClick={onNewEpisode}>
            + {t('toolbar.newEpisode')}
          </button>
        )}
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, label]) => (
            <div key={label}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  )
}
