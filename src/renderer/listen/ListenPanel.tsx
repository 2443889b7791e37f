// The Listen panel under the editor and the preview: the episode's recording (a chosen file, a bundle file or the front matter's
// URL) with play/pause, 5-second steps, speed, a seek bar, Stamp, the waveform with the notes' timestamps, and
// the place where the host stopped offered back. Its buttons keep the editor's focus, so typing goes on.
import { useEffect, useRef, useState } from 'react'
import type { MediaFile } from '../../shared/api'
import { writeStamp } from '../../shared/chapters/stamp-lines'
import { isAudioName, recordingUrlOf } from '../../shared/listen/recording-url'
import type { Peaks } from '../../shared/listen/wav-peaks'
import { api } from '../api'
import { stampLine } from '../editor/listen-keys'
import { useI18n } from '../i18n'
import type { EditorBus } from '../state/editor-bus'
import { recordingPeaks } from './peaks'
import { player, speeds } from './player'
import { useRecording } from './use-recording'
import { Waveform } from './Waveform'
import './listen.css'

export interface ListenPanelProps {
  bus: EditorBus
  /** The open folder and episode: what is remembered belongs to both. */
  site: string
  episodePath: string
  /** The bundle's files (its audio ones are offered). */
  files: MediaFile[]
  frontMatter: Record<string, unknown> | null
  lag: number
  onLag: (seconds: number) => void
  onClose: () => void
}

const lags = [0, 1, 2, 3, 4, 5]
const clock = (s: number) => writeStamp(Number.isFinite(s) ? s : 0, { hours: 'never' })
// Buttons act without taking the editor's focus (and so never end an IME composition).
const keepFocus = (e: React.MouseEvent) => e.preventDefault()

