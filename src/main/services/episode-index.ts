// The workspace's episode index: every episode file with its record, kept up to date by full rescans (cheap
// thanks to the mtime/size cache) or, while the watcher runs, by updating just the files it reports.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { countBundleMedia, isMarkdownName, isMediaName, scanEpisodes, TIME_SLICE_MS, yieldToEventLoop, type BundleMemo, type EpisodeCandidate } from './episode-scan'
import { readRecord, type EpisodeRecord } from './episode-summary'
import { decodeText } from './file-text'
import type { IndexCache } from './index-cache'
import type { SiteConfig } from './site-config'
import type { WatchEvent } from './watcher'

export type IndexEntry = { candidate: EpisodeCandidate; record: EpisodeRecord }

const UNREADABLE: EpisodeRecord = { title: null, number: null, statusFields: {}, summary: null, tags: [], figures: 0, words: 0, problems: 1 }

export class EpisodeIndex {
  private snapshot = new Map<string, IndexEntry>()
  private bundleDirs = new Set<string>()
  private bundleMemo: BundleMemo | undefined
  private dirty = true
  private refreshing: Promise<void> | null = null
  private refreshAgain = false
  private readonly changedFiles = new Set<string>()
  private readonly changedBundles = new Set<string>()
  /** True while a watcher reports every change: the index is then trusted between reports. */
  watching = false

  constructor(
    private readonly root: string,
    private readonly site: SiteConfig,
    private readonly cache: IndexCache
  ) {}

  /** Everything may have changed: the next read rescans the folders. */
  invalidate(): void {
    this.dirty = true
    if (this.refreshing) this.refreshAgain = true
  }

  /** A change the watcher saw (or one of our own saves): updates only what it touches when that is enough. */
  noteChange(event: WatchEvent, rel: string): void {
    if (this.dirty) return
    if (event === 'change' && this.snapshot.has(rel)) this.changedFiles.add(rel)
    else if (isMarkdownName(rel)) {
      if (event !== 'change') this.invalidate() // an episode or a bundle's index came or went
    } else if (event === 'addDir' || event === 'unlinkDir') this.invalidate()
    else if (event !== 'change' && isMediaName(rel.slice(rel.lastIndexOf('/') + 1))) {
      const bundle = this.bundleOf(rel)
      if (bundle !== null) this.changedBundles.add(bundle)
    }
  }

  private bundleOf(rel: string): string | null {
    for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) {
      if (this.bundleDirs.has(rel.slice(0, i))) return rel.slice(0, i)
    }
    return null
  }

  /** The index, up to date. */
  async entries(): Promise<IndexEntry[]> {
    if (!this.dirty && this.watching && (this.changedFiles.size || this.changedBundles.size)) this.applyChanges()
    if (this.dirty || !this.watching) await this.refresh()
    return [...this.snapshot.values()]
  }

  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true
      return this.refreshing
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false
        this.dirty = false
        this.changedFiles.clear()
        this.changedBundles.clear()
        await this.scan()
      } while (this.refreshAgain)
    })().finally(() => (this.refreshing = null))
    return this.refreshing
  }

  private async scan(): Promise<void> {
    const candidates = await scanEpisodes(this.root, this.site.contentDirs, !this.site.isHugoSite, this.bundleMemo)
    this.bundleMemo ??= new Map() // remembered from the second scan on: a cold open pays nothing for it
    const next = new Map<string, IndexEntry>()
    let slice = performance.now()
    for (const c of candidates) {
      const record = this.cache.get(c.path, c.mtimeMs, c.size) ?? this.read(c)
      if (record) next.set(c.path, { candidate: c, record })
      if (performance.now() - slice > TIME_SLICE_MS) {
        await yieldToEventLoop()
        slice = performance.now()
      }
    }
    this.cache.keepOnly(new Set(next.keys()))
    this.snapshot = next
    this.bundleDirs = new Set([...next.values()].filter((e) => e.candidate.bundle).map((e) => e.candidate.path.slice(0, e.candidate.path.lastIndexOf('/'))))
    void this.cache.persist()
  }

  /** Reads and records one file (null when it is gone). Sync, like the scan: see scanEpisodes. */
  private read(c: EpisodeCandidate): EpisodeRecord | null {
    let bytes: Buffer
    try {
      bytes = readFileSync(join(this.root, c.path))
    } catch {
      return null
    }
    let record: EpisodeRecord
    try {
      record = readRecord(decodeText(bytes, c.path))
    } catch {
      record = UNREADABLE
    }
    this.cache.set(c.path, c.mtimeMs, c.size, record)
    return record
  }

  private applyChanges(): void {
    for (const path of this.changedFiles) {
      const entry = this.snapshot.get(path)
      const info = statSync(join(this.root, path), { throwIfNoEntry: false })
      if (!entry || !info) return this.invalidate()
      const candidate = { ...entry.candidate, mtimeMs: info.mtimeMs, size: info.size }
      const record = this.cache.get(path, info.mtimeMs, info.size) ?? this.read(candidate)
      if (!record) return this.invalidate()
      this.snapshot.set(path, { candidate, record })
    }
    this.changedFiles.clear()
    for (const dir of this.changedBundles) {
      const entry = this.snapshot.get(`${dir}/index.md`) ?? this.snapshot.get(`${dir}/index.markdown`)
      if (entry) this.snapshot.set(entry.candidate.path, { ...entry, candidate: { ...entry.candidate, media: countBundleMedia(join(this.root, dir)) } })
    }
    this.changedBundles.clear()
    void this.cache.persist()
  }
}
