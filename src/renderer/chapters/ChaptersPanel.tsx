// The Chapters panel: the notes' chapter lines (time, title, link), read from the notes so they stay the one source.
// A click goes to the line (and plays from there while the Listen panel has a recording); a chapter file dropped or
// chosen here is written into the notes as one undo step; the chapters download in each format; Retime moves every
// time after an audio edit, in the notes and the bundle's chapters.json and transcript.vtt, as one undo step.
import { useEffect, useState } from 'react'
import { findChapters, chapterMarksOf, type Chapter } from '../../shared/chapters/find'
import { parseClock, type ChapterFormat, type TimedFileError } from '../../shared/chapters/model'
import { readChapterFile } from '../../shared/chapters/read'
import { retimeBesideFile, timedBundleFiles } from '../../shared/chapters/retime-beside'
import { writeStamp } from '../../shared/chapters/stamp-lines'
import { chapterFileNames, writableChapterFormats, writeChapters, type WritableChapterFormat } from '../../shared/chapters/write'
import { isExternalUrl } from '../../shared/external-url'
import { api } from '../api'
import { checkText, fixText } from '../check-messages'
import { dispatchOutside } from '../editor/ime-guard'
import { ensureBesideFileSync, importChaptersSpec, retimeChangesAnything, retimeSpec, type BesideChange } from '../editor/timed-edits'
import { useI18n, type MessageKey } from '../i18n'
import { player } from '../listen/player'
import { usePlayerTime } from '../listen/use-player-time'
import type { EditorBus } from '../state/editor-bus'
import type { CheckItem } from '../state/publish-checks'
import type { PublishChecks } from '../state/use-publish-checks'
import { readTextOf } from '../state/read-file'
import { isBundleNotes, readTimedFile, writeTimedFile } from '../state/timed-files'
import { RetimeForm } from './RetimeForm'
import { useTimedFileWords } from './timed-file-words'
import './chapters.css'

export interface ChaptersPanelProps {
  bus: EditorBus
  episodePath: string
  /** The episode's title (for the JSON download). */
  title: string | undefined
  /** A bundle file that could not be written back (by an undo or redo, when this panel may be closed): the window's error bar. */
  onError: (err: unknown) => void
  /** The episode's checks: the chapter ones (what YouTube and Spotify would ignore) show here with their fixes. */
  checks: PublishChecks
  onFix: (item: CheckItem) => void
}

type Note = { kind: 'info' | 'error'; text: string } | null

export const formatLabel: Record<ChapterFormat, MessageKey> = {
  json: 'chapters.format.json',
  psc: 'chapters.format.psc',
  mp4chaps: 'chapters.format.mp4chaps',
  youtube: 'chapters.format.youtube',
  vtt: 'chapters.format.vtt',
  audacity: 'chapters.format.audacity',
  reaper: 'chapters.format.reaper'
}

