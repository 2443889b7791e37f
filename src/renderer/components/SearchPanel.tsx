// The Search tab: search every episode (text or regular expression, case, whole words, kana, scope, status), the
// matches grouped per episode with the line and the match marked (click: open there), and a replace with a tick
// per episode and per match, its summary and one Undo.
import { useEffect, useRef, useState } from 'react'
import type { EpisodeMatches } from '../../shared/api'
import type { SearchScope, SearchStatus } from '../../shared/search'
import { errorText } from '../error-messages'
import { useI18n, type MessageKey } from '../i18n'
import './search.css'
import type { SiteSearch } from '../state/use-site-search'

export interface SearchPanelProps {
  search: SiteSearch
  onOpen: (path: string, line: number) => void
  /** Bumped by Ctrl/Cmd+Shift+F: the search field takes the focus. */
  focusKey: number
}

const SCOPES: SearchScope[] = ['all', 'body', 'frontMatter', 'field']
const STATUSES: SearchStatus[] = ['draft', 'scheduled', 'published', 'expired']
/** Rows in the page at most: a search that finds more says so and shows the first ones. */
const SHOWN_MATCHES = 1000

export function SearchPanel({ search, onOpen, focusKey }: SearchPanelProps) {
  const { t, lang } = useI18n()
  const { query, setQuery, results, summary, error, outcome } = search
  const [replacing, setReplacing] = useState(false)
  const [replacement, setReplacement] = useState('')
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusKey])

  const toggle = (name: 'caseSensitive' | 'wholeWord' | 'regex' | 'kana', label: MessageKey, text: string) => (
    <button type="button" className="search-toggle" aria-pressed={query[name]} title={t(label)} aria-label={t(label)} onClick={() => setQuery({ [name]: !query[name] })}>
      {text}
    </button>
  )
  const statuses = query.statuses ?? []
  let budget = SHOWN_MATCHES
  const matchCount = results.reduce((n, r) => n + r.matches.length, 0)

  return (
    <div className="site-search" data-testid="site-search">
      <div className="search-fields">
        <input ref={input} type="search" className="search-pattern" value={query.pattern} placeholder={t('search.pattern')} aria-label={t('search.pattern')} spellCheck={false} onChange={(e) => setQuery({ pattern: e.target.value })} />
        <div className="search-toggles">
          {toggle('caseSensitive', 'search.case', 'Aa')}
          {toggle('wholeWord', 'search.word', 'ab')}
          {toggle('regex', 'search.regex', '.*')}
          {toggle('kana', 'search.kana', 'かな')}
          <button type="button" className="search-toggle" aria-pressed={replacing} onClick={() => setReplacing((v) => !v)}>
            {t('search.showReplace')}
          </button>
        </div>
        <label className="search-scope">
          <span>{t('search.scope')}</span>
          <select value={query.scope} onChange={(e) => setQuery({ scope: e.target.value as SearchScope })}>
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`search.scope.${s}` as MessageKey)}
              </option>
            ))}
          </select>
          {query.scope === 'field' && (
            <input className="search-field" value={query.field ?? ''} placeholder={t('search.field')} aria-label={t('search.field')} spellCheck={false} onChange={(e) => setQuery({ field: e.target.value.trim() })} />
          )}
        </label>
        <div className="search-statuses" role="group" aria-label={t('search.statuses')}>
          {STATUSES.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => setQuery({ statuses: e.target.checked ? [...statuses, s] : statuses.filter((x) => x !== s) })} />
              {t(`status.${s}` as MessageKey)}
            </label>
          ))}
        </div>
        {replacing && (
          <div className="search-replace">
            <input type="text" value={replacement} placeholder={t('search.replaceWith')} aria-label={t('search.replaceWith')} spellCheck={false} onChange={(e) => setReplacement(e.target.value)} />
            <button type="button" className="primary" disabled={!search.tickedCount} onClick={() => void search.replace(replacement)}>
              {t('search.replaceTicked', { n: search.tickedCount })}
            </button>
          </div>
        )}
      </div>
      {outcome && (
        <div className="search-outcome" role="status">
          {outcome.undone !== null ? (
            <p>{t('search.undone', { n: outcome.undone })}</p>
          ) : (
            <>
              <p>
                {t('search.replaced', {
                  matches: outcome.summary.replaced.reduce((n, r) => n + r.count, 0) + (outcome.editor?.count ?? 0),
                  episodes: outcome.summary.replaced.length + (outcome.editor ? 1 : 0)
                })}
              </p>
              {outcome.editor && <p className="search-note">{outcome.editor.path}: {t('search.inEditor')}</p>}
              {outcome.editorRefused && <p className="search-refused">{t('search.refused', { path: outcome.editorRefused, message: t('search.changedSince') })}</p>}
              {outcome.summary.refused.map((r) => (
                <p key={r.path} className="search-refused">
                  {t('search.refused', { path: r.path, message: errorText(lang, Object.assign(new Error(r.message), { code: r.code })) })}
                </p>
              ))}
              {(outcome.summary.replaceId || outcome.editor) && (
                <button type="button" onClick={() => void search.undo()}>
                  {t('search.undo')}
                </button>
              )}
            </>
          )}
          <button type="button" className="link" onClick={search.dismissOutcome}>
            {t('bar.dismiss')}
          </button>
        </div>
      )}
      <p className="search-status" aria-live="polite">
        {error !== null ? (
          <span className="search-error">{errorText(lang, error)}</span>
        ) : !query.pattern ? (
          t('search.hint')
        ) : query.scope === 'field' && !query.field ? (
          t('search.fieldFirst')
        ) : summary === null ? (
          t('search.searching')
        ) : summary.truncated ? (
          t('search.truncated', { matches: summary.matches })
        ) : results.length ? (
          t('search.found', { matches: matchCount, episodes: results.length })
        ) : (
          t('search.none')
        )}
      </p>
      <ol className="search-results">
        {results.map((r) => {
          const shown = r.matches.slice(0, Math.max(0, budget))
          budget -= shown.length
          return shown.length ? <EpisodeResult key={r.path} result={r} shown={shown.length} replacement={replacing ? replacement : null} search={search} onOpen={onOpen} /> : null
        })}
      </ol>
    </div>
  )
}

