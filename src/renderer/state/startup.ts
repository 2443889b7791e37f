// What the window asks for before its first render, all at once: the settings (theme and language, so nothing
// flashes or renders twice), the open workspace and its episodes (the list fails when nothing is open yet).
import type { EpisodeSummary, Settings, WorkspaceInfo } from '../../shared/api'
import { api } from '../api'

export interface Startup {
  settings: Settings | null
  workspace: WorkspaceInfo | null
  episodes: EpisodeSummary[] | null
}

export async function loadStartup(): Promise<Startup> {
  const [settings, workspace, episodes] = await Promise.all([
    api.settings.get({}).catch(() => null),
    api.workspace.current({}).catch(() => null),
    api.episodes.list({}).catch(() => null)
  ])
  // A list asked for while no workspace was open means nothing.
  return { settings, workspace, episodes: workspace ? episodes : null }
}
