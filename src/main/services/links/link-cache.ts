// Link check results kept for a day in the data folder (`link-cache.json`), so checking an unchanged episode again
// sends nothing. Unchecked links are never kept; the oldest entries go first past the size limit.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { LinkResult } from '../../../shared/links/link-result'
import { writeFileAtomic } from '../atomic-write'

export const LINK_CACHE_TTL_MS = 24 * 3600 * 1000
const LIMIT = 20_000

interface Entry {
  at: number
  result: LinkResult
}

export class LinkCache {
  private entries: Map<string, Entry> | null = null

  constructor(
    private readonly dataDir: string,
    private readonly now: () => number = Date.now
  ) {}

  private get file(): string {
    return join(this.dataDir, 'link-cache.json')
  }

  private async load(): Promise<Map<string, Entry>> {
    if (this.entries) return this.entries
    const raw = await readFile(this.file, 'utf8').then((t) => JSON.parse(t) as unknown, () => null)
    const list = raw && typeof raw === 'object' && (raw as { version?: unknown }).version === 1 ? (raw as { entries?: unknown }).entries : null
    this.entries = new Map(list && typeof list === 'object' ? (Object.entries(list) as [string, Entry][]).filter(([, e]) => typeof e?.at === 'number' && e.result && typeof e.result.kind === 'string') : [])
    return this.entries
  }

  /** The kept result of `url` when it is less than a day old. */
  async get(url: string): Promise<LinkResult | null> {
    const e = (await this.load()).get(url)
    return e && this.now() - e.at < LINK_CACHE_TTL_MS ? e.result : null
  }

  /** Keeps `results` (unchecked ones left out) and writes the file. */
  async put(results: ReadonlyMap<string, LinkResult>): Promise<void> {
    const entries = await this.load()
    const at = this.now()
    for (const [url, result] of results) {
      if (result.kind === 'unchecked') continue
      entries.delete(url)
      entries.set(url, { at, result })
    }
    for (const [url, e] of entries) if (at - e.at >= LINK_CACHE_TTL_MS) entries.delete(url)
    const kept = [...entries].slice(-LIMIT)
    this.entries = new Map(kept)
    await mkdir(this.dataDir, { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, entries: Object.fromEntries(kept) }) + '\n')
  }
}
