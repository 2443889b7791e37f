// One episode's work for `check` and `export`, run in a worker thread (or in-process for small batches): read the
// file and its bundle, check it or export it, write the outputs. Tasks and results are plain data for postMessage.
import { readFileSync, statSync, type Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { isMainThread, parentPort } from 'node:worker_threads'
import type { CheckConfig } from '../../shared/checks'
import type { Diagnostic } from '../../shared/diagnostic'
import type { EpisodeStatus } from '../../shared/api'
import { resolveEpisodeDates } from '../../shared/episode-status'
import { renderForHtmlExport } from '../../shared/export/html'
import { permalink, type SiteUrls } from '../../shared/export/permalink'
import type { PlatformCount } from '../../shared/export/html-clean'
import { isTempName } from './atomic-write'
import { isIgnoredFolder } from './episode-scan'
import { outputHere, type EpisodeRead, type ExportOutput, type OutputFile } from './export-output'
import { explainFsError } from './fs-errors'
import { bundleImageFacts } from './figure-process'
import { readTextFileSync } from './file-text'
import { readEpisodeText } from './front-matter-reader'

const BUNDLE_INDEX = /^index\.(md|markdown)$/i

export interface TaskSite {
  config: CheckConfig
  timeZone: string | undefined
}

export type ExportFormat = 'markdown' | 'html' | 'bundle' | 'chapters'

export interface ExportOptions {
  figures: 'html' | 'image'
  images: 'relative' | 'absolute'
  frontMatter: 'keep' | 'reduce' | 'drop'
}

export type EpisodeTask =
  | { kind: 'check'; file: string; bundleDir: string | null; site: TaskSite; now: number }
  | {
      kind: 'export'
      file: string
      bundleDir: string | null
      format: ExportFormat
      options: ExportOptions
      /** Where this episode's output goes, without extension: `OUT/talk/0034` (a bundle) or `OUT/posts/hello`. */
      outBase: string
      /** Content-relative path (`talk/0034/index.md`) and the site's URL settings, for absolute URLs. */
      contentPath: string | null
      urls: SiteUrls
      timeZone: string | undefined
      /** Export only an episode with one of these statuses at `now` (else it is skipped); null: whatever its status. */
      include?: EpisodeStatus[] | null
      now?: number
    }

export type TaskResult =
  | { kind: 'check'; file: string; diagnostics: Diagnostic[] }
  | { kind: 'export'; file: string; outputs: string[]; warnings: string[]; counts?: PlatformCount[] }
  | { kind: 'error'; file: string; message: string }
  | { kind: 'skipped'; file: string; status: EpisodeStatus }

/**
 * One episode's work. An export reads and ends in `output`: by default in this thread; a folder export hands the
 * reading, the html export's cleaning and every file to its output thread.
 */
export async function runTask(task: EpisodeTask, output: ExportOutput = outputHere): Promise<TaskResult> {
  try {
    if (task.kind === 'check') {
      const text = readTextFileSync(task.file)
      const bundleFiles = task.bundleDir ? await bundleFileList(task.bundleDir) : null
      // Each command loads only what it uses (an html export has no use for the checks, nor a check for zips).
      const { checkEpisode } = await import('../../shared/checks')
      // The figure checks read each photo's headers (sharp loads only for a bundle with photos).
      const bundleImages = task.bundleDir && bundleFiles ? await bundleImageFacts(task.bundleDir, bundleFiles) : undefined
      const options = { bundleFiles, bundleImages, now: new Date(task.now), timeZone: task.site.timeZone, config: task.site.config }
      return { kind: 'check', file: task.file, diagnostics: checkEpisode(text, options) }
    }
    const episode = await output.read({ file: task.file, include: task.include ?? null, now: task.now ?? Date.now(), timeZone: task.timeZone })
    if (task.include && episode.status && !task.include.includes(episode.status)) return { kind: 'skipped', file: task.file, status: episode.status }
    // Only Markdown and zips look at the bundle's other files.
    const bundleFiles = task.bundleDir && (task.format === 'markdown' || task.format === 'bundle') ? await bundleFileList(task.bundleDir) : null
    return await runExport(task, episode, bundleFiles, output)
  } catch (err) {
    const explained = explainFsError(err) // a full disk or a refused folder, said plainly
    return { kind: 'error', file: task.file, message: explained?.message ?? (err instanceof Error ? err.message : String(err)) }
  }
}

async function runExport(task: Extract<EpisodeTask, { kind: 'export' }>, episode: EpisodeRead, bundleFiles: string[] | null, output: ExportOutput): Promise<TaskResult> {
  const text = episode.text
  // The front matter is read once (when the status was decided, or now), and only when the page's URL or title needs it.
  let fields = episode.fields
  const frontMatter = () => (fields ??= readEpisodeText(text).data)
  // The episode's files, handed to the output together once they are all made.
  const files: OutputFile[] = []
  const write = (path: string, data: string | Uint8Array) => files.push({ path, data })
  const copy = (from: string, path: string) => files.push({ path, from })
  const finish = async (warnings: string[]): Promise<TaskResult> => {
    await output.write(files)
    return { kind: 'export', file: task.file, outputs: files.map((f) => f.path), warnings }
  }
  const pageUrl = () => {
    if (!task.urls.baseURL) throw new Error('The site has no baseURL in its config, so absolute URLs cannot be made. Set baseURL, or export with relative images.')
    if (!task.contentPath) throw new Error('This file is not inside the site\'s content folder, so its page URL is unknown.')
    const fields = frontMatter()
    // The date only matters to a `permalinks` pattern (`:year`…).
    const date = task.urls.permalinks ? resolveEpisodeDates(fields, task.timeZone).date : undefined
    return permalink(task.urls, { contentPath: task.contentPath, fields, date })
  }
  const title = () => {
    const t = frontMatter().title
    return typeof t === 'string' ? t : undefined
  }

  switch (task.format) {
    case 'markdown': {
      const { exportMarkdown } = await import('../../shared/export/markdown')
      const absolute = task.options.images === 'absolute'
      const md = exportMarkdown(text, { ...task.options, pageUrl: absolute ? pageUrl() : undefined, baseURL: task.urls.baseURL, bundleFiles: bundleFiles ?? undefined })
      // A bundle stays a bundle (OUT/talk/0034/index.md with its files); a leaf file stays a file.
      const target = task.bundleDir ? join(task.outBase, 'index.md') : task.outBase + '.md'
      write(target, md.markdown)
      if (task.bundleDir) {
        for (const f of md.files) copy(join(task.bundleDir, ...f.split('/')), join(task.outBase, ...f.split('/')))
      }
      return finish(md.warnings)
    }
    case 'html': {
      const absolute = task.options.images === 'absolute' || Boolean(task.urls.baseURL && task.contentPath)
      // The page's URL (its front matter read, its permalink made) only when a relative URL needs it.
      const rendered = renderForHtmlExport(text, absolute ? { pageUrl, baseURL: task.urls.baseURL } : {})
      const { outputs, warnings, counts } = await output.html(rendered, task.outBase)
      return { kind: 'export', file: task.file, outputs, warnings, counts }
    }
    case 'bundle': {
      const { filesForBundle, zipBundle } = await import('../../shared/export/bundle')
      const used = bundleFiles ? filesForBundle(text, bundleFiles) : []
      const contents: Record<string, Uint8Array> = {}
      // Each entry is dated as its file is on disk, so an unzipped bundle shows when its parts last changed.
      const mtimes: Record<string, Date> = { [basename(task.file)]: statSync(task.file).mtime }
      for (const f of used) {
        const path = join(task.bundleDir!, ...f.split('/'))
        contents[f] = readFileSync(path)
        mtimes[f] = statSync(path).mtime
      }
      const folder = task.bundleDir ? basename(task.bundleDir) : basename(task.file).replace(/\.[^.]+$/, '')
      write(task.outBase + '.zip', zipBundle(folder, text, contents, basename(task.file), mtimes))
      return finish([])
    }
    case 'chapters': {
      const { exportChapters } = await import('../../shared/export/chapters')
      const out = exportChapters(text, { title: title() })
      if (out.chapters.length) {
        write(task.outBase + '.chapters.json', out.json)
        write(task.outBase + '.youtube-chapters.txt', out.youtube)
      }
      return finish(out.warnings)
    }
  }
}

/** Bundle-relative paths (forward slashes) of every file in a bundle except its `index.md`, sub-folders included. */
export async function bundleFileList(bundleDir: string, rel = ''): Promise<string[]> {
  const entries = await readdir(join(bundleDir, rel), { withFileTypes: true }).catch(() => [] as Dirent[])
  const out: string[] = []
  for (const e of entries) {
    const name = rel ? `${rel}/${e.name}` : e.name
    if (e.isFile() && !e.name.startsWith('.') && !isTempName(e.name) && !(rel === '' && BUNDLE_INDEX.test(e.name))) out.push(name)
    else if (e.isDirectory() && !isIgnoredFolder(e.name)) out.push(...(await bundleFileList(bundleDir, name)))
  }
  return out.sort()
}

// As a worker: take lists of tasks, answer with their results in the same order, one list after the other (the
// pool sends the next list before this one is answered and matches answers to lists by their order).
if (!isMainThread && parentPort) {
  const port = parentPort
  let previous: Promise<void> = Promise.resolve()
  port.on('message', (tasks: EpisodeTask[]) => {
    previous = previous.then(() => Promise.all(tasks.map((task) => runTask(task)))).then((results) => port.postMessage(results))
  })
}
