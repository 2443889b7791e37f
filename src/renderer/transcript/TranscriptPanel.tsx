// The Transcript panel: the bundle's transcript.vtt as a searchable list of cues (speaker, time, text), only the rows
// in view in the page. A transcript from Whisper or a captioning tool (SRT, WebVTT, JSON) dropped or chosen here has
// its speakers named, then is written beside the notes as transcript.vtt. A click on a cue plays it (Listen panel)
// or goes to the notes' chapter of that moment; selected words become a quote in the notes (quote-selection.ts).
import { useCallback, useEffect, useMemo, useState } from 'react'
import { findChapters } from '../../shared/chapters/find'
import { foldForSearch, searchCues, speakerIds, type Cue } from '../../shared/transcript/model'
import { readTranscript } from '../../shared/transcript/read'
import { readVttCues } from '../../shared/transcript/vtt'
import { shortcutText, command } from '../../shared/commands'
import { useTimedFileWords } from '../chapters/timed-file-words'
import { errorText } from '../error-messages'
import { useI18n } from '../i18n'
import { player } from '../listen/player'
import { usePlayerTime } from '../listen/use-player-time'
import type { EditorBus } from '../state/editor-bus'
import { readTextOf } from '../state/read-file'
import { useScrollView } from '../state/use-scroll-view'
import { isBundleNotes, onTimedFileWritten, readTimedFile } from '../state/timed-files'
import { byCharacter, cueMetrics, estimateWidth, layoutRows, rowsAt, wordWidths, type WordWidths } from './cue-rows'
import { SpeakerForm } from './SpeakerForm'
import { cueClock } from './cue-clock'
import '../chapters/chapters.css'

/** The row's padding (12 px each side) and the list's (4 px each side): what the cue text does not get of the list's width. */
const cueInset = 32

export interface TranscriptPanelProps {
  bus: EditorBus
  episodePath: string
  frontMatter: Record<string, unknown> | null
  /** The keys of the site's archetype: when its episodes have a `transcript` field, it is set to the file. */
  archetypeKeys: () => readonly string[]
}

type Note = { kind: 'info' | 'error'; text: string } | null
interface SavedTranscript {
  episode: string
  /** transcript.vtt as read (null: the bundle has none). */
  text: string | null
  cues: Cue[]
}
let lastRead: SavedTranscript | null = null
/** A transcript read from a file, waiting for its speakers' names before it is written. */
export interface PendingTranscript {
  name: string
  format: string
  cues: Cue[]
}

