// Which recording the Listen panel plays for an episode: chosen by the host (a file, a bundle file, the front
// matter's URL), the one remembered from last time brought back when it can be reopened (the desktop app reopens a
// file from outside the site by its path; a browser cannot), and the place where the host stopped kept as they listen.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { GrantedRecording, MediaFile } from '../../shared/api'
import { api, mediaUrl } from '../api'
import { episodeListening, rememberEpisodeListening, sameRecording, type EpisodeListening, type RecordingRef } from './listen-memory'

export interface Recording {
  ref: RecordingRef
  /** What the `<audio>` element plays: a blob URL, the media route, or the https URL. */
  src: string
  name: string
  size: number
  /** The chosen file itself (read for the waveform); absent for bundle and remote recordings. */
  file?: File
}

export function bundlePath(episodePath: string, name: string): string {
  return [...episodePath.split('/').slice(0, -1), name].join('/')
}

function nameOfUrl(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url)
  } catch {
    return url
  }
}

export function useRecording(site: string, episodePath: string, bundleAudio: MediaFile[], frontMatterUrl: string | null) {
  const [remembered] = useState<EpisodeListening | null>(() => episodeListening(site, episodePath))
  const [recording, setRecording] = useState<Recording | null>(null)
  const blobUrl = useRef<string | null>(null)

  const release = () => {
    if (blobUrl.current) URL.revokeObjectURL(blobUrl.current)
    blobUrl.current = null
  }
  useEffect(() => release, [])

  const playGranted = useCallback((granted: GrantedRecording) => {
    release()
    const { name, size, mtime, url } = granted
    setRecording({ ref: { kind: 'local', name, size, mtime }, src: url, name, size })
  }, [])

  const chooseFile = useCallback(
    (file: File) => {
      release()
      const src = URL.createObjectURL(file)
      blobUrl.current = src
      setRecording({ ref: { kind: 'local', name: file.name, size: file.size, mtime: file.lastModified }, src, name: file.name, size: file.size, file })
      // The desktop app knows the file's path: it remembers it for the episode, to reopen it next time by itself.
      const path = window.shownotesFiles?.pathOf(file)
      if (path) void api.listen.rememberRecording({ episode: episodePath, path }).catch(() => undefined)
    },
    [episodePath]
  )

  const chooseBundle = useCallback(
    (name: string) => {
      release()
      const path = bundlePath(episodePath, name)
      setRecording({ ref: { kind: 'bundle', path }, src: mediaUrl(path), name, size: bundleAudio.find((f) => f.name === name)?.size ?? 0 })
    },
    [episodePath, bundleAudio]
  )

  const chooseUrl = useCallback((url: string) => {
    release()
    setRecording({ ref: { kind: 'url', url }, src: url, name: nameOfUrl(url), size: 0 })
  }, [])

  // The recording of last time comes back by itself when it can: a bundle file still there, the same URL, and in
  // the desktop app a file from outside the site that is still where it was.
  const restored = useRef(false)
  useEffect(() => {
    if (!window.shownotesFiles || remembered?.recording.kind !== 'local') return
    let current = true
    void api.listen.rememberedRecording({ episode: episodePath }).then((granted) => {
      if (current && granted && !restored.current) {
        restored.current = true
        playGranted(granted)
      }
    }, () => undefined)
    return () => void (current = false)
  }, [remembered, episodePath, playGranted])
  useEffect(() => {
    if (restored.current || !remembered) return
    const ref = remembered.recording
    if (ref.kind === 'bundle') {
      const name = ref.path.split('/').slice(episodePath.split('/').length - 1).join('/')
      if (!bundleAudio.some((f) => f.name === name)) return
      restored.current = true
      chooseBundle(name)
    } else if (ref.kind === 'url' && ref.url === frontMatterUrl) {
      restored.current = true
      chooseUrl(ref.url)
    }
  }, [remembered, bundleAudio, frontMatterUrl, episodePath, chooseBundle, chooseUrl])

  const lastSaved = useRef(-1)
  /** Called as the player moves: the position is kept once it moved a second or more (and when it stops). */
  const keepPosition = useCallback(
    (position: number, force = false) => {
      if (!recording || (!force && Math.abs(position - lastSaved.current) < 1)) return
      lastSaved.current = position
      rememberEpisodeListening(site, episodePath, { recording: recording.ref, position })
    },
    [site, episodePath, recording]
  )

  const resumable = remembered && recording && sameRecording(remembered.recording, recording.ref) && remembered.position >= 1 ? remembered.position : null
  /** A file chosen last time that this browser cannot reopen by itself. */
  const chooseAgain = remembered?.recording.kind === 'local' && !recording ? remembered.recording.name : null
  return { recording, chooseFile, chooseBundle, chooseUrl, keepPosition, resumable, chooseAgain }
}
