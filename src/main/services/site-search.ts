// Searches every episode of a folder and hands the matches over a few episodes at a time as they are found, so the
// first results show while the rest are still read. The app runs it on the search worker (search-runner.ts), the
// CLI in its own thread; never the window's.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { EpisodeMatches, EpisodeSummary } from '../../shared/api'
import { compileQuery, matchesIn, type SearchQuery } from '../../shared/search'
import { decodeText, hashBytes } from './file-text'

/** More matches than anyone reads: the search stops there and says so. */
export const MATCH_LIMIT = 10_000
const BATCH_MS = 40
const READ_AHEAD = 8

export interface SearchRun {
  episodes: number
  matches: number
  truncated: boolean
  complete: boolean
}

/**
 * Searches `episodes` (the workspace's list) under `root` in list order. `onResults` gets each batch; `stopped`
 * is asked between files (a newer search took over). A bad pattern throws a UserError before anything is read.
 */
export async function searchEpisodes(
  root: string,
  episodes: EpisodeSummary[],
  query: SearchQuery,
  onResults: (results: EpisodeMatches[]) => void,
  stopped: () => boolean = () => false
): Promise<SearchRun> {
  const re = compileQuery(query)
  const wanted = query.statuses?.length ? episodes.filter((e) => query.statuses?.includes(e.status)) : episodes
  const run: SearchRun = { episodes: 0, matches: 0, truncated: false, complete: false }
  let batch: EpisodeMatches[] = []
  let lastFlush = performance.now()
  const flush = () => {
    if (batch.length) onResults(batch)
    batch = []
    lastFlush = performance.now()
  }
  // A few reads ahead of the one being matched, so the disk and the matching overlap.
  const reads = wanted.map(() => null as Promise<Buffer | null> | null)
  const read = (i: number) => (reads[i] ??= readFile(join(root, wanted[i].path)).catch(() => null))
  for (let i = 0; i < wanted.length; i++) {
    if (stopped()) return run
    for (let k = i; k < Math.min(wanted.length, i + READ_AHEAD); k++) void read(k)
    const bytes = await read(i)
    reads[i] = null
    if (!bytes) continue
    let text: string
    try {
      text = decodeText(bytes, wanted[i].path)
    } catch {
      continue // not text we can read: nothing to find in it
    }
    const matches = matchesIn(text, query, re)
    if (matches.length) {
      const room = MATCH_LIMIT - run.matches
      const kept = matches.length > room ? matches.slice(0, room) : matches
      const e = wanted[i]
      batch.push({ path: e.path, title: e.title, status: e.status, hash: hashBytes(bytes), matches: kept })
      run.episodes++
      run.matches += kept.length
      // The first episode found goes out at once; then a batch every few frames.
      if (run.episodes === 1 || performance.now() - lastFlush >= BATCH_MS) flush()
      if (kept.length < matches.length) {
        run.truncated = true
        break
      }
    }
  }
  flush()
  run.complete = true
  return run
}
