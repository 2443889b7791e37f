// What the episode list shows for one file, read from its text: title, number, dates, tags, counts.
// The status is not stored: it depends on the clock, so it is worked out from the kept date fields on each listing.
import type { EpisodeStatus, EpisodeSummary } from '../../shared/api'
import { episodeNumber } from '../../shared/episode-number'
import { resolveEpisodeDates, statusFromDates, type EpisodeDates } from '../../shared/episode-status'
import { countWords } from '../../shared/word-count'
import { readEpisodeText } from './front-matter-reader'
import type { EpisodeCandidate } from './episode-scan'

/** The part of a summary that depends only on the file's text (cached by path, mtime and size). */
export interface EpisodeRecord {
  title: string | null
  number: number | null
  /** Front matter fields that decide the status (draft and the date keys Hugo reads), as written. */
  statusFields: Record<string, unknown>
  summary: string | null
  tags: string[]
  figures: number
  words: number
  problems: number
}

const STATUS_KEYS = new Set(['draft', 'published', 'date', 'publishdate', 'pubdate', 'lastmod', 'modified', 'expirydate', 'unpublishdate'])

export function readRecord(text: string): EpisodeRecord {
  const { data, body, problems } = readEpisodeText(text)
  const field = (name: string): unknown => data[Object.keys(data).find((k) => k.toLowerCase() === name) ?? name]
  const rawTitle = field('title')
  const title = typeof rawTitle === 'string' ? rawTitle : typeof rawTitle === 'number' ? String(rawTitle) : null
  const statusFields = Object.fromEntries(Object.entries(data).filter(([k, v]) => STATUS_KEYS.has(k.toLowerCase()) && isPlain(v)))
  const summary = field('summary')
  const tags = field('tags')
  return {
    title,
    number: episodeNumber(title, data),
    statusFields,
    summary: typeof summary === 'string' ? summary : null,
    tags: Array.isArray(tags) ? tags.filter((t) => typeof t === 'string' || typeof t === 'number').map(String) : typeof tags === 'string' && tags ? [tags] : [],
    figures: countFigures(body),
    words: countWords(body),
    problems
  }
}

function isPlain(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v)
}

// Figures a reader sees: `figure` shortcodes (escaped ones, written with `/*`, are text) and Markdown images.
function countFigures(body: string): number {
  const shortcodes = body.match(/\{\{[<%]\s*figure\b/g)?.length ?? 0
  const images = body.match(/!\[[^\]\n]*\]\([^)\n]*\)/g)?.length ?? 0
  return shortcodes + images
}

/** The list entry for a file at `now`, with Hugo's status in the site's time zone. */
export function toSummary(c: EpisodeCandidate, r: EpisodeRecord, now: Date, timeZone: string | undefined): EpisodeSummary & { sortTime: number; nextChange: number } {
  const dates = datesOf(r, timeZone)
  const status: EpisodeStatus = statusFromDates(dates, now)
  const explicitPublish = Object.keys(r.statusFields).some((k) => ['publishdate', 'pubdate', 'published'].includes(k.toLowerCase()))
  return {
    path: c.path,
    section: c.section,
    bundle: c.bundle,
    title: r.title ?? fallbackTitle(c.path, c.bundle),
    number: r.number,
    date: dates.written.date,
    publishDate: explicitPublish && dates.publishDate ? dates.written.publishDate : null,
    expiryDate: dates.written.expiryDate,
    status,
    summary: r.summary,
    tags: r.tags,
    figures: r.figures,
    media: c.media,
    words: r.words,
    problems: r.problems,
    sortTime: (dates.publishDate ?? dates.date)?.getTime() ?? Number.NEGATIVE_INFINITY,
    // When this episode's status next changes with no edit (scheduled → published, published → expired).
    nextChange: [dates.publishDate, dates.expiryDate].reduce((a, d) => (d && d.getTime() > now.getTime() ? Math.min(a, d.getTime()) : a), Infinity)
  }
}

// A record's dates depend on its text and the site's time zone only: read once, not on every listing (parsing the
// dates of 5,000 episodes took most of a warm list's time).
const knownDates = new WeakMap<EpisodeRecord, { timeZone: string | undefined; dates: EpisodeDates }>()

function datesOf(r: EpisodeRecord, timeZone: string | undefined): EpisodeDates {
  const known = knownDates.get(r)
  if (known && known.timeZone === timeZone) return known.dates
  const dates = resolveEpisodeDates(r.statusFields, timeZone)
  knownDates.set(r, { timeZone, dates })
  return dates
}

function fallbackTitle(path: string, bundle: boolean): string {
  const parts = path.split('/')
  return bundle && parts.length > 1 ? parts[parts.length - 2] : parts[parts.length - 1].replace(/\.(md|markdown)$/i, '')
}

/** Newest first (publish date, else date); undated last; then by path. */
export function compareSummaries(a: { sortTime: number; path: string }, b: { sortTime: number; path: string }): number {
  return b.sortTime - a.sortTime || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
}
