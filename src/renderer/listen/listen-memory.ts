// What the window remembers about listening, in this browser's (or app window's) local storage: whether the
// Listen panel is open, and per episode the recording last played and where the host stopped.

/** Where a recording comes from: a file the host chose, an audio file of the bundle, a URL in the front matter. */
export type RecordingRef =
  | { kind: 'local'; name: string; size: number; mtime: number }
  | { kind: 'bundle'; path: string }
  | { kind: 'url'; url: string }

export interface EpisodeListening {
  recording: RecordingRef
  /** Seconds into the recording when the host last stopped. */
  position: number
}

const OPEN = 'shownotes.listen.open'
const EPISODE = 'shownotes.listen.episode '

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function listenPanelOpen(): boolean {
  return storage()?.getItem(OPEN) === '1'
}

export function rememberListenPanel(open: boolean): void {
  storage()?.setItem(OPEN, open ? '1' : '0')
}

/** `site`: the open folder, so two sites with the same episode path do not share a recording. */
export function episodeListening(site: string, episode: string): EpisodeListening | null {
  try {
    const raw = JSON.parse(storage()?.getItem(EPISODE + site + '\n' + episode) ?? 'null') as EpisodeListening | null
    return raw && typeof raw.position === 'number' && raw.recording && typeof raw.recording.kind === 'string' ? raw : null
  } catch {
    return null
  }
}

export function rememberEpisodeListening(site: string, episode: string, listening: EpisodeListening): void {
  try {
    storage()?.setItem(EPISODE + site + '\n' + episode, JSON.stringify(listening))
  } catch {
    // Storage full or refused: the position is simply not offered next time.
  }
}

/** The same recording: a chosen file is recognised by name, size and time (the browser gives no path). */
export function sameRecording(a: RecordingRef, b: RecordingRef): boolean {
  if (a.kind === 'local' && b.kind === 'local') return a.name === b.name && a.size === b.size && a.mtime === b.mtime
  if (a.kind === 'bundle' && b.kind === 'bundle') return a.path === b.path
  return a.kind === 'url' && b.kind === 'url' && a.url === b.url
}
