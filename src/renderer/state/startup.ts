// What the window asks for before its first render, all at once: the settings (theme and language, so nothing
// flashes or renders twice), the open workspace and its episodes (the list fails when nothing is open yet), and
// the episode that was open when the app last closed, to reopen it. The page arrives with these answers written in
// (shared/startup-answers.ts); one missing is asked for. With no folder open yet (the desktop app opens the last one
// while its window loads), the last folder, else the sample site, opens here first.
import type { ApiEnvelope, EpisodeFile, Settings, WorkspaceInfo } from '../../shared/api'
import type { EpisodeRow } from '../../shared/episode-rows'
import { readStartupAnswers, startupElementId, type StartupAnswers, type StartupMethod } from '../../shared/startup-answers'
import { api } from '../api'

export interface Startup {
  settings: Settings | null
  workspace: WorkspaceInfo | null
  /** The list's rows (written into the page as rows only; a list asked for carries whole summaries). */
  episodes: EpisodeRow[] | null
  episode: EpisodeFile | null
}

/** The answers written into the page, taken once (a later load of the window state asks afresh). */
export function takeWrittenAnswers(doc: Document = document): StartupAnswers {
  const element = doc.getElementById(startupElementId)
  const answers = readStartupAnswers(element?.textContent)
  element?.remove()
  return answers
}

/** The written answer's value (null for a written failure), else the call's. */
function answer<M extends StartupMethod, T>(written: StartupAnswers, method: M, call: () => Promise<T>): T | null | Promise<T | null> {
  const envelope = written[method] as ApiEnvelope<T> | undefined
  if (envelope) return envelope.ok ? envelope.value : null
  return call().catch(() => null)
}

export async function loadStartup(written: StartupAnswers = takeWrittenAnswers()): Promise<Startup> {
  const [settings, current, episodes, episode] = await Promise.all([
    answer(written, 'settings.get', () => api.settings.get({})),
    answer(written, 'workspace.current', () => api.workspace.current({})),
    answer(written, 'episodes.list', () => api.episodes.list({})),
    answer(written, 'workspace.lastEpisode', () => api.workspace.lastEpisode({}))
  ])
  if (current) return { settings, workspace: current, episodes, episode }
  const workspace = await api.workspace.openLast({}).catch(() => null)
  if (!workspace) return { settings, workspace: null, episodes: null, episode: null }
  const [list, last] = await Promise.all([api.episodes.list({}).catch(() => null), api.workspace.lastEpisode({}).catch(() => null)])
  return { settings, workspace, episodes: list, episode: last }
}
