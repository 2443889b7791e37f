// What the episode list shows of each episode (a row), and the compact form the page's startup data carries them
// in: one array per episode in a fixed column order, without the summaries and counts the list never shows, so a
// 5,000-episode site's index.html stays small.
import type { EpisodeStatus, EpisodeSummary } from './api'

/** The fields the episode list, its filter and the episode menu read. */
export type EpisodeRow = Pick<EpisodeSummary, 'path' | 'bundle' | 'title' | 'number' | 'date' | 'status' | 'problems' | 'tags'>

/** [path, title, number, date, status, problems, tags, bundle (1 or 0)] */
export type PackedRow = [string, string, number | null, string | null, EpisodeStatus, number, string[], 0 | 1]

const statuses: readonly string[] = ['draft', 'scheduled', 'published', 'expired'] satisfies EpisodeStatus[]

/** The row's own fields of a summary (a summary carries more than the list needs). */
export function toRow(e: EpisodeRow): EpisodeRow {
  return { path: e.path, bundle: e.bundle, title: e.title, number: e.number, date: e.date, status: e.status, problems: e.problems, tags: e.tags }
}

export function packRows(rows: readonly EpisodeRow[]): PackedRow[] {
  return rows.map((e) => [e.path, e.title, e.number, e.date, e.status, e.problems, e.tags, e.bundle ? 1 : 0])
}

const isRow = (r: unknown): r is PackedRow =>
  Array.isArray(r) &&
  r.length === 8 &&
  typeof r[0] === 'string' &&
  typeof r[1] === 'string' &&
  (r[2] === null || typeof r[2] === 'number') &&
  (r[3] === null || typeof r[3] === 'string') &&
  statuses.includes(r[4] as string) &&
  typeof r[5] === 'number' &&
  Array.isArray(r[6]) &&
  (r[6] as unknown[]).every((t) => typeof t === 'string')

/** The rows `packRows` packed; null when `packed` is not what it wrote (the window then asks for the list). */
export function unpackRows(packed: unknown): EpisodeRow[] | null {
  if (!Array.isArray(packed) || !packed.every(isRow)) return null
  return packed.map(([path, title, number, date, status, problems, tags, bundle]) => ({ path, bundle: bundle === 1, title, number, date, status, problems, tags }))
}

/** True when both lists show the same rows in the same order (a re-read list that changed nothing visible). */
export function sameRows(a: readonly EpisodeRow[], b: readonly EpisodeRow[]): boolean {
  return a.length === b.length && JSON.stringify(packRows(a)) === JSON.stringify(packRows(b))
}
