// Reading a chapter file of any supported tool, recognised by its content: Podcasting 2.0 JSON, Podlove Simple
// Chapters, WebVTT chapters, REAPER's marker CSV, Audacity labels, mp4chaps text (each known by its first line),
// else a YouTube-style list.
import { readAudacityLabels } from './audacity'
import { failure, textLines, type ChapterFormat, type ChapterMark, type ReadResult } from './model'
import { readMp4chaps } from './mp4chaps'
import { readPodcastJson } from './podcast-json'
import { looksLikePsc, readPsc } from './psc'
import { looksLikeReaper, readReaperCsv } from './reaper'
import { readVttChapters } from './vtt-chapters'
import { readYoutubeList } from './youtube'

export function detectChapterFormat(text: string): ChapterFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart()
  if (!head) return null
  if (head.startsWith('{')) return 'json'
  if (head.startsWith('WEBVTT')) return 'vtt'
  if (head.startsWith('<') && looksLikePsc(head)) return 'psc'
  if (looksLikeReaper(head)) return 'reaper'
  const first = textLines(head).find((l) => l.trim() && !l.trim().startsWith('#')) ?? ''
  if (/^-?\d+(?:[.,]\d+)?\t-?\d+(?:[.,]\d+)?(\t|$)/.test(first)) return 'audacity'
  if (/^\s*CHAPTER\d+\s*=/i.test(first) || /^\s*\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,9}\s/.test(first)) return 'mp4chaps'
  if (textLines(head).some((l) => /^\s*(?:[-*+]\s+)?[([]?\d{1,2}:\d{2}/.test(l))) return 'youtube'
  return null
}

export function readChapterFile(text: string): ReadResult<{ format: ChapterFormat; chapters: ChapterMark[] }> {
  const format = detectChapterFormat(text)
  if (!format) return failure('chapters-unreadable', 1, 'unknown-format')
  const read = readers[format](text)
  return read.ok ? { ok: true, value: { format, chapters: read.value } } : read
}

const readers: Record<ChapterFormat, (text: string) => ReadResult<ChapterMark[]>> = {
  json: readPodcastJson,
  psc: readPsc,
  mp4chaps: readMp4chaps,
  vtt: readVttChapters,
  audacity: readAudacityLabels,
  youtube: readYoutubeList,
  reaper: readReaperCsv
}
