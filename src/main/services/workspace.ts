// An open folder of episodes (a Hugo site or a plain folder): the episode index, reading and safe saving,
// new/rename/duplicate/delete, bundle media, and watching for changes made by others. Every path from outside
// is confined to the folder; a save never overwrites a file that changed on disk since it was read.
import { readFile, realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, posix, resolve, sep } from 'node:path'
import type { EpisodeFile, EpisodeSummary, ImportedMedia, MediaFile, ProcessedMedia, SaveResult, WorkspaceInfo } from '../../shared/api'
import { nextEpisodeNumber } from '../../shared/episode-number'
import { UserError } from '../../shared/user-error'
import { archetypeKeys } from './archetype-keys'
import { removeStaleTemps } from './atomic-write'
import { createEpisodeBundle } from './episode-create'
import { duplicateEpisodeOnDisk, episodeUnit, renameEpisodeOnDisk } from './episode-ops'
import { EpisodeIndex } from './episode-index'
import { isMarkdownName } from './episode-scan'
import { compareSummaries, toSummary } from './episode-summary'
import { decodeText, hashBytes } from './file-text'
import { safeDecode, saveEpisodeFile } from './episode-save'
import { IndexCache } from './index-cache'
import { importIntoBundle, listBundleMedia } from './media'
import { defaultFigureOptions, type FigureOptions } from './figure-process'
import { processInPlace } from './figure-in-place'
import { resolveInside } from './paths'
import { describeSite, type SiteConfig } from './site-config'
import { readHugoConfig } from './hugo-config'
import { readFigureWord } from './site-figure-word'
import { readCheckConfigFile, readSiteShortcodes } from './check-config'
import { moveToSiteTrash } from './trash'
import { watchFolder, type FolderWatcher, type WatchEvent } from './watcher'

export interface WorkspaceOptions {
  /** The app's data folder: the index cache and the site's trash live there. */
  dataDir: string
  clock?: () => Date
  /** Moves a file or folder to the OS trash (Electron's shell.trashItem); else the site's trash in the data folder. */
  trash?: (absPath: string) => Promise<string | null>
}

export interface WorkspaceListener {
  /** The list changed: files added, removed or edited (by anyone, our own saves included). */
  episodes(list: EpisodeSummary[]): void
  /** A Markdown file changed on disk by someone else (never for our own saves); hash null when it is gone. */
  file(path: string, hash: string | null): void
}

const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
const NOTIFY_DELAY_MS = 10

export class Workspace {
  /** Hash of each Markdown file as we last read, wrote or reported it (null: gone), to tell others' writes from ours. */
  private readonly knownHashes = new Map<string, string | null>()
  private readonly saveQueues = new Map<string, Promise<unknown>>()
  private readonly listeners = new Set<WorkspaceListener>()
  private watcher: FolderWatcher | null = null
  private notifyTimer: NodeJS.Timeout | null = null
  private statusTimer: NodeJS.Timeout | null = null
  private lastNotified = ''
  private readonly clock: () => Date
  private readonly index: EpisodeIndex

  private constructor(
    readonly info: WorkspaceInfo,
    private readonly site: SiteConfig,
    private readonly options: WorkspaceOptions,
    private readonly cache: IndexCache
  ) {
    this.clock = options.clock ?? (() => new Date())
    this.index = new EpisodeIndex(info.root, site, cache)
  }

  static async open(root: string, options: WorkspaceOptions): Promise<Workspace> {
    let abs: string
    try {
      abs = await realpath(resolve(root))
    } catch {
      throw new UserError(`The folder "${root}" does not exist.`, 'not-found')
    }
    if (!(await stat(abs)).isDirectory()) throw new UserError(`"${root}" is a file, not a folder. Open the folder that holds your episodes.`, 'not-a-folder')
    const hugo = await readHugoConfig(abs)
    const site = await describeSite(abs, hugo)
    const cache = new IndexCache(options.dataDir, abs)
    await cache.load()
    const sample = resolve(options.dataDir, 'sample-site') === abs
    const { rules, summaryLimit, iframeHosts, placeholders, shortcodes: configured } = await readCheckConfigFile(abs)
    const shortcodes = await readSiteShortcodes(abs, site, configured)
    const info: WorkspaceInfo = { root: abs, name: basename(abs), title: site.title || basename(abs), isHugoSite: site.isHugoSite, contentDir: site.contentDir, sample, timeZone: site.timeZone ?? null, shortcodes, checks: { rules, summaryLimit, iframeHosts, placeholders }, figureWord: await readFigureWord(abs, hugo) }
    return new Workspace(info, site, options, cache)
  }

