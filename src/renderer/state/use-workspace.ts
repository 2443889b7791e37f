// The open workspace and its episode list, kept current by the main process's change events.
import { useCallback, useEffect, useState } from 'react'
import type { WorkspaceInfo } from '../../shared/api'
import { sameRows, type EpisodeRow } from '../../shared/episode-rows'
import { api } from '../api'
import type { Startup } from './startup'

/** `startup`: what the window already knows (an open workspace and its list); without one, the last or the sample. */
export function useWorkspace(onError: (err: unknown) => void, startup: Startup) {
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(startup.workspace)
  const [episodes, setEpisodes] = useState<EpisodeRow[]>(startup.episodes ?? [])

  /** Takes what `opening` opens (a folder, the last one, the sample) with its list; says why when it fails. */
  const adopt = useCallback(
    async (opening: () => Promise<WorkspaceInfo>) => {
      try {
        const info = await opening()
        setWorkspace(info)
        setEpisodes(await api.episodes.list({}))
        return info
      } catch (err) {
        onError(err)
        return null
      }
    },
    [onError]
  )
  const open = useCallback((folder?: string) => adopt(() => api.workspace.open({ folder })), [adopt])

  useEffect(() => {
    let cancelled = false
    // Listening first: the startup list was read before the window could hear changes, so it is read once more
    // now (a file written meanwhile shows) and taken only when a row differs.
    let heard = false
    const off = api.on('didChangeEpisodes', ({ episodes }) => {
      heard = true
      setEpisodes(episodes)
    })
    void (async () => {
      try {
        if (startup.workspace) {
          const now = await api.episodes.list({})
          // A change heard meanwhile is newer than this answer (they come by different ways): it stands.
          if (!cancelled && !heard && !sameRows(now, startup.episodes ?? [])) setEpisodes(now)
          return
        }
        // Nothing opened before the first render: the last folder, else the sample, saying why if neither opens.
        await adopt(() => api.workspace.openLast({}))
      } catch (err) {
        onError(err)
      }
    })()
    return () => {
      cancelled = true
      off()
    }
    // The startup state is read once, when the window mounts.
  }, [adopt, onError])

  return { workspace, episodes, setEpisodes, open }
}
