// The one API contract between the UI and the main process: every call, its arguments (validated), its result,
// and every pushed event. Both transports (Electron IPC and web mode) and the preload are typed from this file.
import { z } from 'zod'
import type { MenuCommand } from './commands'
import type { SiteShortcodes } from './shortcodes/site-shortcodes'
import type { SiteCheckSettings } from './checks/config'
import type { StoredPeaks } from './listen/peaks-codec'
import { imageMaxEdgeLimit, sidebarWidthRange } from './setting-limits'
import type { CheckDiagnostic } from './checks/types'
import type { GitSiteStatus, GitStep, PublishResult, SyncResult } from './git/types'

export type { GitFailure, GitFailureCode, GitMark, GitSiteStatus, GitStep, PublishResult, SyncResult } from './git/types'
import type { MatchLine } from './search/match'
import type { Snippet } from './snippets/snippet'
import { timedBundleFiles } from './chapters/bundle-files'

/** A workspace-relative path with forward slashes, e.g. `content/talk/0034/index.md`. */
const relPath = z.string().min(1).max(4096)

export type EpisodeStatus = 'draft' | 'scheduled' | 'published' | 'expired'

export interface WorkspaceInfo {
  /** Absolute folder on disk. */
  root: string
  name: string
  /** What the window's header shows: the site's title (the Hugo config's `title`), else the folder's name. */
  title: string
  /** True when a Hugo config was found at the root. */
  isHugoSite: boolean
  /** Workspace-relative content folder ('' for a plain folder of episodes). */
  contentDir: string
  /** True when this is the embedded sample site copied into the data folder. */
  sample: boolean
  /** The site's `timeZone` (for dates written without an offset), or null for Hugo's default, UTC. */
  timeZone: string | null
  /** The shortcodes the site can use (for the checks, the editor's lint and completion). */
  shortcodes: SiteShortcodes
  /** The site's `.shownotes.yaml` check settings (rules off or with another severity, limits), for the editor's lint. */
  checks: SiteCheckSettings
  /** The theme's word before a numbered figure's number in the site's language ("Figure", "図"). */
  figureWord: string
}

export interface EpisodeSummary {
  /** Workspace-relative path of the episode's `index.md` or leaf file. */
  path: string
  section: string
  /** True for a page bundle (`…/index.md`), false for a leaf file. */
  bundle: boolean
  title: string
  number: number | null
  date: string | null
  publishDate: string | null
  expiryDate: string | null
  status: EpisodeStatus
  summary: string | null
  tags: string[]
  figures: number
  media: number
  words: number
  problems: number
}

export interface EpisodeFile {
  path: string
  text: string
  /** sha256 of the bytes on disk when read; sent back on save to detect outside changes. */
  hash: string
}

export type SaveResult =
  | { ok: true; hash: string }
  | { ok: false; conflict: true; diskText: string | null; diskHash: string | null; message: string }

export interface MediaFile {
  /** Bundle-relative path, e.g. `kato/Untitled 1.png`. */
  name: string
  size: number
  kind: 'image' | 'audio' | 'video' | 'other'
  state: 'used' | 'unused' | 'missing'
  /** A photo's upright size and whether it records where it was taken (for the figure checks); absent for others. */
  image?: BundleImage
}

export interface BundleImage {
  width: number
  height: number
  location: boolean
}

export interface ImportedMedia {
  /** Bundle-relative name the file was saved as (never overwrites). */
  name: string
  /** URL-encoded form to write in the document. */
  src: string
  kind: MediaFile['kind']
  /** Bytes as given and as saved (a photo loses its metadata and is brought within the size limit on the way in). */
  sizes?: { before: number; after: number }
}

/** A bundle image processed in place (a figure check's quick fix). */
export interface ProcessedMedia {
  name: string
  sizes: { before: number; after: number }
}

export interface RecoveredBuffer {
  path: string
  text: string
  savedAt: string
  /** Hash of the file on disk when the buffer was journaled. */
  baseHash: string | null
}

export interface ExportSummary {
  outDir: string
  written: number
  outputs: string[]
  failed: { path: string; message: string }[]
  warnings: { path: string; messages: string[] }[]
}

export interface LinkCheckResult {
  problems: CheckDiagnostic[]
  /** Different web links checked. */
  links: number
  /** Of them, answered from the day's cache without a request. */
  cached: number
  /** Not checked (the overall time ran out, or a site asked to slow down). */
  unchecked: number
}

