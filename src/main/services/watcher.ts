// Watches a workspace for changes made by others (a co-host's git pull, another editor): chokidar with dot
// folders, the trash and tool output folders ignored, and a short wait so half-written files are not reported.
import { watch, type FSWatcher } from 'chokidar'
import { relative, sep } from 'node:path'
import { isTempName } from './atomic-write'
import { isIgnoredFolder } from './episode-scan'

export type WatchEvent = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir'

export interface FolderWatcher {
  ready: Promise<void>
  close(): Promise<void>
}

export function watchFolder(root: string, onEvent: (event: WatchEvent, rel: string) => void, onError: (err: unknown) => void = () => {}): FolderWatcher {
  const ignored = (abs: string): boolean => {
    const rel = relative(root, abs)
    if (!rel || rel.startsWith('..')) return false
    const parts = rel.split(sep)
    return parts.slice(0, -1).some((p) => isIgnoredFolder(p)) || isIgnoredFolder(parts[parts.length - 1]) || isTempName(parts[parts.length - 1])
  }
  const watcher: FSWatcher = watch(root, {
    ignored,
    ignoreInitial: true,
    persistent: true,
    awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 }
  })
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  watcher.on('all', (event, abs) => {
    if (event === 'add' || event === 'change' || event === 'unlink' || event === 'addDir' || event === 'unlinkDir') {
      onEvent(event, relative(root, abs).split(sep).join('/'))
    }
  })
  watcher.on('error', onError)
  return { ready, close: () => watcher.close() }
}
