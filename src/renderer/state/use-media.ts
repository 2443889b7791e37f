// The open episode's bundle files for the media panel and for `src=` completion: listed by the main process,
// marked used/unused/missing against the text in the editor (re-checked shortly after edits, in the episode
// worker: working it out takes tens of milliseconds in a long episode). Files added or processed in this session
// keep their size before → after, for the panel to show the saving.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MediaFile } from '../../shared/api'
import { api } from '../api'
import type { EditorBus } from './editor-bus'
import { episodeWorker } from '../workers/episode-worker-client'

const recheckDelay = 300

export interface MediaSizes {
  before: number
  after: number
}

export function useMedia(bus: EditorBus, episodePath: string | null, onError: (err: unknown) => void) {
  // Null until the main process has listed the bundle (the checks must not call every image missing meanwhile).
  const [listed, setListed] = useState<MediaFile[] | null>(null)
  const [marked, setMarked] = useState<{ files: MediaFile[]; of: MediaFile[] | null }>({ files: [], of: null })
  const files = marked.files
  const latest = useRef<MediaFile[]>([])
  latest.current = files
  const [sizes, setSizes] = useState<ReadonlyMap<string, MediaSizes>>(new Map())
  /** Remembers a file's size before and after processing (an import or a figure check's fix). */
  const noteSizes = useCallback((name: string, given: MediaSizes | undefined) => {
    if (given) setSizes((m) => new Map(m).set(name, given))
  }, [])
  useEffect(() => setSizes(new Map()), [episodePath])

  const refresh = useCallback(async () => {
    if (!episodePath) return setListed(null)
    try {
      setListed(await api.media.list({ episode: episodePath }))
    } catch (err) {
      onError(err)
    }
  }, [episodePath, onError])

  useEffect(() => {
    setListed(null)
    void refresh()
  }, [refresh])

  useEffect(() => {
    let timer: number | undefined
    let generation = 0
    const check = () => {
      timer = undefined
      const view = bus.view
      const mine = ++generation
      if (!listed) return setMarked({ files: [], of: null })
      if (!view) return setMarked({ files: listed, of: listed })
      void episodeWorker()
        .mediaStates(listed, view.state.doc.toString())
        .then((files) => mine === generation && setMarked({ files, of: listed }))
    }
    check()
    const off = bus.subscribe((u) => {
      if (u && !u.docChanged) return
      window.clearTimeout(timer)
      timer = window.setTimeout(check, u ? recheckDelay : 0)
    })
    return () => {
      generation++
      off()
      window.clearTimeout(timer)
    }
  }, [bus, listed])

  /** The files as last checked, for completion (read synchronously). */
  const current = useCallback(() => latest.current, [])
  // Known once this listing has been marked against the text (until then the checks must not call images missing).
  return { files, known: listed !== null && marked.of === listed, refresh, current, sizes, noteSizes }
}