  /** The site's time zone for dates written without an offset (undefined: UTC, Hugo's default). */
  get timeZone(): string | undefined {
    return this.site.timeZone
  }

  // ---- the index ----

  async listEpisodes(): Promise<EpisodeSummary[]> {
    const result = await this.currentList()
    // The first list a watcher's listener gets is the baseline: later pushes only when it differs.
    if (this.listeners.size && !this.lastNotified) this.lastNotified = JSON.stringify(result)
    return result
  }

  private async currentList(): Promise<EpisodeSummary[]> {
    const entries = await this.index.entries()
    const now = this.clock()
    const list = entries.map((e) => toSummary(e.candidate, e.record, now, this.site.timeZone)).sort(compareSummaries)
    if (this.listeners.size) this.scheduleStatusChange(list, now)
    return list.map(({ sortTime: _, nextChange: __, ...summary }) => summary)
  }

  private async summaryOf(path: string): Promise<EpisodeSummary> {
    this.markDirty()
    const found = (await this.listEpisodes()).find((e) => e.path === path)
    if (!found) throw new UserError(`"${path}" is not an episode of this workspace.`, 'not-found')
    return found
  }

  // ---- reading and saving ----

  /** Resolves a document path from outside: inside the workspace and a Markdown file, or a UserError. */
  private document(path: string): { rel: string; abs: string } {
    const abs = resolveInside(this.info.root, path)
    const rel = posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '')
    if (!isMarkdownName(rel)) throw new UserError(`"${path}" is not a Markdown file (.md); only episodes can be opened here.`, 'not-markdown')
    return { rel, abs }
  }

  async readEpisode(path: string): Promise<EpisodeFile> {
    const { rel, abs } = this.document(path)
    const bytes = await readExisting(abs, path)
    if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new UserError(`"${path}" is larger than 64 MB and cannot be opened.`, 'too-large')
    const text = decodeText(bytes, path)
    const hash = hashBytes(bytes)
    this.knownHashes.set(rel, hash)
    void removeStaleTemps(dirname(abs)) // what a killed save left beside it
    return { path: rel, text, hash }
  }

  /**
   * Saves atomically, keeping the file's encoding and mode. Refuses (a conflict, nothing written) when the file on
   * disk is not the one the text was based on (`baseHash`; null = a new file), unless `force` is set.
   */
  async saveEpisode(path: string, text: string, baseHash: string | null, force = false): Promise<SaveResult> {
    const { rel, abs } = this.document(path)
    return this.queued(abs, async () => {
      const result = await saveEpisodeFile(abs, path, text, baseHash, force, (hash) => this.knownHashes.set(rel, hash))
      if (result.ok) this.changed('change', rel)
      return result
    })
  }

  /** The keys the episode's archetype offers, from the site as detected when the folder was opened. */
  async frontMatterKeys(path: string): Promise<string[]> {
    resolveInside(this.info.root, path)
    return archetypeKeys(this.info.root, this.site, path, this.clock())
  }

  private queued<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.saveQueues.get(key) ?? Promise.resolve()).then(task, task)
    const settled = run.catch(() => {})
    this.saveQueues.set(key, settled)
    void settled.then(() => this.saveQueues.get(key) === settled && this.saveQueues.delete(key))
    return run
  }

  // ---- episodes as files ----

  async createEpisode(opts: { section?: string; title?: string }): Promise<EpisodeSummary> {
    const list = await this.listEpisodes()
    const section = opts.section?.trim().replace(/^\/+|\/+$/g, '') ?? mostCommon(list.map((e) => e.section)) ?? (this.site.isHugoSite ? 'talk' : '')
    // Numbering is per section (a show); a section without episodes starts at 1.
    const number = nextEpisodeNumber(list.filter((e) => e.section === section).map((e) => e.number))
    const path = await createEpisodeBundle(this.info.root, this.site, { section, title: opts.title, number, now: this.clock() })
    return this.summaryOf(path)
  }

  /**
   * An episode's path for rename, duplicate and delete: its file must exist and be an episode of the list, so a stale
   * list (a co-host's `git pull` removed it) never makes these act on the folder around it.
   */
  private async existingEpisode(path: string): Promise<{ rel: string; summary: EpisodeSummary }> {
    const { rel, abs } = this.document(path)
    const info = await stat(abs).catch(() => null)
    if (!info?.isFile()) throw new UserError(`"${rel}" no longer exists on disk (it may have been moved or deleted).`, 'not-found')
    const summary = (await this.listEpisodes()).find((e) => e.path === rel)
    if (!summary) throw new UserError(`"${rel}" is not an episode of this workspace.`, 'not-an-episode')
    return { rel, summary }
  }

  async renameEpisode(path: string, newName: string): Promise<EpisodeSummary> {
    const { rel } = await this.existingEpisode(path)
    const next = await renameEpisodeOnDisk(this.info.root, rel, newName)
    this.moveKnown(rel, next)
    return this.summaryOf(next)
  }

  async duplicateEpisode(path: string): Promise<EpisodeSummary> {
    const { rel, summary } = await this.existingEpisode(path)
    // A numbered episode's copy takes the section's next number, as a new episode does.
    const sectionNumbers = (await this.listEpisodes()).filter((e) => e.section === summary.section).map((e) => e.number)
    const number = summary.number === null ? null : nextEpisodeNumber(sectionNumbers)
    return this.summaryOf(await duplicateEpisodeOnDisk(this.info.root, rel, summary.title || basename(dirname(rel)), number))
  }

  async deleteEpisode(path: string): Promise<{ trashedTo: string | null }> {
    const { rel } = await this.existingEpisode(path)
    const unit = episodeUnit(rel)
    const trashedTo = await this.toTrash(unit.rel)
    this.forgetUnder(unit.rel)
    this.markDirty()
    return { trashedTo }
  }

  private async toTrash(rel: string): Promise<string | null> {
    const abs = resolveInside(this.info.root, rel)
    await stat(abs).catch(() => {
      throw new UserError(`"${rel}" no longer exists on disk.`, 'not-found')
    })
    if (this.options.trash) return this.options.trash(abs)
    return moveToSiteTrash(this.options.dataDir, this.info.root, rel, this.clock())
  }

  private moveKnown(from: string, to: string): void {
    const hash = this.knownHashes.get(from)
    this.knownHashes.set(from, null)
    if (hash !== undefined) this.knownHashes.set(to, hash)
  }

  private forgetUnder(rel: string): void {
    for (const key of this.knownHashes.keys()) {
      if (key === rel || key.startsWith(rel + '/')) this.knownHashes.set(key, null)
    }
  }

  // ---- media ----

  private bundleOf(episode: string): { rel: string; abs: string } {
    const { rel, abs } = this.document(episode)
    if (!episodeUnit(rel).bundle) {
      throw new UserError('This episode is a single file, not a page bundle, so it cannot hold images. Move it into a folder as index.md first.', 'not-a-bundle')
    }
    return { rel: posix.dirname(rel), abs: dirname(abs) }
  }

  async listMedia(episode: string): Promise<MediaFile[]> {
    const { rel, abs } = this.document(episode)
    if (!episodeUnit(rel).bundle) return []
    void removeStaleTemps(dirname(abs))
    return listBundleMedia(dirname(abs), safeDecode(await readExisting(abs, episode), episode))
  }

  /** Adds a file to the episode's bundle; photos are processed with `figures` (null: added exactly as given). */
  async importMedia(episode: string, fileName: string, data: Uint8Array, figures: FigureOptions | null = defaultFigureOptions): Promise<ImportedMedia> {
    const bundle = this.bundleOf(episode)
    await readExisting(join(bundle.abs, basename(episode)), episode)
    const imported = await importIntoBundle(bundle.abs, fileName, data, { figures })
    this.changed('add', `${bundle.rel}/${imported.name}`)
    return imported
  }

  /** A bundle photo stripped of its metadata and brought within `maxEdge`, in place (a figure check's quick fix). */
  async processMedia(episode: string, name: string, maxEdge: number): Promise<ProcessedMedia> {
    const bundle = this.bundleOf(episode)
    const target = this.bundleFile(bundle, name)
    if (!(await stat(target).catch(() => null))?.isFile()) throw new UserError(`"${name}" is not in this episode's folder.`, 'not-found')
    const result = await processInPlace(target, name, maxEdge)
    if (result.changed) this.changed('change', posix.normalize(`${bundle.rel}/${name}`))
    return { name, sizes: { before: result.before, after: result.after } }
  }

  private bundleFile(bundle: { rel: string; abs: string }, name: string): string {
    const target = resolveInside(this.info.root, `${bundle.rel}/${name}`)
    if (!target.startsWith(bundle.abs + sep)) throw new UserError(`"${name}" is not a file of this episode.`, 'path-refused')
    return target
  }

  async deleteMedia(episode: string, name: string): Promise<void> {
    const bundle = this.bundleOf(episode)
    const target = this.bundleFile(bundle, name)
    if (isMarkdownName(target)) throw new UserError(`"${name}" is a Markdown page, not a media file; delete it as an episode instead.`, 'not-media')
    const info = await stat(target).catch(() => null)
    if (!info?.isFile()) throw new UserError(`"${name}" is not in this episode's folder.`, 'not-found')
    const rel = posix.normalize(`${bundle.rel}/${name}`)
    await this.toTrash(rel)
    this.changed('unlink', rel)
  }

  // ---- watching ----

  watch(listener: WorkspaceListener): () => void {
    this.listeners.add(listener)
    if (!this.watcher) {
      const watcher = watchFolder(this.info.root, (event, rel) => this.onDiskEvent(event, rel))
      this.watcher = watcher
      void watcher.ready.then(() => {
        if (this.watcher !== watcher) return
        this.index.watching = true
        this.markDirty() // anything that changed before the watcher was ready
      })
    }
    return () => {
      this.listeners.delete(listener)
      if (!this.listeners.size) void this.stopWatching()
    }
  }

  /** Resolves once the watcher has seen the whole folder (changes after that are reported). */
  whenWatching(): Promise<void> {
    return this.watcher?.ready ?? Promise.resolve()
  }

  private async stopWatching(): Promise<void> {
    const watcher = this.watcher
    this.watcher = null
    this.index.watching = false
    this.lastNotified = ''
    for (const t of [this.notifyTimer, this.statusTimer]) if (t) clearTimeout(t)
    this.notifyTimer = this.statusTimer = null
    await watcher?.close()
  }

  private onDiskEvent(event: WatchEvent, rel: string): void {
    this.changed(event, rel)
    if ((event === 'add' || event === 'change' || event === 'unlink') && isMarkdownName(rel)) void this.checkOutsideChange(rel, event)
  }

  private async checkOutsideChange(rel: string, event: WatchEvent): Promise<void> {
    const bytes = event === 'unlink' ? null : await readFile(join(this.info.root, rel)).catch(() => null)
    const hash = bytes ? hashBytes(bytes) : null
    if (this.knownHashes.has(rel) && this.knownHashes.get(rel) === hash) return // our own save, or nothing new
    this.knownHashes.set(rel, hash)
    for (const l of this.listeners) l.file(rel, hash)
  }

  /** Anything may have changed (a new, renamed or deleted episode): rescan, then tell the listeners. */
  private markDirty(): void {
    this.index.invalidate()
    this.scheduleNotify()
  }

  /** One file changed: the index updates just that when it can, then the listeners hear of it. */
  private changed(event: WatchEvent, rel: string): void {
    this.index.noteChange(event, rel)
    this.scheduleNotify()
  }

  private scheduleNotify(): void {
    if (this.listeners.size && !this.notifyTimer) this.notifyTimer = setTimeout(() => void this.notify(), NOTIFY_DELAY_MS)
  }

  private async notify(): Promise<void> {
    this.notifyTimer = null
    if (!this.listeners.size) return
    const list = await this.currentList().catch(() => null)
    if (!list) return
    const key = JSON.stringify(list)
    if (key === this.lastNotified) return
    this.lastNotified = key
    for (const l of this.listeners) l.episodes(list)
  }

  /** A scheduled episode becomes published (or one expires) with no file changing: tell the listeners then. */
  private scheduleStatusChange(list: { nextChange: number }[], now: Date): void {
    if (this.statusTimer) clearTimeout(this.statusTimer)
    const next = list.reduce((a, e) => Math.min(a, e.nextChange), Infinity)
    const delay = Math.min(next - now.getTime() + 1000, 24 * 3600_000)
    this.statusTimer = setTimeout(() => this.scheduleNotify(), delay)
    this.statusTimer.unref?.()
  }

  async close(): Promise<void> {
    this.listeners.clear()
    await this.stopWatching()
    await this.cache.persist()
  }
}

async function readExisting(abs: string, shown: string): Promise<Buffer> {
  try {
    return await readFile(abs)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UserError(`"${shown}" does not exist (it may have been moved or deleted).`, 'not-found')
    if (code === 'EISDIR') throw new UserError(`"${shown}" is a folder, not a file.`, 'not-a-file')
    throw err
  }
}


function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}
