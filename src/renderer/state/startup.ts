// What the window asks for before its first render, all at once: the settings (theme and language, so nothing
// flashes or renders twice), the open workspace and its episodes (the list fails when nothing is open yet), and
// the episode that was open when the app last closed, to reopen it.
import type { EpisodeFile, EpisodeSummary, Settings, WorkspaceInfo } from '../../shared/api'
import { api } from '../api'

export interface Startup {
  settings: Settings | null
  workspace: WorkspaceInfo | null
  episodes: EpisodeSummary[] | null
  episode: EpisodeFile | null
}

export async function loadStartup(): Promise<Startup> {
  const [settings, workspace, episodes, episode] = await Promise.all([
    api.settings.get({}).catch(() => null),
    api.workspace.current({}).catch(() => null),
    api.episodes.list({}).catch(() => null),
    api.workspace.lastEpisode({}).catch(() => null)
  ])
  // A list asked for while no workspace was open means nothing.
  return { settings, workspace, episodes: workspace ? episodes : null, episode: workspace ? episode : null }
}
