// What the window asks for before its first render, all at once: the settings (theme and language, so nothing
// flashes or renders twice), the open workspace and its episodes (the list fails when nothing is open yet), and
// the episode that was open when the app last closed, to reopen it. The desktop app starts with no folder open:
// then the last folder (else the sample site) opens here first.
import type { EpisodeFile, EpisodeSummary, Settings, WorkspaceInfo } from '../../shared/api'
import { api } from '../api'

export interface Startup {
  settings: Settings | null
  workspace: WorkspaceInfo | null
  episodes: EpisodeSummary[] | null
  episode: EpisodeFile | null
}

export async function loadStartup(): Promise<Startup> {
  const [settings, current, episodes, episode] = await Promise.all([
    api.settings.get({}).catch(() => null),
    api.workspace.current({}).catch(() => null),
    api.episodes.list({}).catch(() => null),
    api.workspace.lastEpisode({}).catch(() => null)
  ])
  if (current) return { settings, workspace: current, episodes, episode }
  const workspace = await openLastFolder()
  if (!workspace) return { settings, workspace: null, episodes: null, episode: null }
  const [list, last] = await Promise.all([api.episodes.list({}).catch(() => null), api.workspace.lastEpisode({}).catch(() => null)])
  return { settings, workspace, episodes: list, episode: last }
}

/** The most recent folder, or the sample site when there is none or it cannot be opened; null if neither opens. */
async function openLastFolder(): Promise<WorkspaceInfo | null> {
  const [last] = await api.workspace.recent({}).catch(() => [] as string[])
  if (last) {
    const opened = await api.workspace.open({ folder: last }).catch(() => null)
    if (opened) return opened
  }
  return api.workspace.open({}).catch(() => null)
}
