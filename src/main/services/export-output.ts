// An export's file work around the rendering: reading each episode (and deciding its status) before, and after it the
// html export's cleaning and the writing of every export's files. For a few episodes it runs in the calling thread; a
// folder export runs it on a small thread of its own (no renderer to load, so it starts at once), overlapping with
// rendering the other episodes instead of adding to it.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { EpisodeStatus } from '../../shared/api'
import { episodeStatus } from '../../shared/episode-status'
import { cleanRenderedHtml, type PlatformCount } from '../../shared/export/html-clean'
import { readTextFileSync } from './file-text'
import { readEpisodeText } from './front-matter-reader'
import { workerScript } from './worker-pool'

/** A file to write: `data`, or a copy of the file `from`. Its folder is made first. */
export type OutputFile = { path: string; data: string | Uint8Array } | { path: string; from: string }

/** An html export's files and what it has to say. */
export interface HtmlOutput {
  outputs: string[]
  warnings: string[]
  counts: PlatformCount[]
}

/** An episode to read: its file, and the statuses it may have to be exported (null: any). */
export interface EpisodeToRead {
  file: string
  include: EpisodeStatus[] | null
  now: number
  timeZone: string | undefined
}

/** An episode read: its text; with `include`, its front matter and its status at `now`. */
export interface EpisodeRead {
  text: string
  fields?: Record<string, unknown>
  status?: EpisodeStatus
}

export function readEpisode(episode: EpisodeToRead): EpisodeRead {
  const text = readTextFileSync(episode.file)
  if (!episode.include) return { text }
  const fields = readEpisodeText(text).data
  return { text, fields, status: episodeStatus(fields, new Date(episode.now), episode.timeZone) }
}

export interface ExportOutput {
  /** Reads an episode's file (the file system's error when it cannot be read). */
  read(episode: EpisodeToRead): Promise<EpisodeRead> | EpisodeRead
  /** Writes an episode's files in order, stopping at the first that fails (with the file system's error). */
  write(files: OutputFile[]): Promise<void> | void
  /** Cleans an episode rendered for the html export and writes `outBase.html` and `outBase.youtube.txt`. */
  html(rendered: string, outBase: string): Promise<HtmlOutput> | HtmlOutput
  /** Waits for the work handed over, then lets the output thread go. */
  close(): Promise<void>
}

// Folders this thread has made: a folder export writes thousands of files into a few hundred folders.
const madeFolders = new Set<string>()

export function writeFiles(files: OutputFile[]): void {
  for (const file of files) {
    const run = () => ('from' in file ? copyFileSync(file.from, file.path) : writeFileSync(file.path, file.data))
    const dir = dirname(file.path)
    if (!madeFolders.has(dir)) {
      mkdirSync(dir, { recursive: true })
      madeFolders.add(dir)
    }
    try {
      run()
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      // The folder was removed since this thread made it (an earlier export to the same place): make it again.
      mkdirSync(dir, { recursive: true })
      run()
    }
  }
}

export function finishHtml(rendered: string, outBase: string): HtmlOutput {
  const out = cleanRenderedHtml(rendered)
  const files = [{ path: outBase + '.html', data: out.html + '\n' }, { path: outBase + '.youtube.txt', data: out.text + '\n' }]
  writeFiles(files)
  return { outputs: files.map((f) => f.path), warnings: out.warnings, counts: out.counts }
}

/** In the calling thread, each call done when it returns. */
export const outputHere: ExportOutput = {
  read: readEpisode,
  write: writeFiles,
  html: finishHtml,
  close: async () => undefined
}

/** What travels to the output thread, and back: a result, or the error's message and code. */
export type OutputJob = { read: EpisodeToRead } | { files: OutputFile[] } | { rendered: string; outBase: string }
export type OutputAnswer = { ok: true; value: EpisodeRead | HtmlOutput | null } | { ok: false; message: string; code?: string; path?: string }

// Episodes the calling thread reads itself while the output thread loads: enough to render until it is ready.
const READS_BEFORE_READY = 32

/**
 * The output on a thread of its own (`export-output-worker`), started now so it is ready when the first episode is
 * rendered; null when this build has no such thread. Jobs run in the order given; each call's promise settles when
 * its job is done.
 */
export function outputOnThread(): ExportOutput | null {
  const script = workerScript('export-output-worker')
  if (!script) return null
  // Jobs handed over and not answered yet, oldest first (the thread answers in order), with what settles each.
  const waiting: { job: OutputJob; settle: (answer: OutputAnswer) => void }[] = []
  let broken = false
  let ready = false
  let readsHere = 0
  let idle: (() => void) | null = null

  // Should the thread stop (it cannot start, or dies), its jobs and all later ones are done in this thread instead.
  const fail = () => {
    broken = true
    for (const { job, settle } of waiting.splice(0)) settle(runJob(job))
    idle?.()
  }
  const start = (): Worker => {
    const w = script.eval ? new Worker(script.eval, { eval: true }) : new Worker(script.file)
    w.on('message', (answer: OutputAnswer | 'ready') => {
      if (answer === 'ready') return void (ready = true)
      waiting.shift()?.settle(answer)
      if (!waiting.length) idle?.()
    })
    w.on('error', fail)
    w.on('exit', fail)
    return w
  }
  const worker = start()
  const send = <T>(job: OutputJob): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const settle = (answer: OutputAnswer) => (answer.ok ? resolve(answer.value as T) : reject(Object.assign(new Error(answer.message), answer.code ? { code: answer.code } : {}, answer.path ? { path: answer.path } : {})))
      // Until the thread has loaded, this thread reads the first few episodes itself instead of waiting for it.
      if (broken || (!ready && 'read' in job && readsHere++ < READS_BEFORE_READY)) return settle(runJob(job))
      waiting.push({ job, settle })
      worker.postMessage(job)
    })

  return {
    read: (episode) => send<EpisodeRead>({ read: episode }),
    write: (files) => send<void>({ files }),
    html: (rendered, outBase) => send<HtmlOutput>({ rendered, outBase }),
    close: async () => {
      if (waiting.length) await new Promise<void>((resolve) => (idle = resolve))
      await worker.terminate()
    }
  }
}

/** A job done in this thread, answered as the output thread answers. */
export function runJob(job: OutputJob): OutputAnswer {
  try {
    if ('read' in job) return { ok: true, value: readEpisode(job.read) }
    return { ok: true, value: 'files' in job ? (writeFiles(job.files), null) : finishHtml(job.rendered, job.outBase) }
  } catch (err) {
    const { code, path } = (err ?? {}) as NodeJS.ErrnoException
    return { ok: false, message: err instanceof Error ? err.message : String(err), code, path }
  }
}
