// The episode being edited: its text as last read or saved, whether the editor differs from it, saving (with
// outside-change conflicts), journaling unsaved text for crash recovery, and reloading after outside edits.
import type { EditorView } from '@codemirror/view'
import type { EpisodeFile } from '../../shared/api'
import type { Text } from '@codemirror/state'
import { toDocText } from '../editor/line-separator'
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../api'
import type { EditorBus } from './editor-bus'

export interface OpenEpisode {
  path: string
  /** Text on disk when last read or saved. */
  saved: Text
  hash: string
  /** Bumped to give the editor a fresh state (open, reload, restore). */
  loadId: number
  initialText: string
}

export interface Conflict {
  kind: 'changed' | 'deleted'
  diskText: string | null
  diskHash: string | null
}

const journalDelay = 400

/** `reopen`: the episode open when the app last closed, shown at once. */
export function useEpisode(bus: EditorBus, onError: (err: unknown) => void, reopen: EpisodeFile | null = null) {
  const [episode, setEpisode] = useState<OpenEpisode | null>(() =>
    reopen ? { path: reopen.path, saved: toDocText(reopen.text), hash: reopen.hash, loadId: 1, initialText: reopen.text } : null
  )
  const [dirty, setDirty] = useState(false)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const journalTimer = useRef<number | undefined>(undefined)
  const current = useRef<OpenEpisode | null>(null)
  current.current = episode
  const saving = useRef<Promise<boolean>>(Promise.resolve(true))

  /**
   * Shows `fileText` as read from disk, or `editorText` over it: text brought back (a recovered buffer, Undo after
   * deleting the episode) is unsaved text like any typed, so it is journaled at once, before the next keystroke.
   */
  const load = useCallback((path: string, fileText: string, hash: string, editorText = fileText) => {
    // A journal write still pending for this episode would put the replaced text back.
    if (current.current?.path === path) window.clearTimeout(journalTimer.current)
    setEpisode((prev) => ({ path, saved: toDocText(fileText), hash, loadId: (prev?.loadId ?? 0) + 1, initialText: editorText }))
    setDirty(editorText !== fileText)
    setConflict(null)
    if (editorText !== fileText) void api.recovery.journal({ path, text: editorText, baseHash: hash || null }).catch(() => undefined)
  }, [])

  const open = useCallback(
    async (path: string) => {
      try {
        const file = await api.episode.read({ path })
        load(file.path, file.text, file.hash)
      } catch (err) {
        onError(err)
      }
    },
    [load, onError]
  )

  const onChange = useCallback((v: EditorView) => {
    const ep = current.current
    if (!ep) return
    // No React state per keystroke but "unsaved": the preview and panels read the editor themselves.
    setDirty(!v.state.doc.eq(ep.saved))
    window.clearTimeout(journalTimer.current)
    journalTimer.current = window.setTimeout(() => {
      void api.recovery.journal({ path: ep.path, text: v.state.sliceDoc(), baseHash: ep.hash }).catch(() => undefined)
    }, journalDelay)
  }, [])

  const saveNow = useCallback(
    /** True when the file on disk now holds the editor's text (saved, or nothing to save). */
    async (force = false): Promise<boolean> => {
      const ep = current.current
      const v = bus.view
      if (!ep || !v) return true
      // An unedited episode is never rewritten, so its bytes stay exactly as they were.
      if (!force && v.state.doc.eq(ep.saved)) return true
      const textToSave = v.state.sliceDoc()
      try {
        const result = await api.episode.save({ path: ep.path, text: textToSave, baseHash: ep.hash, force })
        if (!result.ok) {
          setConflict({ kind: result.diskHash ? 'changed' : 'deleted', diskText: result.diskText, diskHash: result.diskHash })
          return false
        }
        window.clearTimeout(journalTimer.current)
        const saved = toDocText(textToSave)
        // Updated at once (not at the next render) so a queued save sends the new hash.
        const next = { ...ep, saved, hash: result.hash }
        current.current = next
        setEpisode(next)
        setDirty(!v.state.doc.eq(saved))
        setConflict(null)
        return true
      } catch (err) {
        onError(err)
        return false
      }
    },
    [bus, onError]
  )

  // Saves run one after another, so a second Ctrl+S never races the first with a stale hash.
  const save = useCallback(
    (force = false): Promise<boolean> => (saving.current = saving.current.then(() => saveNow(force))),
    [saveNow]
  )

  /** The text in the editor now (with the file's own line breaks). */
  const currentText = useCallback(() => bus.view?.state.sliceDoc() ?? '', [bus])

  // Outside changes to the open file: reload quietly when there is nothing to lose, otherwise ask.
  useEffect(
    () =>
      api.on('didChangeFile', ({ path, hash }) => {
        const ep = current.current
        if (!ep || path !== ep.path) return
        // Back to the very bytes the editor is based on (git set the file aside and put it back while pulling):
        // whatever was asked about the moment between is moot.
        if (hash === ep.hash) return setConflict(null)
        const v = bus.view
        const isDirty = v ? !v.state.doc.eq(ep.saved) : false
        if (hash === null) return setConflict({ kind: 'deleted', diskText: null, diskHash: null })
        void api.episode.read({ path }).then((file) => {
          const commands = bus.commands
          if (!isDirty && commands) {
            commands.replaceText(file.text)
            const next = { ...ep, saved: toDocText(file.text), hash: file.hash }
            current.current = next
            setEpisode(next)
            setDirty(false)
          } else setConflict({ kind: 'changed', diskText: file.text, diskHash: file.hash })
        })
      }),
    [bus]
  )

  /** The host chose the file on disk over their unsaved text: that text is discarded, so no bar offers it back later. */
  const reloadTheirs = useCallback(() => {
    const ep = current.current
    if (!ep || conflict?.diskText == null || !conflict.diskHash) return
    load(ep.path, conflict.diskText, conflict.diskHash)
    void api.recovery.discard({ path: ep.path }).catch(() => undefined)
  }, [conflict, load])

  /** The open episode was renamed: the same editor (text, cursor, undo) now saves to `path`. */
  const moveTo = useCallback((path: string) => {
    const ep = current.current
    if (!ep || ep.path === path) return
    window.clearTimeout(journalTimer.current)
    const next = { ...ep, path }
    current.current = next
    setEpisode(next)
    // The unsaved text is journaled under the new name, so a crash offers it back where the file now is.
    const v = bus.view
    if (v && !v.state.doc.eq(ep.saved)) void api.recovery.journal({ path, text: v.state.sliceDoc(), baseHash: ep.hash }).catch(() => undefined)
    void api.recovery.discard({ path: ep.path }).catch(() => undefined)
  }, [bus])

  /** Nothing open any more (the episode was deleted); its journaled text goes with it. */
  const close = useCallback(() => {
    const ep = current.current
    window.clearTimeout(journalTimer.current)
    current.current = null
    setEpisode(null)
    setDirty(false)
    setConflict(null)
    if (ep) void api.recovery.discard({ path: ep.path }).catch(() => undefined)
  }, [])

  return { episode, currentText, dirty, conflict, open, load, onChange, save, reloadTheirs, setConflict, moveTo, close }
}
