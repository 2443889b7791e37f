// The open episode's bundle files for the media panel and for `src=` completion: listed by the main process,
// marked used/unused/missing against the text in the editor (re-checked shortly after edits).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MediaFile } from '../../shared/api'
import { api } from '../api'
import type { EditorBus } from './editor-bus'
import { mediaStates } from './media-usage'

const recheckDelay = 300

export function useMedia(bus: EditorBus, episodePath: string | null, onError: (message: string) => void) {
  // Null until the main process has listed the bundle (the checks must not call every image missing meanwhile).
  const [listed, setListed] = useState<MediaFile[] | null>(null)
  const [files, setFiles] = useState<MediaFile[]>([])
  const latest = useRef<MediaFile[]>([])
  latest.current = files

  const refresh = useCallback(async () => {
    if (!episodePath) return setListed(null)
    try {
      setListed(await api.media.list({ episode: episodePath }))
    } catch (err) {
      onError((err as Error).message)
    }
  }, [episodePath, onError])

  useEffect(() => {
    setListed(null)
    void refresh()
  }, [refresh])

  useEffect(() => {
    let timer: number | undefined
    const check = () => {
      timer = undefined
      const view = bus.view
      if (!listed) return setFiles([])
      setFiles(view ? mediaStates(listed, view.state.doc.toString()) : listed)
    }
    check()
    const off = bus.subscribe((u) => {
      if (u && !u.docChanged) return
      window.clearTimeout(timer)
      timer = window.setTimeout(check, u ? recheckDelay : 0)
    })
    return () => {
      off()
      window.clearTimeout(timer)
    }
  }, [bus, listed])

  /** The files as last checked, for completion (read synchronously). */
  const current = useCallback(() => latest.current, [])
  return { files, known: listed !== null, refresh, current }
}