export interface Settings {
  iframeHosts: string[]
  autosave: boolean
  summaryLimit: number
  theme: 'system' | 'light' | 'dark'
  language: 'system' | 'en' | 'ja'
  /** The editor's font for Markdown prose (front matter and code stay monospace). */
  proseFont: 'monospace' | 'proportional'
  /** The sidebar's width in CSS pixels, as the host last dragged it (sidebarWidthRange). */
  sidebarWidth: number
  /** Seconds a stamp is set back from the player's time (the host presses the key a moment after the topic began). */
  stampLag: number
  /** Figures: the longest edge in pixels a photo keeps when added (0: any size). */
  imageMaxEdge: number
  /** Figures: photos keep their format, or become WebP. */
  imageFormat: 'keep' | 'webp'
  /** Figures: add files exactly as given (no metadata removed, no resizing). */
  keepOriginals: boolean
  /** Pasting a bare URL makes a link titled with the page's title (fetched by the main process). */
  titledPaste: boolean
  /** Fetch the site's git remote quietly every few minutes, so the list knows what co-hosts published. */
  gitFetch: boolean
}

/** A recording from outside the site the desktop app plays: its facts (the waveform cache's key) and its address. */
export interface GrantedRecording {
  name: string
  size: number
  mtime: number
  /** `/recording/<id>/<name>` under the app's origin, answered with HTTP Range. */
  url: string
}

/** One episode's matches in a site search, in the order they are found; `hash` is the file's as searched. */
export interface EpisodeMatches {
  path: string
  title: string
  status: EpisodeStatus
  hash: string
  matches: MatchLine[]
}

export interface SearchSummary {
  searchId: string
  episodes: number
  matches: number
  /** True when the search stopped at the match limit (10,000). */
  truncated: boolean
  /** False when a newer search took over before this one finished. */
  complete: boolean
}

/** What a site replace did: every file replaced (with how many matches) and every one refused, with why. */
export interface ReplaceSummary {
  replaceId: string
  replaced: { path: string; count: number }[]
  refused: { path: string; code: string; message: string }[]
}

/** The names given to a transcript's speaker ids on this site: the last name for each id, and every name used. */
export interface SpeakerMemory {
  names: string[]
  byId: Record<string, string>
}

/** A recording whose waveform peaks are cached: a file the host chose (its facts) or an audio file of a bundle. */
const recordingFile = z.union([
  z.object({ kind: z.literal('local'), name: z.string().min(1).max(1024), size: z.number().int().min(0), mtime: z.number().min(0) }).strict(),
  z.object({ kind: z.literal('bundle'), path: relPath }).strict()
])

const searchQuery = z
  .object({
    pattern: z.string().min(1).max(10000),
    regex: z.boolean(),
    caseSensitive: z.boolean(),
    wholeWord: z.boolean(),
    kana: z.boolean(),
    scope: z.enum(['all', 'body', 'frontMatter', 'field']),
    field: z.string().max(500).optional(),
    statuses: z.array(z.enum(['draft', 'scheduled', 'published', 'expired'])).max(4).optional()
  })
  .strict()

