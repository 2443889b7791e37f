// Writing chapters in each format a podcast tool or platform reads. REAPER is read only: REAPER imports markers
// from its own project, not from a CSV, so there is nothing to write for it.
import { writeAudacityLabels } from './audacity'
import type { ChapterFormat, ChapterMark } from './model'
import { writeMp4chaps } from './mp4chaps'
import { writePodcastJson } from './podcast-json'
import { writePsc } from './psc'
import { writeVttChapters } from './vtt-chapters'
import { writeYoutubeList } from './youtube'

export type WritableChapterFormat = Exclude<ChapterFormat, 'reaper'>

export const writableChapterFormats: readonly WritableChapterFormat[] = ['json', 'psc', 'mp4chaps', 'youtube', 'vtt', 'audacity']

export interface WriteOptions {
  /** The episode's title, for the JSON document. */
  title?: string
  /** The recording's length in seconds, to end the last WebVTT chapter. */
  duration?: number
}

export function writeChapters(format: WritableChapterFormat, chapters: readonly ChapterMark[], options: WriteOptions = {}): string {
  switch (format) {
    case 'json': return writePodcastJson(chapters, options)
    case 'psc': return writePsc(chapters)
    case 'mp4chaps': return writeMp4chaps(chapters)
    case 'youtube': return writeYoutubeList(chapters)
    case 'vtt': return writeVttChapters(chapters, options)
    case 'audacity': return writeAudacityLabels(chapters)
  }
}

/** The usual file name for each format, for downloads and the bundle. */
export const chapterFileNames: Record<WritableChapterFormat, string> = {
  json: 'chapters.json',
  psc: 'chapters.psc',
  mp4chaps: 'chapters.txt',
  youtube: 'chapters-youtube.txt',
  vtt: 'chapters.vtt',
  audacity: 'labels.txt'
}
