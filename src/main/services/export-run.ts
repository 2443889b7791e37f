// Exports episodes to a folder (or one file): finds them, refuses an output over the sources (export-target), mirrors
// the content tree under OUT, and runs the work on worker threads with progress. The CLI and the app call this.
import { stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { EpisodeStatus } from '../../shared/api'
import { UserError } from '../../shared/user-error'
import { findEpisodes, runTasks, type FoundEpisode } from './export-batch'
import { outputOnThread, type ExportOutput } from './export-output'
import { refuseBrokenLink, refuseOutputOverSources } from './export-target'
import type { EpisodeTask, ExportFormat, ExportOptions, TaskResult } from './export-worker'

/** The file a single-episode export writes when OUT names a file instead of a folder. */
const EXTENSIONS: Record<ExportFormat, string[]> = { markdown: ['.md', '.markdown'], html: ['.html', '.htm'], bundle: ['.zip'], chapters: ['.json'] }

export interface ExportRun {
  episodes: FoundEpisode[]
  results: TaskResult[]
  /** True when one episode was written to the file OUT names. */
  single: boolean
}

export interface ExportRequest {
  inputs: string[]
  cwd: string
  /** Absolute output folder (or file, for one episode). */
  out: string
  format: ExportFormat
  options: ExportOptions
  /** Statuses an episode found in a folder must have to be exported (others are skipped); absent: all. */
  include?: EpisodeStatus[]
  workers?: number
  onProgress?: (done: number, total: number) => void
}

export async function exportEpisodes(request: ExportRequest): Promise<ExportRun> {
  // A folder usually holds many episodes: the output thread starts loading now, on the other core, while they are
  // found, instead of after (about 130 ms later, with the thread then the slower half of the export).
  const early = !process.versions.electron && (await anyFolder(request.inputs, request.cwd)) ? outputOnThread() : null
  try {
    return await exportFound(request, early)
  } finally {
    await early?.close()
  }
}

async function exportFound(request: ExportRequest, early: ExportOutput | null): Promise<ExportRun> {
  const { out, format } = request
  const episodes = await findEpisodes(request.inputs, request.cwd)
  if (!episodes.length) throw new UserError(`no episodes found in ${request.inputs.join(', ')}.`)
  // Into the content, a bundle or over the site, an export would overwrite the episodes it reads (or add to them).
  refuseOutputOverSources(out, {
    siteRoots: [...new Set(episodes.map((e) => e.site.root))],
    contentDirs: [...new Set(episodes.flatMap((e) => e.site.contentDirs))],
    episodes
  })
  refuseBrokenLink(out)
  const single = episodes.length === 1 && EXTENSIONS[format].includes(extname(out).toLowerCase())
  if (!single && (await stat(out).then((s) => s.isFile(), () => false))) throw new UserError(`"${out}" is a file; exporting ${episodes.length} episodes needs a folder.`)

  const now = Date.now()
  const tasks: EpisodeTask[] = episodes.map((e) => ({
    kind: 'export',
    file: e.file,
    bundleDir: e.bundleDir,
    format,
    options: request.options,
    outBase: single ? out.slice(0, out.length - extname(out).length) : join(out, outName(e)),
    contentPath: contentPath(e),
    urls: e.site.urls,
    timeZone: e.site.timeZone,
    // An episode named on its own is exported whatever its status; one found in a folder only when included.
    include: request.include && !e.named ? request.include : null,
    now
  }))
  const results = await runTasks(tasks, { workers: request.workers, onProgress: request.onProgress, output: early ?? undefined })
  return { episodes, results, single }
}

async function anyFolder(inputs: string[], cwd: string): Promise<boolean> {
  for (const input of inputs) if (await stat(resolve(cwd, input)).then((s) => s.isDirectory(), () => false)) return true
  return false
}

/** How many episodes were skipped for each status, in the order draft, scheduled, published, expired. */
export function skippedByStatus(results: TaskResult[]): { status: EpisodeStatus; count: number }[] {
  const order: EpisodeStatus[] = ['draft', 'scheduled', 'published', 'expired']
  return order.map((status) => ({ status, count: results.filter((r) => r.kind === 'skipped' && r.status === status).length })).filter((s) => s.count)
}

/** What a person should hear about one exported episode: its warnings and every platform limit it is over. */
export function exportNotes(result: Extract<TaskResult, { kind: 'export' }>): string[] {
  return [...result.warnings, ...(result.counts ?? []).filter((c) => !c.fits).map((c) => `${c.characters} characters, over ${c.name}'s limit of ${c.limit}.`)]
}

/** Where an episode's output goes under OUT: the content tree mirrored, a bundle named by its folder. */
function outName(e: FoundEpisode): string {
  const rel = e.relative.split('/')
  if (e.bundleDir) rel.pop() // `talk/0034/index.md` → `talk/0034`
  else rel[rel.length - 1] = rel[rel.length - 1].replace(/\.[^.]+$/, '')
  return join(...rel)
}

function contentPath(e: FoundEpisode): string | null {
  const dir = e.site.contentDirs.find((c) => inside(e.file, c))
  return dir ? relative(dir, e.file).split(sep).join('/') : null
}

function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel))
}