export function ChaptersPanel({ bus, episodePath, title, onError, checks, onFix }: ChaptersPanelProps) {
  const { t, lang } = useI18n()
  const unreadable = useTimedFileWords()
  const [chapters, setChapters] = useState<Chapter[]>([])
  const [note, setNote] = useState<Note>(null)
  const [retiming, setRetiming] = useState(false)
  const playing = usePlayerTime()
  // The chapter being heard: the last one that starts at or before the player's position.
  const heard = playing === null ? -1 : chapters.reduce((at, c, i) => (c.start <= playing ? i : at), -1)

  useEffect(() => {
    // Read again when typing pauses, as the outline does.
    let timer: number | undefined
    const read = () => {
      timer = undefined
      setChapters(bus.view ? findChapters(bus.view.state.doc.toString()) : [])
    }
    read()
    const off = bus.subscribe((u) => {
      if (!u) read()
      else if (u.docChanged) {
        window.clearTimeout(timer)
        timer = window.setTimeout(read, 150)
      }
    })
    return () => {
      off()
      window.clearTimeout(timer)
    }
  }, [bus])

  const problems = checks.items.filter((item) => item.rule?.startsWith('chapters-'))

  const open = (c: Chapter) => {
    bus.commands?.jumpToLine(c.line)
    if (player.ready()) player.seek(c.start, true)
  }

  const importFile = async (file: File | undefined) => {
    const view = bus.view
    if (!file || !view) return
    const read = readChapterFile(await readTextOf(file))
    if (!read.ok) return setNote({ kind: 'error', text: unreadable(file.name, read.error) })
    const { format, chapters: marks } = read.value
    dispatchOutside(view, (state) => importChaptersSpec(state, marks))
    setNote({ kind: 'info', text: t('chapters.imported', { count: marks.length, format: t(formatLabel[format]), name: file.name }) })
  }

  const download = (format: WritableChapterFormat) => {
    const marks = chapterMarksOf(bus.view?.state.doc.toString() ?? '')
    const duration = player.ready() && Number.isFinite(player.audio?.duration) ? player.audio?.duration : undefined
    const text = writeChapters(format, marks, { title, duration })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([text], { type: format === 'json' ? 'application/json' : 'text/plain' }))
    link.download = chapterFileNames[format]
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
  }

  const retime = async (at: number, by: number) => {
    const view = bus.view
    if (!view) return
    // Every file is read and retimed before anything changes: an unreadable one stops the whole retime.
    const files: BesideChange[] = []
    if (isBundleNotes(episodePath)) {
      for (const name of timedBundleFiles) {
        const before = await readTimedFile(episodePath, name).catch(() => null)
        if (before === null) continue
        const after = retimeBesideFile(name, before, { at, by })
        if (!after.ok) return setNote({ kind: 'error', text: unreadable(name, after.error as TimedFileError) })
        if (after.value !== before) files.push({ name, before, after: after.value })
      }
    }
    ensureBesideFileSync(view, (episode, change) => writeTimedFile(episode, change.name, change.after, change.before).catch(onError))
    let moved = false
    dispatchOutside(view, (state) => {
      const spec = retimeSpec(state, { at, by }, { episode: episodePath, files })
      moved = retimeChangesAnything(spec)
      return moved ? spec : null
    })
    setRetiming(false)
    const when = writeStamp(at, { hours: 'never' })
    setNote({ kind: 'info', text: moved ? t(by < 0 ? 'chapters.retimed.cut' : 'chapters.retimed.inserted', { seconds: Math.abs(by), at: when, files: files.length ? t('chapters.retimed.files', { files: files.map((f) => f.name).join(', ') }) : '' }) : t('chapters.retimed.none', { at: when }) })
  }

  const onDrop = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return
    e.preventDefault()
    void importFile(e.dataTransfer.files[0])
  }

  return (
    <div className="chapters-panel" data-testid="chapters-panel" onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()} onDrop={onDrop}>
      <div className="timed-actions">
        <label className="button-like small" title={t('chapters.import.hint')}>
          {t('chapters.import')}
          <input type="file" accept=".txt,.json,.psc,.xml,.vtt,.csv,.chapters,text/*,application/json" data-testid="chapters-file" onChange={(e) => (void importFile(e.target.files?.[0]), (e.target.value = ''))} />
        </label>
        <select value="" onChange={(e) => e.target.value && download(e.target.value as WritableChapterFormat)} disabled={!chapters.length} aria-label={t('chapters.export')} data-testid="chapters-export">
          <option value="">{t('chapters.export')}</option>
          {writableChapterFormats.map((f) => (
            <option key={f} value={f}>
              {t(formatLabel[f])} ({chapterFileNames[f]})
            </option>
          ))}
        </select>
        <button type="button" className="small" onClick={() => setRetiming((v) => !v)} aria-expanded={retiming} title={t('chapters.retime.hint')} data-testid="chapters-retime">
          {t('chapters.retime')}
        </button>
      </div>
      {retiming && <RetimeForm onRetime={(at, by) => void retime(at, by)} onCancel={() => setRetiming(false)} parse={parseClock} />}
      {note && (
        <p className={`timed-note ${note.kind}`} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="chapter-problems" data-testid="chapter-problems">
          {problems.map((item) => (
            <li key={`${item.from}:${item.rule}`} className={`chapter-problem ${item.severity}`}>
              <button type="button" className="chapter-problem-text" onClick={() => bus.commands?.jumpTo(item.from)} title={t('publish.jump', { line: item.line })}>
                {checkText(lang, item)}
              </button>
              {item.fix && (
                <button type="button" className="small" disabled={checks.stale} onClick={() => onFix(item)}>
                  {fixText(lang, item.rule, item.fix)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {chapters.length ? (
        <ol className="chapter-list" data-testid="chapter-list">
          {chapters.map((c, i) => (
            <li key={`${c.line}-${c.start}`} className={i === heard ? 'now' : undefined}>
              <button type="button" className="chapter-row" onClick={() => open(c)} title={t('chapters.row.hint', { line: c.line })}>
                <span className="chapter-time">{c.written}</span>
                <span className="chapter-title">{c.title}</span>
              </button>
              {c.url && isExternalUrl(c.url) && (
                <a className="chapter-link" href={c.url} title={c.url} onClick={(e) => (e.preventDefault(), void api.app.openExternal({ url: c.url! }))}>
                  ↗
                </a>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="panel-empty">{t('chapters.empty')}</p>
      )}
    </div>
  )
}
