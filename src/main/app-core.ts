// The application behind both transports: holds the open workspace, the recovery journal and settings, and
// answers every API call through one handler table. Transports only translate to and from this.
import { isAbsolute, resolve } from 'node:path'
import type { ApiArgs, ApiEvent, ApiEvents, GitStep, WorkspaceInfo } from '../shared/api'
import { isExternalUrl } from '../shared/external-url'
import { isWebUrl } from '../shared/links/episode-links'
import { UserError } from '../shared/user-error'
import type { Handlers } from './dispatch'
import { ensureSampleSite } from './sample-site'
import { exportEpisodes } from './services/export-run'
import { exportSummary } from './services/export-summary'
import { SiteGit } from './services/git/site-git'
import { HugoPreviewServer } from './services/hugo-server'
import { LinkService } from './services/links/link-service'
import { siteRules } from './services/links/site-rules'
import { resolveInside } from './services/paths'
import { PeakCache } from './services/peak-cache'
import { RecordingMemory } from './services/recording-memory'
import { RecoveryJournal } from './services/recovery'
import { addRecentWorkspace, lastEpisode, loadSettings, recentWorkspaces, rememberEpisode, saveSettings } from './services/settings'
import { SearchRunner } from './services/search-runner'
import { SiteReplace } from './services/site-replace'
import { listSnippets, saveSnippet } from './services/snippets'
import { rememberSpeakerNames, speakerNames } from './services/speaker-names'
import { keepChaptersJson, readTimedFile, writeTimedFile } from './services/timed-files'
import { restoreFromSiteTrash } from './services/trash'
import { Workspace } from './services/workspace'

export interface AppCoreOptions {
  dataDir: string
  /** Sends an event to every window or browser tab. */
  emit: <E extends ApiEvent>(event: E, payload: ApiEvents[E]) => void
  /** Opens a URL in the system browser (Electron: shell.openExternal); absent in headless use. */
  openExternal?: (url: string) => Promise<void>
  /** Moves a file to the OS trash (Electron: shell.trashItem); absent → the site's trash in the data folder. */
  trash?: (absPath: string) => Promise<string | null>
  clock?: () => Date
  /** True in the desktop app, whose window can name a chosen file's path (web mode's browser cannot). */
  localRecordings?: boolean
  /** Page titles and link checks (tests bring one with a local resolver). */
  links?: LinkService
}

export class AppCore {
  private workspace: Workspace | null = null
  private siteGit: SiteGit | null = null
  private stopWatching: (() => void) | null = null
  private readonly journal: RecoveryJournal
  private readonly sitePreview = new HugoPreviewServer()
  private readonly peaks: PeakCache
  private readonly recordings: RecordingMemory
  private readonly links: LinkService
  /** Site searches, on a worker thread: an older one stops when a newer one starts. */
  private readonly searches = new SearchRunner()
  private readonly replace = new SiteReplace(() => this.ws())

  constructor(private readonly options: AppCoreOptions) {
    this.journal = new RecoveryJournal(options.dataDir)
    this.peaks = new PeakCache(options.dataDir)
    this.recordings = new RecordingMemory(options.dataDir)
    this.links = options.links ?? new LinkService({ dataDir: options.dataDir })
  }

  get info(): WorkspaceInfo | null {
    return this.workspace?.info ?? null
  }

  /** Opens a folder (or the sample site when none is given) and starts watching it. */
  async open(folder?: string): Promise<WorkspaceInfo> {
    const root = folder ? resolve(folder) : ensureSampleSite(this.options.dataDir)
    // Workspace.open checks the folder; it runs before the current folder closes, so a folder that cannot be opened
    // leaves the current one open.
    const ws = await Workspace.open(root, { dataDir: this.options.dataDir, clock: this.options.clock, trash: this.options.trash })
    await this.close()
    this.workspace = ws
    this.siteGit = new SiteGit(ws.info.root, () => ws.listEpisodes())
    this.stopWatching = ws.watch({
      episodes: (episodes) => this.options.emit('didChangeEpisodes', { episodes }),
      file: (path, hash) => this.options.emit('didChangeFile', { path, hash })
    })
    this.searches.warm()
    if (!folder) return { ...ws.info, sample: true }
    await addRecentWorkspace(this.options.dataDir, root)
    return ws.info
  }

  /** The most recent folder, else (none, or it cannot be opened any more) the sample site. */
  async openLast(): Promise<WorkspaceInfo> {
    const [last] = await recentWorkspaces(this.options.dataDir).catch(() => [] as string[])
    if (last) {
      const opened = await this.open(last).catch(() => null)
      if (opened) return opened
    }
    return this.open()
  }