export function TranscriptPanel({ bus, episodePath, frontMatter, archetypeKeys }: TranscriptPanelProps) {
  const { t, lang } = useI18n()
  const unreadable = useTimedFileWords()
  // The transcript last read shows at once when the tab is opened again; the file is read meanwhile to be sure.
  const [saved, setSaved] = useState<SavedTranscript | null>(() => (lastRead?.episode === episodePath ? lastRead : null))
  const [pending, setPending] = useState<PendingTranscript | null>(null)
  const [query, setQuery] = useState('')
  const [note, setNote] = useState<Note>(null)
  // A state, not a ref: the list appears only once there are cues, and its size must be followed from then on.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  const [scrolled] = useScrollView(scroller, () => ({ top: 0, height: 600, width: cueMetrics.width + cueInset }))
  // The text's width: the row's padding (12 px each side) and the list's (4 px) taken off.
  const view = { ...scrolled, width: scrolled.width - cueInset }
  const bundle = isBundleNotes(episodePath)

  const load = useCallback(() => {
    if (!bundle) return setSaved({ episode: episodePath, text: null, cues: [] })
    readTimedFile(episodePath, 'transcript.vtt').then(
      (text) => {
        if (lastRead?.episode === episodePath && lastRead.text === text) return setSaved(lastRead)
        const read = text === null ? null : readVttCues(text)
        lastRead = { episode: episodePath, text, cues: read?.ok ? read.value : [] }
        setSaved(lastRead)
        if (read && !read.ok) setNote({ kind: 'error', text: unreadable('transcript.vtt', read.error) })
      },
      (err: unknown) => setNote({ kind: 'error', text: errorText(lang, err) })
    )
  }, [bundle, episodePath])
  useEffect(load, [load])
  useEffect(() => onTimedFileWritten((episode, name) => episode === episodePath && name === 'transcript.vtt' && load()), [episodePath, load])

  const playing = usePlayerTime()
  const cues = saved?.cues ?? []
  const shown = useMemo(() => searchCues(cues, query), [cues, query])
  const metrics = useMemo(() => ({ ...cueMetrics, width: Math.max(120, view.width) }), [view.width])
  const words = textWords()
  const tops = useMemo(() => layoutRows(cues, shown, metrics, words), [cues, shown, metrics, words])
  const { start, end } = rowsAt(tops, view.top, view.height)

  const take = async (file: File | undefined) => {
    if (!file) return
    if (!bundle) return setNote({ kind: 'error', text: t('transcript.notBundle') })
    const read = readTranscript(await readTextOf(file))
    if (!read.ok) return setNote({ kind: 'error', text: unreadable(file.name, read.error) })
    setNote(null)
    setPending({ name: file.name, format: read.value.format, cues: read.value.cues })
  }
  const onDrop = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return
    e.preventDefault()
    void take(e.dataTransfer.files[0])
  }

  // A click plays the cue, or (no recording) goes to the notes' chapter of that moment; a selection is left alone.
  const openCue = (cue: Cue) => {
    if (!window.getSelection()?.isCollapsed) return
    if (player.ready()) return player.seek(cue.start, true)
    const chapters = bus.view ? findChapters(bus.view.state.doc.toString()) : []
    const at = chapters.filter((c) => c.start <= cue.start).pop()
    if (at) bus.commands?.jumpToLine(at.line)
    else setNote({ kind: 'info', text: t('transcript.noChapterAt', { time: cueClock(cue.start) }) })
  }

  const quoteKey = shortcutText(command('quoteTranscript').keys)
  return (
    <div className="transcript-panel" data-testid="transcript-panel" onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()} onDrop={onDrop}>
      <div className="timed-actions">
        <label className="button-like small" title={t('transcript.import.hint')}>
          {t('transcript.import')}
          <input type="file" accept=".srt,.vtt,.json,text/*,application/json" data-testid="transcript-file" onChange={(e) => (void take(e.target.files?.[0]), (e.target.value = ''))} />
        </label>
        {cues.length > 0 && !pending && (
          <input type="search" className="transcript-search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('transcript.search')} aria-label={t('transcript.search')} data-testid="transcript-search" />
        )}
      </div>
      {note && (
        <p className={`timed-note ${note.kind}`} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
      {pending ? (
        <SpeakerForm
          pending={pending}
          episodePath={episodePath}
          existing={saved?.text ?? null}
          frontMatter={frontMatter}
          setField={[...archetypeKeys(), ...Object.keys(frontMatter ?? {})].includes('transcript')}
          bus={bus}
          onDone={(message) => (setPending(null), setQuery(''), setNote({ kind: 'info', text: message }))}
          onError={(text) => setNote({ kind: 'error', text })}
          onCancel={() => setPending(null)}
        />
      ) : !bundle ? (
        <p className="panel-empty">{t('transcript.notBundle')}</p>
      ) : !cues.length ? (
        <p className="panel-empty">{saved ? t('transcript.empty') : t('transcript.loading')}</p>
      ) : (
        <>
          <p className="transcript-summary">
            {query.trim() ? t('transcript.found', { count: shown.length, total: cues.length }) : t('transcript.count', { count: cues.length, speakers: speakerIds(cues).length })}
            <span className="transcript-quote-hint"> · {t('transcript.quote.hint', { keys: quoteKey })}</span>
          </p>
          <div className="cue-scroller" ref={setScroller} data-testid="cue-list">
            <div className="cue-space" style={{ height: tops[shown.length] }}>
              {shown.slice(start, end).map((index, i) => {
                const cue = cues[index]
                const top = tops[start + i]
                return (
                  <div key={index} className={playing !== null && cue.start <= playing && playing < cue.end ? 'cue-row now' : 'cue-row'} style={{ top, height: tops[start + i + 1] - top }} data-cue={index} data-start={cue.start} data-speaker={cue.speaker ?? ''} onClick={() => openCue(cue)}>
                    <div className="cue-head">
                      {cue.speaker && <span className="cue-speaker">{cue.speaker}</span>}
                      <span className="cue-time">{cueClock(cue.start)}</span>
                    </div>
                    <div className="cue-text">{marked(cue.text, query)}</div>
                  </div>
                )
              })}
            </div>
          </div>
        </>
      )}
    </div>
  )
}

let words: WordWidths | null = null

/** Word widths in the cue text's font, from each character measured once on a canvas (the estimate where there is none). */
function textWords(): WordWidths {
  if (words) return words
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return (words = wordWidths(estimateWidth(cueMetrics)))
  context.font = `${cueMetrics.fontSize}px ${getComputedStyle(document.body).fontFamily}`
  return (words = wordWidths(byCharacter((char) => context.measureText(char).width)))
}

/** The cue's text with the searched words marked (as searchCues matches them: case and full-width letters folded). */
function marked(text: string, query: string): React.ReactNode {
  const q = foldForSearch(query.trim())
  if (!q) return text
  const folded = foldForSearch(text)
  if (folded.length !== text.length) return text
  const parts: React.ReactNode[] = []
  let at = 0
  for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, at)) {
    parts.push(text.slice(at, i), <mark key={i}>{text.slice(i, i + q.length)}</mark>)
    at = i + q.length
  }
  parts.push(text.slice(at))
  return parts
}
