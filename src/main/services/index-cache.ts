// The episode index kept between runs, per workspace, in the app's data folder: each file's record with the
// mtime and size it was read at, so reopening a large site reads only what changed.
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import type { EpisodeRecord } from './episode-summary'

export interface CachedRecord {
  mtimeMs: number
  size: number
  record: EpisodeRecord
}

// Bump when EpisodeRecord or the way it is computed changes, so old caches are ignored.
const VERSION = 3

export class IndexCache {
  readonly entries = new Map<string, CachedRecord>()
  private readonly file: string
  private dirty = false
  private writing: Promise<void> = Promise.resolve()

  constructor(dataDir: string, root: string) {
    this.file = join(dataDir, 'index', createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16) + '.json')
  }

  async load(): Promise<void> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as { version?: number; entries?: Record<string, CachedRecord> }
      if (data.version !== VERSION || !data.entries) return
      for (const [path, entry] of Object.entries(data.entries)) this.entries.set(path, entry)
    } catch {
      // No cache yet, or an unreadable one: the index is simply rebuilt.
    }
  }

  get(path: string, mtimeMs: number, size: number): EpisodeRecord | null {
    const e = this.entries.get(path)
    return e && e.mtimeMs === mtimeMs && e.size === size ? e.record : null
  }

  set(path: string, mtimeMs: number, size: number, record: EpisodeRecord): void {
    this.entries.set(path, { mtimeMs, size, record })
    this.dirty = true
  }

  /** Forgets files that are gone. */
  keepOnly(paths: Set<string>): void {
    for (const path of this.entries.keys()) {
      if (!paths.has(path)) {
        this.entries.delete(path)
        this.dirty = true
      }
    }
  }

  /** Writes the cache when it changed; failures only cost speed next time, so they are ignored. */
  persist(): Promise<void> {
    if (!this.dirty) return this.writing
    this.dirty = false
    const json = JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) })
    this.writing = this.writing
      .then(async () => {
        await mkdir(join(this.file, '..'), { recursive: true })
        await writeFileAtomic(this.file, json)
      })
      .catch(() => {})
    return this.writing
  }
}
