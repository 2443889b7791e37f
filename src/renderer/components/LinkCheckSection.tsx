// The Publish tab's "Links" section: Check links fetches every web link of the episode (in the main process) and
// lists the broken ones and the moved ones with their line; a moved link's quick fix puts in its new address.
import { checkText, fixText } from '../check-messages'
import { errorText } from '../error-messages'
import { useI18n } from '../i18n'
import type { EditorBus } from '../state/editor-bus'
import { useLinkCheck } from '../state/use-link-check'
import './link-check.css'

export interface LinkCheckSectionProps {
  bus: EditorBus
  episodePath: string
  onJump: (pos: number) => void
}

export function LinkCheckSection({ bus, episodePath, onJump }: LinkCheckSectionProps) {
  const { t, lang } = useI18n()
  const { state, check, fix } = useLinkCheck(bus, episodePath)
  return (
    <section className="publish-section" aria-labelledby="publish-links" data-testid="link-check">
      <h3 id="publish-links">{t('links.title')}</h3>
      <p className="hint">{t('links.hint')}</p>
      <div className="publish-actions">
        <button type="button" onClick={() => void check()} disabled={state.phase === 'checking'} data-testid="check-links">
          {t('links.check')}
        </button>
      </div>
      {state.phase === 'checking' && (
        <p className="hint site-starting">
          <span className="spinner" aria-hidden="true" /> {t('links.checking')}
        </p>
      )}
      {state.phase === 'failed' && (
        <p className="form-error" role="alert">
          {errorText(lang, state.error)}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          <p className={state.items.length ? 'hint' : 'all-clear'} data-testid="link-summary">
            {state.items.length ? '' : '✓ '}
            {t(state.items.length ? 'links.summary.problems' : 'links.summary.clear', { links: state.links, cached: state.cached, problems: state.items.length })}
            {state.unchecked > 0 && <> {t('links.summary.unchecked', { count: state.unchecked })}</>}
          </p>
          {state.items.length > 0 && (
            <ul className="link-problems">
              {state.items.map((item) => (
                <li key={`${item.from}:${item.rule}`} className={`check-item check-${item.severity}`} data-rule={item.rule}>
                  <button type="button" className="check-jump" onClick={() => onJump(item.from)} title={t('publish.jump', { line: item.line })}>
                    <span className="check-message">{checkText(lang, item)}</span>
                    <span className="check-where">
                      {t('publish.line', { line: item.line })} · {item.rule}
                    </span>
                  </button>
                  {item.fix && (
                    <button type="button" className="small check-fix" onClick={() => fix(item)} title={t('publish.fix.hint')} data-testid="link-fix">
                      {fixText(lang, item.rule, item.fix)}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