interface EpisodeResultProps {
  result: EpisodeMatches
  shown: number
  /** While replacing: the replacement, each ticked match previewed as what it becomes. */
  replacement: string | null
  search: SiteSearch
  onOpen: (path: string, line: number) => void
}

function EpisodeResult({ result, shown, replacement, search, onOpen }: EpisodeResultProps) {
  const { t } = useI18n()
  const replacing = replacement !== null
  const ticked = result.matches.filter((_, i) => search.isTicked(result.path, i)).length
  return (
    <li className="search-episode" data-path={result.path}>
      <div className="search-episode-head">
        {replacing && (
          <input
            type="checkbox"
            aria-label={t('search.tickEpisode')}
            checked={ticked === result.matches.length}
            ref={(el) => {
              if (el) el.indeterminate = ticked > 0 && ticked < result.matches.length
            }}
            onChange={() => search.toggle(result.path)}
          />
        )}
        <button type="button" className="search-episode-title" title={result.path} onClick={() => onOpen(result.path, result.matches[0].line)}>
          {result.title || result.path}
        </button>
        <span className="tab-badge">{result.matches.length}</span>
      </div>
      <ol>
        {result.matches.slice(0, shown).map((m, i) => (
          <li key={`${m.from}-${i}`} className="search-match">
            {replacing && <input type="checkbox" aria-label={t('search.tickMatch')} checked={search.isTicked(result.path, i)} onChange={() => search.toggle(result.path, i)} />}
            <button type="button" onClick={() => onOpen(result.path, m.line)} title={t('search.line', { line: m.line })}>
              <span className="search-line">{m.line}</span>
              <span className="search-text">
                {m.text.slice(0, m.start)}
                {replacing && search.isTicked(result.path, i) ? (
                  <>
                    <del>{m.text.slice(m.start, m.end)}</del>
                    <ins>{search.preview(m.text.slice(m.start, m.end), replacement)}</ins>
                  </>
                ) : (
                  <mark>{m.text.slice(m.start, m.end)}</mark>
                )}
                {m.text.slice(m.end)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </li>
  )
}
