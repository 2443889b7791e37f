// The open workspace and its episode list, kept current by the main process's change events.
import { useCallback, useEffect, useState } from 'react'
import type { EpisodeSummary, WorkspaceInfo } from '../../shared/api'
import { api } from '../api'

export function useWorkspace(onError: (message: string) => void) {
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null)
  const [episodes, setEpisodes] = useState<EpisodeSummary[]>([])

  const open = useCallback(
    async (folder?: string) => {
      try {
        const info = await api.workspace.open({ folder })
        setWorkspace(info)
        setEpisodes(await api.episodes.list({}))
        return info
      } catch (err) {
        onError((err as Error).message)
        return null
      }
    },
    [onError]
  )

  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        const current = await api.workspace.current({})
        if (cancelled) return
        if (current) {
          setWorkspace(current)
          setEpisodes(await api.episodes.list({}))
        } else {
          const [last] = await api.workspace.recent({})
          if ((last && (await open(last))) || cancelled) return
          await open()
        }
      } catch (err) {
        onError((err as Error).message)
      }
    })()
    const off = api.on('didChangeEpisodes', ({ episodes }) => setEpisodes(episodes))
    return () => {
      cancelled = true
      off()
    }
  }, [open, onError])

  return { workspace, episodes, setEpisodes, open }
}
