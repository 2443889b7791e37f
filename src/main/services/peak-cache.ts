// Waveform peaks of recordings kept in the data folder (`peaks/`), one small JSON file per recording, named by a
// hash of its cache key (name, size and modification time): a recording changed in place is simply a new entry.
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { peakCacheKey, type RecordingFileFacts } from '../../shared/listen/peak-cache-key'
import type { StoredPeaks } from '../../shared/listen/peaks-codec'
import { writeFileAtomic } from './atomic-write'

const stored = z.object({ key: z.string(), rate: z.number().positive(), duration: z.number().min(0), data: z.string() })

export class PeakCache {
  constructor(private readonly dataDir: string) {}

  /** The facts of a file on disk, for a recording of a bundle. */
  static async factsOf(absPath: string, name: string): Promise<RecordingFileFacts> {
    const info = await stat(absPath)
    return { name, size: info.size, mtime: info.mtimeMs }
  }

  async get(file: RecordingFileFacts): Promise<StoredPeaks | null> {
    const key = peakCacheKey(file)
    try {
      const parsed = stored.safeParse(JSON.parse(await readFile(this.fileOf(key), 'utf8')))
      // A hash collision or a hand-edited file is a miss, never someone else's waveform.
      if (!parsed.success || parsed.data.key !== key) return null
      return { rate: parsed.data.rate, duration: parsed.data.duration, data: parsed.data.data }
    } catch {
      return null
    }
  }

  async put(file: RecordingFileFacts, peaks: StoredPeaks): Promise<void> {
    const key = peakCacheKey(file)
    await mkdir(join(this.dataDir, 'peaks'), { recursive: true })
    await writeFileAtomic(this.fileOf(key), JSON.stringify({ key, ...peaks }))
  }

  private fileOf(key: string): string {
    return join(this.dataDir, 'peaks', createHash('sha256').update(key).digest('hex').slice(0, 40) + '.json')
  }
}
