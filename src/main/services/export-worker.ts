// One episode's work for `check` and `export`, run in a worker thread (or in-process for small batches): read the
// file and its bundle, check it or export it, write the outputs. Results are plain data for postMessage.
import type { Dirent } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isMainThread, parentPort } from 'node:worker_threads'
import { checkEpisode, type CheckConfig } from '../../shared/checks'
import type { Diagnostic } from '../../shared/diagnostic'
import { isIgnoredFolder } from './episode-scan'

const BUNDLE_INDEX = /^index\.(md|markdown)$/i

export interface TaskSite {
  config: CheckConfig
  timeZone: string | undefined
}

export type EpisodeTask = { kind: 'check'; file: string; bundleDir: string | null; site: TaskSite; now: number }

export type TaskResult =
  | { kind: 'check'; file: string; diagnostics: Diagnostic[] }
  | { kind: 'error'; file: string; message: string }

export async function runTask(task: EpisodeTask): Promise<TaskResult> {
  try {
    const text = await readFile(task.file, 'utf8')
    const bundleFiles = task.bundleDir ? await bundleFileList(task.bundleDir) : null
    return {
      kind: 'check',
      file: task.file,
      diagnostics: checkEpisode(text, { bundleFiles, now: new Date(task.now), timeZone: task.site.timeZone, config: task.site.config })
    }
  } catch (err) {
    return { kind: 'error', file: task.file, message: err instanceof Error ? err.message : String(err) }
  }
}

/** Bundle-relative paths (forward slashes) of every file in a bundle except its `index.md`, sub-folders included. */
export async function bundleFileList(bundleDir: string, rel = ''): Promise<string[]> {
  const entries = await readdir(join(bundleDir, rel), { withFileTypes: true }).catch(() => [] as Dirent[])
  const out: string[] = []
  for (const e of entries) {
    const name = rel ? `${rel}/${e.name}` : e.name
    if (e.isFile() && !e.name.startsWith('.') && !(rel === '' && BUNDLE_INDEX.test(e.name))) out.push(name)
    else if (e.isDirectory() && !isIgnoredFolder(e.name)) out.push(...(await bundleFileList(bundleDir, name)))
  }
  return out.sort()
}

// As a worker: take lists of tasks, answer with their results in the same order.
if (!isMainThread && parentPort) {
  const port = parentPort
  port.on('message', (tasks: EpisodeTask[]) => {
    void Promise.all(tasks.map(runTask)).then((results) => port.postMessage(results))
  })
}
