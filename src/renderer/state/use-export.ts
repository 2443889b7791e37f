// "Export to folder": runs the main process's export of one episode or all of them, with the progress it reports
// (`didExportProgress`), then its summary (written, warnings, failures) or a message saying why it did not run.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExportSummary } from '../../shared/api'
import { api } from '../api'
import type { ExportChoices } from './export-preview'

export type FolderExport =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; summary: ExportSummary }
  | { phase: 'failed'; message: string }

export interface ExportRequest {
  /** Workspace-relative episode paths; empty for every episode of the workspace. */
  paths: string[]
  choices: ExportChoices
  outDir: string
}

export function useFolderExport() {
  const [state, setState] = useState<FolderExport>({ phase: 'idle' })
  const running = useRef(false)
  const alive = useRef(true)

  useEffect(() => {
    alive.current = true
    const off = api.on('didExportProgress', ({ done, total }) => {
      if (running.current && alive.current) setState({ phase: 'running', done, total })
    })
    return () => {
      alive.current = false
      off()
    }
  }, [])

  const run = useCallback(async ({ paths, choices, outDir }: ExportRequest) => {
    if (running.current) return
    const folder = outDir.trim()
    if (!folder) return
    running.current = true
    setState({ phase: 'running', done: 0, total: paths.length || 0 })
    try {
      const { format, figures, images, frontMatter } = choices
      const summary = await api.episodes.export({ paths, format, figures, images, frontMatter, outDir: folder })
      if (alive.current) setState({ phase: 'done', summary })
    } catch (err) {
      if (alive.current) setState({ phase: 'failed', message: (err as Error).message })
    } finally {
      running.current = false
    }
  }, [])

  const reset = useCallback(() => {
    if (!running.current) setState({ phase: 'idle' })
  }, [])

  return { state, run, reset }
}
