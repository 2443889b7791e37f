// "I cut / inserted N seconds at T": the retime asked for in the host's words, checked before anything moves.
import { useState } from 'react'
import { useI18n } from '../i18n'

export interface RetimeFormProps {
  onRetime: (at: number, by: number) => void
  onCancel: () => void
  /** Reads a time as the host writes it (10:30, 1:02:03, 95.5). */
  parse: (text: string) => number | null
}

export function RetimeForm({ onRetime, onCancel, parse }: RetimeFormProps) {
  const { t, lang } = useI18n()
  const [mode, setMode] = useState<'cut' | 'insert'>('cut')
  const [seconds, setSeconds] = useState('')
  const [at, setAt] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const n = Number(seconds.trim().replace(',', '.'))
    const when = parse(at)
    if (!seconds.trim() || !Number.isFinite(n) || n <= 0) return setProblem(t('retime.badSeconds'))
    if (when === null) return setProblem(t('retime.badTime'))
    setProblem(null)
    onRetime(when, mode === 'cut' ? -n : n)
  }
  const mode$ = (
    <select value={mode} onChange={(e) => setMode(e.target.value as 'cut' | 'insert')} aria-label={t('retime.mode')}>
      <option value="cut">{t('retime.cut')}</option>
      <option value="insert">{t('retime.insert')}</option>
    </select>
  )
  const seconds$ = <input className="retime-seconds" value={seconds} onChange={(e) => setSeconds(e.target.value)} inputMode="decimal" placeholder="12.5" aria-label={t('retime.seconds')} data-testid="retime-seconds" />
  const at$ = <input className="retime-at" value={at} onChange={(e) => setAt(e.target.value)} placeholder="10:30" aria-label={t('retime.at')} data-testid="retime-at" />
  return (
    <form className="retime-form" onSubmit={submit} data-testid="retime-form">
      {/* The sentence in each language's own order: "I cut 12.5 seconds at 10:30" / "10:30 の位置で 12.5 秒 切った". */}
      <div className="retime-sentence">
        {lang === 'ja' ? (
          <>
            {at$}
            <span>{t('retime.secondsAt')}</span>
            {seconds$}
            <span>{t('retime.end')}</span>
            {mode$}
          </>
        ) : (
          <>
            <span>{t('retime.i')}</span>
            {mode$}
            {seconds$}
            <span>{t('retime.secondsAt')}</span>
            {at$}
          </>
        )}
      </div>
      <p className="retime-help">{t('retime.help')}</p>
      {problem && (
        <p className="timed-note error" role="alert">
          {problem}
        </p>
      )}
      <div className="retime-buttons">
        <button type="button" className="small" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="small primary" data-testid="retime-apply">
          {t('retime.apply')}
        </button>
      </div>
    </form>
  )
}
