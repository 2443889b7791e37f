// Adding files from the media panel and the figure checks' fix "process this photo in place" (asked first): both go
// through the main process, which strips the photo's metadata and shrinks it; the sizes before → after are kept for
// the panel, and a note says what happened.
import { useCallback } from 'react'
import { api } from '../api'
import { fileSize } from '../file-size'
import type { MessageKey } from '../i18n'
import { readAsBase64 } from './read-file'
import type { useMedia } from './use-media'

type Media = ReturnType<typeof useMedia>
type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export function useFigureActions(episodePath: string | null, media: Media, t: Translate, maxEdge: number, onError: (err: unknown) => void, setNote: (note: string | null) => void) {
  /** Copies files into the bundle (the media panel's Add), one at a time, without inserting anything in the text. */
  const addFiles = useCallback(
    async (files: File[]) => {
      if (!episodePath || !files.length) return
      for (const file of files) {
        setNote(t('media.adding', { name: file.name }))
        try {
          const added = await api.media.import({ episode: episodePath, fileName: file.name, dataBase64: await readAsBase64(file) })
          media.noteSizes(added.name, added.sizes)
        } catch (err) {
          onError(err)
        }
      }
      setNote(null)
      void media.refresh()
    },
    [episodePath, media, t, onError, setNote]
  )

  /** The quick fix of figure-has-location and figure-too-large: asks, then processes the bundle file in place. */
  const processFigure = useCallback(
    async (file: string) => {
      if (!episodePath || !window.confirm(t('media.processAsk', { file, limit: maxEdge || '∞' }))) return
      setNote(t('media.processing', { name: file }))
      try {
        const done = await api.media.process({ episode: episodePath, name: file })
        media.noteSizes(done.name, done.sizes)
        setNote(t('media.processed', { name: done.name, before: fileSize(done.sizes.before), after: fileSize(done.sizes.after) }))
      } catch (err) {
        setNote(null)
        onError(err)
      }
      void media.refresh()
    },
    [episodePath, media, t, maxEdge, onError, setNote]
  )

  return { addFiles, processFigure }
}