/** Argument schemas: every argument that crosses a process boundary is parsed by these before use. */
export const apiArgs = {
  'workspace.open': z.object({ folder: z.string().max(4096).optional() }).strict(),
  'workspace.current': z.object({}).strict(),
  'workspace.recent': z.object({}).strict(),
  'workspace.openLast': z.object({}).strict(),
  'workspace.lastEpisode': z.object({}).strict(),
  'workspace.rememberEpisode': z.object({ path: relPath.nullable() }).strict(),
  'episodes.list': z.object({}).strict(),
  'episodes.create': z.object({ section: z.string().max(200).optional(), title: z.string().max(500).optional() }).strict(),
  'episodes.rename': z.object({ path: relPath, newName: z.string().min(1).max(255) }).strict(),
  'episodes.duplicate': z.object({ path: relPath }).strict(),
  'episodes.delete': z.object({ path: relPath }).strict(),
  'episode.read': z.object({ path: relPath }).strict(),
  'episode.save': z
    .object({ path: relPath, text: z.string().max(64 * 1024 * 1024), baseHash: z.string().nullable(), force: z.boolean().optional() })
    .strict(),
  'episode.frontMatterKeys': z.object({ path: relPath }).strict(),
  'media.list': z.object({ episode: relPath }).strict(),
  'media.import': z
    .object({ episode: relPath, fileName: z.string().min(1).max(255), dataBase64: z.string().max(64 * 1024 * 1024) })
    .strict(),
  'media.delete': z.object({ episode: relPath, name: z.string().min(1).max(4096) }).strict(),
  'media.process': z.object({ episode: relPath, name: z.string().min(1).max(4096) }).strict(),
  'listen.peaks': z.object({ file: recordingFile }).strict(),
  'listen.keepPeaks': z
    .object({
      file: recordingFile,
      peaks: z.object({ rate: z.number().positive().max(1000), duration: z.number().min(0).max(7 * 24 * 3600), data: z.string().max(16 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict()
    })
    .strict(),
  'listen.rememberRecording': z.object({ episode: relPath, path: z.string().min(1).max(4096) }).strict(),
  'listen.rememberedRecording': z.object({ episode: relPath }).strict(),
  'bundle.readTimedFile': z.object({ episode: relPath, name: z.enum(timedBundleFiles) }).strict(),
  'bundle.writeTimedFile': z
    .object({ episode: relPath, name: z.enum(timedBundleFiles), text: z.string().max(32 * 1024 * 1024), expect: z.string().max(32 * 1024 * 1024).nullable().optional() })
    .strict(),
  'speakers.get': z.object({}).strict(),
  'speakers.remember': z
    .object({ byId: z.record(z.string().min(1).max(200), z.string().max(200)).refine((r) => Object.keys(r).length <= 100, 'at most 100 speakers') })
    .strict(),
  'recovery.journal': z.object({ path: relPath, text: z.string().max(64 * 1024 * 1024), baseHash: z.string().nullable() }).strict(),
  'recovery.list': z.object({}).strict(),
  'recovery.discard': z.object({ path: relPath }).strict(),
  'settings.get': z.object({}).strict(),
  'settings.set': z
    .object({
      iframeHosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a host name such as player.example.com')).max(100).optional(),
      autosave: z.boolean().optional(),
      summaryLimit: z.number().int().min(20).max(10000).optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
      language: z.enum(['system', 'en', 'ja']).optional(),
      proseFont: z.enum(['monospace', 'proportional']).optional(),
      sidebarWidth: z.number().int().min(sidebarWidthRange.min).max(sidebarWidthRange.max).optional(),
      stampLag: z.number().min(0).max(10).optional(),
      imageMaxEdge: z.number().int().min(0).max(imageMaxEdgeLimit).optional(),
      imageFormat: z.enum(['keep', 'webp']).optional(),
      keepOriginals: z.boolean().optional(),
      titledPaste: z.boolean().optional(),
      gitFetch: z.boolean().optional()
    })
    .strict(),
  'episodes.restore': z.object({ trashedTo: relPath }).strict(),
  'site.preview': z.object({ episode: relPath }).strict(),
  'site.stopPreview': z.object({}).strict(),
  'episodes.export': z
    .object({
      /** Episodes to export (workspace-relative); empty means every episode of the workspace. */
      paths: z.array(relPath).max(100000),
      format: z.enum(['markdown', 'html', 'bundle', 'chapters']),
      figures: z.enum(['html', 'image']).optional(),
      images: z.enum(['relative', 'absolute']).optional(),
      frontMatter: z.enum(['keep', 'reduce', 'drop']).optional(),
      /** Absolute folder on disk; must be outside the site's content. */
      outDir: z.string().min(1).max(4096)
    })
    .strict(),
  'app.openExternal': z.object({ url: z.string().max(8192) }).strict(),
  'links.title': z.object({ url: z.string().min(1).max(8192) }).strict(),
  'links.check': z.object({ episode: relPath, text: z.string().max(64 * 1024 * 1024) }).strict(),
  'git.status': z.object({}).strict(),
  'git.fetch': z.object({}).strict(),
  'git.publish': z.object({ paths: z.array(relPath).min(1).max(1000), message: z.string().min(1).max(20000) }).strict(),
  'git.sync': z.object({}).strict(),
  'git.publishedText': z.object({ path: relPath }).strict(),
  'search.start': z.object({ searchId: z.string().min(1).max(100), query: searchQuery }).strict(),
  'search.replace': z
    .object({
      query: searchQuery,
      replacement: z.string().max(100000),
      /** Each episode as searched (its hash then) and the numbers of its ticked matches. */
      files: z.array(z.object({ path: relPath, hash: z.string().max(200), ticked: z.array(z.number().int().min(0)).max(100000) }).strict()).max(100000)
    })
    .strict(),
  'search.undoReplace': z.object({ replaceId: z.string().min(1).max(100) }).strict(),
  'snippets.list': z.object({}).strict(),
  'snippets.save': z.object({ name: z.string().min(1).max(64), body: z.string().min(1).max(1024 * 1024) }).strict()
} as const

export type ApiMethod = keyof typeof apiArgs
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgs)[M]>

/** Results, by method. */
export interface ApiResults {
  'workspace.open': WorkspaceInfo
  'workspace.current': WorkspaceInfo | null
  'workspace.recent': string[]
  /** The most recent folder, or the sample site when there is none or it cannot be opened (how the app starts). */
  'workspace.openLast': WorkspaceInfo
  /** The episode open when this workspace was last used, read from disk (null: none, or it is gone). */
  'workspace.lastEpisode': EpisodeFile | null
  'workspace.rememberEpisode': { ok: true }
  'episodes.list': EpisodeSummary[]
  'episodes.create': EpisodeSummary
  'episodes.rename': EpisodeSummary
  'episodes.duplicate': EpisodeSummary
  'episodes.delete': { trashedTo: string | null }
  'episode.read': EpisodeFile
  'episode.save': SaveResult
  /** Top-level front matter keys of the archetype for the episode's section (for key completion). */
  'episode.frontMatterKeys': string[]
  'media.list': MediaFile[]
  'media.import': ImportedMedia
  'media.delete': { ok: true }
  /** The image stripped of its metadata and brought within the size limit, in place (atomically). */
  'media.process': ProcessedMedia
  /** The cached waveform peaks of a recording, or null when it has none yet (or changed since). */
  'listen.peaks': StoredPeaks | null
  'listen.keepPeaks': { ok: true }
  /** Desktop only: the file chosen from outside the site, remembered for the episode and playable under `url`. */
  'listen.rememberRecording': GrantedRecording
  /** The recording remembered for the episode (desktop), or null (none, gone, or web mode). */
  'listen.rememberedRecording': GrantedRecording | null
  /** The bundle's chapters.json or transcript.vtt, or null when it has none. */
  'bundle.readTimedFile': string | null
  /** Written atomically; refused (nothing written) when `expect` is given and the file on disk is not that text. */
  'bundle.writeTimedFile': { ok: true }
  'speakers.get': SpeakerMemory
  'speakers.remember': SpeakerMemory
  'recovery.journal': { ok: true }
  'recovery.list': RecoveredBuffer[]
  'recovery.discard': { ok: true }
  'settings.get': Settings
  'settings.set': Settings
  'episodes.restore': { restoredTo: string }
  'site.preview': { siteUrl: string; pageUrl: string }
  'site.stopPreview': { stopped: boolean }
  'episodes.export': ExportSummary
  'app.openExternal': { opened: boolean }
  /** The page's title for titled paste (null: none, or the page could not be fetched). */
  'links.title': { title: string | null }
  /** The episode's web links checked (the editor's text, saved or not): link-broken and link-redirected problems. */
  'links.check': LinkCheckResult
  /** The site's branch, ahead/behind and per-episode marks; `{ repo: false }` hides the git features. */
  'git.status': GitSiteStatus
  /** A quiet fetch of the remote (the background fetch), then the status. */
  'git.fetch': GitSiteStatus
  /** Brings in what co-hosts published, commits exactly these episodes' bundles, pushes. */
  'git.publish': PublishResult
  /** Pull: brings in what co-hosts published; open episodes reload through the watcher. */
  'git.sync': SyncResult
  /** The file as the branch has it (a co-host's version after a conflict); null when it has none. */
  'git.publishedText': { text: string | null }
  /** Resolves when the search ends; the matches arrive before that as didFindInSite events. */
  'search.start': SearchSummary
  'search.replace': ReplaceSummary
  /** Files put back, and those left as they are because they changed since the replace. */
  'search.undoReplace': { restored: string[]; refused: { path: string; code: string; message: string }[] }
  /** The site's snippets (`.shownotes/snippets/*.md`), then the user's own (the data folder's `snippets/`). */
  'snippets.list': Snippet[]
  'snippets.save': Snippet
}

export const apiMethods = Object.keys(apiArgs) as ApiMethod[]

/** Events pushed from main to the UI. */
export interface ApiEvents {
  /** The episode list changed (outside edit, add, delete, rename, or our own save). */
  didChangeEpisodes: { episodes: EpisodeSummary[] }
  /** A file of the workspace changed on disk by someone else. `hash` is null when it was deleted. */
  didChangeFile: { path: string; hash: string | null }
  /** A command chosen from the desktop app's menu; the UI runs it exactly as its keyboard shortcut. */
  didRequestCommand: { command: MenuCommand }
  /** Progress of a folder export started from the app. */
  didExportProgress: { done: number; total: number }
  /** Where a publish or a pull started from the app is. */
  didGitProgress: { step: GitStep }
  /** Matches of a running site search, a few episodes at a time. */
  didFindInSite: { searchId: string; results: EpisodeMatches[] }
}
export type ApiEvent = keyof ApiEvents
export const apiEvents: ApiEvent[] = ['didChangeEpisodes', 'didChangeFile', 'didRequestCommand', 'didExportProgress', 'didGitProgress', 'didFindInSite']

/** What a call returns over either transport: never a thrown stack trace, always a value. */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: { message: string; code: string } }

/** The client object the renderer uses: `api.workspace.open({...})`, `api.on('didChangeEpisodes', cb)`. */
type Namespaces = { [M in ApiMethod as M extends `${infer N}.${string}` ? N : never]: unknown }
type VerbsOf<N extends string> = {
  [M in ApiMethod as M extends `${N}.${infer V}` ? V : never]: (args: ApiArgs<M>) => Promise<ApiResults[M]>
}
export type ShownotesApi = { [N in keyof Namespaces & string]: VerbsOf<N> } & {
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void
}
