// Naming a new transcript's speakers before it is written: each speaker id (SPEAKER_00) gets a name, suggested from
// the episode's people (authors, hosts, guests) and the names used before on this site; then transcript.vtt is
// written into the bundle and, when the site's episodes have a `transcript` field, the field is set to it.
import { useEffect, useState } from 'react'
import { episodePeople } from '../../shared/transcript/episode-people'
import { nameSpeakers, speakerIds } from '../../shared/transcript/model'
import { writeTranscriptVtt } from '../../shared/transcript/write-vtt'
import { api } from '../api'
import { errorText } from '../error-messages'
import { useI18n } from '../i18n'
import type { EditorBus } from '../state/editor-bus'
import { writeTimedFile } from '../state/timed-files'
import type { PendingTranscript } from './TranscriptPanel'

export interface SpeakerFormProps {
  pending: PendingTranscript
  episodePath: string
  /** The transcript.vtt on disk now (null: none), which the write must find unchanged. */
  existing: string | null
  frontMatter: Record<string, unknown> | null
  setField: boolean
  bus: EditorBus
  onDone: (message: string) => void
  onError: (message: string) => void
  onCancel: () => void
}

export function SpeakerForm({ pending, episodePath, existing, frontMatter, setField, bus, onDone, onError, onCancel }: SpeakerFormProps) {
  const { t, lang } = useI18n()
  const ids = speakerIds(pending.cues)
  const [names, setNames] = useState<Record<string, string>>({})
  const [known, setKnown] = useState<string[]>(() => episodePeople(frontMatter))
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    api.speakers.get({}).then(
      (memory) => {
        if (!live) return
        setKnown((k) => [...new Set([...k, ...memory.names])])
        setNames((n) => ({ ...Object.fromEntries(ids.filter((id) => memory.byId[id]).map((id) => [id, memory.byId[id]])), ...n }))
      },
      () => undefined
    )
    return () => {
      live = false
    }
  }, [pending])

  const save = async () => {
    setBusy(true)
    try {
      const given = Object.fromEntries(ids.filter((id) => names[id]?.trim()).map((id) => [id, names[id].trim()]))
      await writeTimedFile(episodePath, 'transcript.vtt', writeTranscriptVtt(nameSpeakers(pending.cues, given)), existing)
      if (Object.keys(given).length) await api.speakers.remember({ byId: given }).catch(() => undefined)
      if (setField) bus.commands?.editField(['transcript'], { value: 'transcript.vtt' })
      onDone(t(setField ? 'transcript.saved.field' : 'transcript.saved', { count: pending.cues.length }))
    } catch (err) {
      onError(errorText(lang, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="speaker-form" onSubmit={(e) => (e.preventDefault(), void save())} data-testid="speaker-form">
      <p className="speaker-summary">{t('transcript.read', { count: pending.cues.length, name: pending.name, format: pending.format.toUpperCase().replace('WHISPER-JSON', 'Whisper JSON') })}</p>
      {ids.length > 0 && <p className="speaker-help">{t('transcript.speakers.help')}</p>}
      {ids.map((id) => (
        <div key={id} className="speaker-item">
          <label className="speaker-row">
            <span className="speaker-id">{id}</span>
            <input list="speaker-names" value={names[id] ?? ''} onChange={(e) => setNames({ ...names, [id]: e.target.value })} placeholder={t('transcript.speakers.placeholder')} aria-label={t('transcript.speakers.name', { id })} />
          </label>
          {/* What the speaker says first, to tell who it is. */}
          <p className="speaker-sample">“{pending.cues.find((c) => c.speaker === id)?.text}”</p>
        </div>
      ))}
      <datalist id="speaker-names">
        {known.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <div className="retime-buttons">
        <button type="button" className="small" onClick={onCancel} disabled={busy}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="small primary" disabled={busy} data-testid="transcript-save">
          {t(existing === null ? 'transcript.write' : 'transcript.replace')}
        </button>
      </div>
    </form>
  )
}