  async close(): Promise<void> {
    await this.sitePreview.stop()
    await this.searches.close() // its thread is started again with the next folder
    this.stopWatching?.()
    this.stopWatching = null
    await this.workspace?.close()
    this.workspace = null
    this.siteGit = null
  }

  /** The absolute path of a workspace file for the media route; refused outside the workspace. */
  mediaPath(relPath: string): string {
    return resolveInside(this.ws().info.root, relPath)
  }

  /** The file the app protocol plays under `/recording/<id>/…`; null for an id this run never granted. */
  recordingPath(id: string): string | null {
    return this.recordings.pathOf(id)
  }

  /** A chosen file is known by what the window read of it; a bundle's recording is looked at on disk. */
  private async recordingFacts(file: ApiArgs<'listen.peaks'>['file']) {
    if (file.kind === 'local') return file
    return PeakCache.factsOf(resolveInside(this.ws().info.root, file.path), file.path)
  }

  private ws(): Workspace {
    if (!this.workspace) throw new UserError('No folder is open. Open your site or a folder of episodes first.', 'no-workspace')
    return this.workspace
  }

  private git(): SiteGit {
    this.ws()
    return this.siteGit as SiteGit
  }

  private readonly gitProgress = (step: GitStep) => this.options.emit('didGitProgress', { step })

