// "Ready to publish": the open episode's status with the date it goes live, its checks grouped by severity (a click
// goes to the problem, a button applies its quick fix), Preview on site through hugo, and the way into Export.
import { useEffect, useRef, type ReactNode } from 'react'
import { checkText, fixText } from '../check-messages'
import { useI18n, type MessageKey } from '../i18n'
import { groupBySeverity, type CheckItem } from '../state/publish-checks'
import type { EditorBus } from '../state/editor-bus'
import { publishStatus, relativeTime } from '../state/publish-status'
import type { PublishChecks } from '../state/use-publish-checks'
import { openOutside, type SitePreview } from '../state/use-site-preview'
import { LinkCheckSection } from './LinkCheckSection'
import './publish.css'

export interface PublishPanelProps {
  episodePath: string | null
  /** The open episode's front matter fields (null when they do not read). */
  fields: Record<string, unknown> | null
  checks: PublishChecks
  /** `running`: a hugo server started from this window may still run (whichever episode started it). */
  site: { state: SitePreview; running: boolean; start: (episode: string) => void; stop: () => void }
  /** The site's time zone, for dates written without an offset (Hugo's default is UTC). */
  timeZone?: string
  onJump: (pos: number) => void
  onFix: (item: CheckItem) => void
  onExport: () => void
  /** The open editor, for the link check (LinkCheckSection) under the checks. */
  bus?: EditorBus
  /** Publishing with git (GitPublish), when the site is in a repository. */
  git?: ReactNode
}

const GROUP_TITLES = { error: 'publish.group.error', warning: 'publish.group.warning', info: 'publish.group.info' } as const

export function PublishPanel({ episodePath, fields, timeZone, checks, site, onJump, onFix, onExport, bus, git }: PublishPanelProps) {
  const { t, lang } = useI18n()
  if (!episodePath) return <p className="panel-empty">{t('publish.noEpisode')}</p>
  const title = typeof fields?.title === 'string' && fields.title.trim() ? fields.title : null
  return (
    <div className="publish-panel" data-testid="publish-panel">
      <section className="publish-head">
        <h2 className={title ? 'publish-title' : 'publish-title untitled'}>{title ?? episodePath}</h2>
        <StatusLine fields={fields} timeZone={timeZone} />
      </section>

      <section className="publish-section" aria-labelledby="publish-checks">
        <h3 id="publish-checks">{t('publish.checks')}</h3>
        {!checks.ready ? (
          <p className="hint">{t('publish.checking')}</p>
        ) : checks.items.length === 0 ? (
          <p className="all-clear" data-testid="all-clear">
            ✓ {t('publish.allClear')}
          </p>
        ) : (
          groupBySeverity(checks.items).map((group) => (
            <div key={group.severity} className={`check-group check-${group.severity}`} data-severity={group.severity}>
              <h4>
                {t(GROUP_TITLES[group.severity])} <span className="check-count">{group.items.length}</span>
              </h4>
              <ul>
                {group.items.map((item) => (
                  <li key={`${item.from}:${item.rule}:${item.message}`} className="check-item">
                    <button type="button" className="check-jump" onClick={() => onJump(item.from)} title={t('publish.jump', { line: item.line })}>
                      <span className="check-message">{checkText(lang, item)}</span>
                      <span className="check-where">
                        {t('publish.line', { line: item.line })}
                        {item.rule && <> · {item.rule}</>}
                      </span>
                    </button>
                    {item.fix && (
                      <button type="button" className="small check-fix" disabled={checks.stale} onClick={() => onFix(item)} title={t(checks.stale ? 'publish.fix.wait' : 'publish.fix.hint')}>
                        {fixText(lang, item.rule, item.fix)}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      {bus && <LinkCheckSection bus={bus} episodePath={episodePath} onJump={onJump} />}

      {git}
      <SiteSection episodePath={episodePath} site={site} />

      <section className="publish-section">
        <h3>{t('export.title')}</h3>
        <p className="hint">{t('export.hint')}</p>
        <button type="button" onClick={onExport} data-testid="open-export">
          {t('export.open')}
        </button>
      </section>
    </div>
  )
}

function StatusLine({ fields, timeZone }: { fields: Record<string, unknown> | null; timeZone?: string }) {
  const { t, lang } = useI18n()
  const now = new Date()
  const status = publishStatus(fields, now, timeZone)
  if (!status) return <p className="publish-status hint">{t('publish.status.unreadable')}</p>
  const key: MessageKey = status.status === 'published' && !status.when ? 'publish.status.publishedUndated' : `publish.status.${status.status}`
  return (
    <p className="publish-status" data-testid="publish-status">
      <span className={`status-dot status-${status.status}`} aria-hidden="true" />
      <span>
        {t(key, { when: status.when ?? '' })}
        {status.status === 'scheduled' && status.at && <span className="publish-relative"> ({relativeTime(status.at, now, lang)})</span>}
      </span>
    </p>
  )
}

function SiteSection({ episodePath, site }: { episodePath: string; site: PublishPanelProps['site'] }) {
  const { t } = useI18n()
  const { state } = site
  const mine = state.phase !== 'idle' && state.episode === episodePath
  const problemRef = useRef<HTMLDivElement>(null)
  const problem = state.phase === 'failed' && mine ? state.problem : null
  // The problem shows at the top of the section; brought into view, as the sidebar may be scrolled above it.
  useEffect(() => problemRef.current?.scrollIntoView({ block: 'nearest' }), [problem])
  return (
    <section className="publish-section" aria-labelledby="publish-site">
      <h3 id="publish-site">{t('site.title')}</h3>
      {problem && (
        <div className="site-problem" role="alert" data-testid="site-problem" ref={problemRef}>
          <p className="site-problem-what">{problem.kind === 'other' ? problem.message : t(`site.failed.${problem.kind}`)}</p>
          {problem.kind === 'hugo-missing' && <p className="hint">{t('site.missingHint')}</p>}
          {problem.kind === 'no-layout' && <p data-testid="site-problem-fix">{t('site.noLayoutHint')}</p>}
          {problem.headline && (
            <p className="site-problem-headline" data-testid="site-problem-headline">
              {problem.headline}
            </p>
          )}
          {problem.output && (
            <details open>
              <summary className="site-output-label">{t('site.output')}</summary>
              <pre className="site-output">{problem.output}</pre>
            </details>
          )}
        </div>
      )}
      <p className="hint">{t('site.hint')}</p>
      <div className="publish-actions">
        <button type="button" className="primary" onClick={() => site.start(episodePath)} disabled={state.phase === 'starting'} data-testid="site-preview">
          {t('site.start')}
        </button>
        {site.running && (
          <button type="button" onClick={site.stop} data-testid="site-stop">
            {t('site.stop')}
          </button>
        )}
      </div>
      {state.phase === 'starting' && (
        <p className="hint site-starting">
          <span className="spinner" aria-hidden="true" /> {t('site.starting')}
        </p>
      )}
      {state.phase === 'running' && (
        <p className="site-url">
          {t(mine ? 'site.running' : 'site.runningOther')}{' '}
          <a
            href={mine ? state.pageUrl : state.siteUrl}
            data-testid="site-url"
            onClick={(e) => {
              e.preventDefault()
              void openOutside(mine ? state.pageUrl : state.siteUrl)
            }}
          >
            {mine ? state.pageUrl : state.siteUrl}
          </a>
        </p>
      )}
    </section>
  )
}