export function ListenPanel({ bus, site, episodePath, files, frontMatter, lag, onLag, onClose }: ListenPanelProps) {
  const { t } = useI18n()
  const audio = useRef<HTMLAudioElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const bundleAudio = files.filter((f) => f.state !== 'missing' && (f.kind === 'audio' || isAudioName(f.name)))
  const frontMatterUrl = recordingUrlOf(frontMatter)
  const { recording, chooseFile, chooseBundle, chooseUrl, keepPosition, resumable, chooseAgain } = useRecording(site, episodePath, bundleAudio, frontMatterUrl)
  const [time, setTime] = useState(0)
  const [duration, setDuration] = useState(0)
  const [playing, setPlaying] = useState(false)
  const [rate, setRate] = useState(1)
  const [problem, setProblem] = useState<string | null>(null)
  const [resumeShown, setResumeShown] = useState(true)
  const [peaks, setPeaks] = useState<Peaks | null>(null)
  const [waveMessage, setWaveMessage] = useState<string | null>(null)

  player.lag = lag
  useEffect(() => {
    player.attach(audio.current)
    return () => player.attach(null)
  }, [])

  // The desktop app's View ▸ Listening menu.
  useEffect(
    () =>
      api.on('didRequestCommand', ({ command }) => {
        if (command === 'listenPlay') player.toggle()
        else if (command === 'listenBack') player.skip(-5)
        else if (command === 'listenForward') player.skip(5)
        else if (command === 'listenSlower') player.step(-1)
        else if (command === 'listenFaster') player.step(1)
        else if (command === 'listenStamp' && bus.view) stampLine(bus.view)
      }),
    [bus]
  )

  // A new recording: its waveform (cached or computed), and the resume offer shown afresh.
  useEffect(() => {
    setPeaks(null)
    setProblem(null)
    setResumeShown(true)
    if (!recording) return setWaveMessage(null)
    setWaveMessage(t('listen.waveform.working'))
    const stop = new AbortController()
    const cacheAs = recording.ref.kind === 'local' ? recording.ref : recording.ref.kind === 'bundle' ? recording.ref : null
    void recordingPeaks({ name: recording.name, data: recording.file ?? recording.src, cacheAs, size: recording.size }, stop.signal).then((r) => {
      if (stop.signal.aborted) return
      setPeaks(r.ok ? r.peaks : null)
      setWaveMessage(r.ok ? null : t(r.why === 'remote' ? 'listen.waveform.remote' : r.why === 'format' ? 'listen.waveform.none' : 'listen.waveform.failed'))
    })
    return () => stop.abort()
    // The words follow the language at the next recording; the work is not redone for a language change.
  }, [recording])

  const events = {
    onTimeUpdate: () => {
      const now = audio.current?.currentTime ?? 0
      setTime(now)
      keepPosition(now)
    },
    onDurationChange: () => setDuration(audio.current?.duration ?? 0),
    onPlay: () => (setPlaying(true), setResumeShown(false)),
    onPause: () => (setPlaying(false), keepPosition(audio.current?.currentTime ?? 0, true)),
    onRateChange: () => setRate(audio.current?.playbackRate ?? 1),
    onError: () => recording && setProblem(t('listen.cannotPlay', { name: recording.name }))
  }

  const take = (file: File | undefined) => {
    if (!file) return
    if (!file.type.startsWith('audio/') && !isAudioName(file.name)) return setProblem(t('listen.notAudio', { name: file.name }))
    chooseFile(file)
  }
  const onDrop = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return
    e.preventDefault()
    take(e.dataTransfer.files[0])
  }
  const sourceValue = !recording ? '' : recording.ref.kind === 'bundle' ? `bundle:${recording.name}` : recording.ref.kind === 'url' ? 'url' : 'local'
  const onSource = (value: string) => {
    if (value.startsWith('bundle:')) chooseBundle(value.slice('bundle:'.length))
    else if (value === 'url' && frontMatterUrl) chooseUrl(frontMatterUrl)
    else if (value === 'choose') fileInput.current?.click()
  }
  const ready = !!recording && !problem

  return (
    <section className="listen-panel" aria-label={t('listen.panel')} onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()} onDrop={onDrop} data-testid="listen-panel">
      <audio ref={audio} src={recording?.src} preload="metadata" {...events} />
      <div className="listen-row">
        <button className="listen-play" onMouseDown={keepFocus} onClick={() => player.toggle()} disabled={!ready} title={t('listen.play.hint')} aria-label={playing ? t('listen.pause') : t('listen.play')} data-testid="audio-play">
          {playing ? '❚❚' : '▶'}
        </button>
        <button className="small" onMouseDown={keepFocus} onClick={() => player.skip(-5)} disabled={!ready} title={t('listen.back.hint')}>
          {t('listen.back')}
        </button>
        <button className="small" onMouseDown={keepFocus} onClick={() => player.skip(5)} disabled={!ready} title={t('listen.forward.hint')}>
          {t('listen.forward')}
        </button>
        <span className="listen-time" data-testid="audio-time">
          {clock(time)} / {clock(duration)}
        </span>
        <input
          className="listen-seek"
          type="range"
          min={0}
          max={duration || 0}
          step={0.1}
          value={Math.min(time, duration || 0)}
          disabled={!ready || !duration}
          aria-label={t('listen.seek')}
          onChange={(e) => player.seek(Number(e.target.value), false)}
        />
        <select className="listen-speed" value={rate} onChange={(e) => audio.current && (audio.current.playbackRate = Number(e.target.value))} title={t('listen.speed.hint')} aria-label={t('listen.speed')}>
          {speeds.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        <span className="listen-sep" />
        <button className="small" onMouseDown={keepFocus} onClick={() => bus.view && stampLine(bus.view)} disabled={!ready} title={t('listen.stamp.hint', { lag })} data-testid="audio-stamp">
          {t('listen.stamp')}
        </button>
        <select className="listen-lag" value={lag} onChange={(e) => onLag(Number(e.target.value))} title={t('listen.lag.hint')} aria-label={t('listen.lag')}>
          {lags.map((l) => (
            <option key={l} value={l}>
              {t('listen.lag.value', { lag: l })}
            </option>
          ))}
        </select>
        <span className="listen-sep" />
        <select className="listen-source" value={sourceValue} onChange={(e) => onSource(e.target.value)} aria-label={t('listen.source')}>
          {!recording && <option value="">{t('listen.source.none')}</option>}
          {recording?.ref.kind === 'local' && <option value="local">{t('listen.source.local', { name: recording.name })}</option>}
          {bundleAudio.map((f) => (
            <option key={f.name} value={`bundle:${f.name}`}>
              {t('listen.source.bundle', { name: f.name })}
            </option>
          ))}
          {frontMatterUrl && <option value="url">{t('listen.source.url', { name: frontMatterUrl })}</option>}
          <option value="choose">{t('listen.chooseFile')}</option>
        </select>
        <label className="listen-file button-like" title={t('listen.chooseFile.hint')}>
          {t('listen.chooseFile')}
          <input ref={fileInput} type="file" accept="audio/*,.mp3,.m4a,.aac,.wav,.ogg,.oga,.opus,.flac" data-testid="audio-file" onChange={(e) => (take(e.target.files?.[0]), (e.target.value = ''))} />
        </label>
        <span className="listen-keys" title={t('listen.keys')} aria-label={t('listen.keys')}>
          ⌨
        </span>
        <button className="icon" onClick={onClose} title={t('listen.close')} aria-label={t('listen.close')}>
          ✕
        </button>
      </div>
      {(problem || chooseAgain || (resumable !== null && resumeShown) || !recording) && (
        <div className="listen-note" role="status">
          {problem ?? (chooseAgain ? t('listen.chooseAgain', { name: chooseAgain }) : !recording ? t('listen.dropHint') : null)}
          {!problem && resumable !== null && resumeShown && (
            <button className="small" onMouseDown={keepFocus} onClick={() => (player.seek(resumable, true), setResumeShown(false))} data-testid="audio-resume">
              {t('listen.resume', { time: clock(resumable) })}
            </button>
          )}
        </div>
      )}
      {recording && <Waveform peaks={peaks} message={waveMessage} duration={duration} time={time} bus={bus} onSeek={(s) => player.seek(s, true)} onJumpLine={(line) => bus.commands?.jumpToLine(line)} />}
    </section>
  )
}