  readonly handlers: Handlers = {
    'workspace.open': ({ folder }) => this.open(folder),
    'workspace.current': () => this.info,
    'workspace.recent': () => recentWorkspaces(this.options.dataDir),
    'workspace.openLast': () => this.openLast(),
    'workspace.lastEpisode': async () => {
      if (!this.workspace) return null
      const path = await lastEpisode(this.options.dataDir, this.workspace.info.root)
      // Moved, deleted or unreadable since: the window starts with the list instead.
      return path ? this.workspace.readEpisode(path).catch(() => null) : null
    },
    'workspace.rememberEpisode': async ({ path }) => {
      const root = this.ws().info.root
      if (path !== null) resolveInside(root, path)
      await rememberEpisode(this.options.dataDir, root, path)
      return { ok: true }
    },
    'episodes.list': () => this.ws().listEpisodes(),
    'episodes.create': (args) => this.ws().createEpisode(args),
    'episodes.rename': ({ path, newName }) => this.ws().renameEpisode(path, newName),
    'episodes.duplicate': ({ path }) => this.ws().duplicateEpisode(path),
    'episodes.delete': ({ path }) => this.ws().deleteEpisode(path),
    'episode.read': ({ path }) => this.ws().readEpisode(path),
    'episode.frontMatterKeys': ({ path }) => this.ws().frontMatterKeys(path),
    'episode.save': async ({ path, text, baseHash, force }) => {
      const result = await this.ws().saveEpisode(path, text, baseHash, force)
      if (result.ok) await this.journal.discard(this.ws().info.root, path)
      if (result.ok) await keepChaptersJson(this.ws().info.root, path, text)
      return result
    },
    'media.list': ({ episode }) => this.ws().listMedia(episode),
    'media.import': async ({ episode, fileName, dataBase64 }) => {
      const settings = await loadSettings(this.options.dataDir)
      const figures = settings.keepOriginals ? null : { maxEdge: settings.imageMaxEdge, format: settings.imageFormat }
      return this.ws().importMedia(episode, fileName, new Uint8Array(Buffer.from(dataBase64, 'base64')), figures)
    },
    'media.process': async ({ episode, name }) => this.ws().processMedia(episode, name, (await loadSettings(this.options.dataDir)).imageMaxEdge),
    'media.delete': async ({ episode, name }) => {
      await this.ws().deleteMedia(episode, name)
      return { ok: true }
    },
    'listen.peaks': async ({ file }) => this.peaks.get(await this.recordingFacts(file)),
    'listen.keepPeaks': async ({ file, peaks }) => {
      await this.peaks.put(await this.recordingFacts(file), peaks)
      return { ok: true }
    },
    'listen.rememberRecording': async ({ episode, path }) => {
      if (!this.options.localRecordings) throw new UserError('Only the desktop app can remember a recording from outside the site.', 'desktop-only')
      const root = this.ws().info.root
      resolveInside(root, episode)
      return this.recordings.remember(root, episode, path)
    },
    'listen.rememberedRecording': async ({ episode }) => {
      if (!this.options.localRecordings) return null
      const root = this.ws().info.root
      resolveInside(root, episode)
      return this.recordings.remembered(root, episode)
    },
    'bundle.readTimedFile': ({ episode, name }) => readTimedFile(this.ws().info.root, episode, name),
    'bundle.writeTimedFile': async ({ episode, name, text, expect }) => {
      await writeTimedFile(this.ws().info.root, episode, name, text, expect)
      return { ok: true }
    },
    'speakers.get': () => speakerNames(this.options.dataDir, this.ws().info.root),
    'speakers.remember': ({ byId }) => rememberSpeakerNames(this.options.dataDir, this.ws().info.root, byId),
    'recovery.journal': async ({ path, text, baseHash }) => {
      const root = this.ws().info.root
      resolveInside(root, path)
      await this.journal.write(root, path, text, baseHash)
      return { ok: true }
    },
    'recovery.list': () => this.journal.list(this.ws().info.root),
    'recovery.discard': async ({ path }) => {
      await this.journal.discard(this.ws().info.root, path)
      return { ok: true }
    },
    'settings.get': () => loadSettings(this.options.dataDir),
    'settings.set': (patch) => saveSettings(this.options.dataDir, patch),
    'episodes.restore': async ({ trashedTo }) => ({ restoredTo: await restoreFromSiteTrash(this.options.dataDir, this.ws().info.root, trashedTo) }),
    'site.preview': async ({ episode }) => {
      const root = this.ws().info.root
      resolveInside(root, episode)
      const { url } = await this.sitePreview.start(root)
      return { siteUrl: url, pageUrl: this.sitePreview.pageUrl(episode) }
    },
    'site.stopPreview': async () => {
      const running = Boolean(this.sitePreview.url)
      await this.sitePreview.stop()
      return { stopped: running }
    },
    'episodes.export': async ({ paths, format, figures, images, frontMatter, outDir }) => {
      const root = this.ws().info.root
      if (!isAbsolute(outDir)) throw new UserError('Choose the export folder as a full path, such as /home/me/exports.', 'export-folder')
      // The whole content folder when no episode is named, so OUT mirrors it as `talk/0001/…`.
      const inputs = paths.length ? paths.map((p) => resolveInside(root, p)) : [resolveInside(root, this.ws().info.contentDir || '.')]
      const run = await exportEpisodes({
        inputs,
        cwd: root,
        out: resolve(outDir),
        format,
        options: { figures: figures ?? 'html', images: images ?? 'relative', frontMatter: frontMatter ?? 'keep' },
        onProgress: (done, total) => this.options.emit('didExportProgress', { done, total })
      })
      return exportSummary(run, root, resolve(outDir))
    },
    'search.start': async ({ searchId, query }) => {
      const ws = this.ws()
      const run = await this.searches.search(ws.info.root, await ws.listEpisodes(), query, (results) => this.options.emit('didFindInSite', { searchId, results }))
      return { searchId, ...run }
    },
    'search.replace': ({ query, replacement, files }) => this.replace.apply(query, replacement, files),
    'search.undoReplace': ({ replaceId }) => this.replace.undo(replaceId),
    'snippets.list': () => listSnippets(this.workspace?.info.root ?? null, this.options.dataDir),
    'snippets.save': ({ name, body }) => saveSnippet(this.options.dataDir, name, body),
    'app.openExternal': async ({ url }) => {
      if (!isExternalUrl(url)) throw new UserError(`Only http, https and mailto links open outside the app; "${url}" was not opened.`, 'url-refused')
      if (!this.options.openExternal) return { opened: false }
      await this.options.openExternal(url)
      return { opened: true }
    },
    'links.title': async ({ url }) => {
      if (!isWebUrl(url)) throw new UserError(`Only http and https pages have titles to fetch; "${url}" was not fetched.`, 'url-refused')
      return { title: await this.links.title(url) }
    },
    'links.check': async ({ episode, text }) => {
      const root = this.ws().info.root
      resolveInside(root, episode)
      const rules = await siteRules(root)
      const { problems, ...counts } = await this.links.check([text], () => rules)
      return { problems: problems[0], ...counts }
    },
    'git.status': () => this.git().status(),
    'git.fetch': () => this.git().fetch(),
    'git.publish': ({ paths, message }) => this.git().publish(paths, message, this.gitProgress),
    'git.sync': () => this.git().sync(this.gitProgress),
    'git.publishedText': ({ path }) => this.git().publishedText(path)
  }
}
