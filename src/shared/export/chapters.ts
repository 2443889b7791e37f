// `chapters` export: the timestamps written in the notes as Podcasting 2.0 chapters JSON and as a YouTube chapter
// list, with the reasons YouTube would ignore the list (it needs 0:00 first, three chapters, ten seconds each).
import { findChapters, formatStamp, type Chapter } from '../chapters/find'

export interface ChaptersExport {
  chapters: Chapter[]
  /** Podcasting 2.0 JSON chapters (`application/json+chapters`), as text. */
  json: string
  /** `00:00 Intro` lines for a YouTube description. */
  youtube: string
  warnings: string[]
}

export function exportChapters(text: string, options: { title?: string } = {}): ChaptersExport {
  const chapters = findChapters(text)
  const warnings: string[] = []
  if (!chapters.length) warnings.push('No chapters found: write lines that start with a timestamp, like "00:12:34 Topic".')
  for (let i = 1; i < chapters.length; i++) {
    if (chapters[i].start <= chapters[i - 1].start) warnings.push(`Line ${chapters[i].line}: ${chapters[i].written} does not come after ${chapters[i - 1].written}; chapters must be in time order.`)
  }
  const doc = {
    version: '1.2.0',
    ...(options.title ? { title: options.title } : {}),
    chapters: chapters.map((c) => ({ startTime: c.start, title: c.title, ...(c.url ? { url: c.url } : {}) }))
  }
  const long = chapters.some((c) => c.start >= 3600)
  const lines = chapters.map((c) => `${formatStamp(c.start, long)} ${c.title}`)
  if (chapters.length) {
    if (chapters[0].start !== 0) warnings.push(`YouTube needs the first chapter at 0:00; the list starts at ${chapters[0].written}.`)
    if (chapters.length < 3) warnings.push(`YouTube needs at least 3 chapters; there ${chapters.length === 1 ? 'is 1' : `are ${chapters.length}`}.`)
    for (let i = 1; i < chapters.length; i++) {
      const length = chapters[i].start - chapters[i - 1].start
      if (length >= 0 && length < 10) warnings.push(`YouTube needs chapters of at least 10 seconds; "${chapters[i - 1].title}" lasts ${length}.`)
    }
  }
  return { chapters, json: JSON.stringify(doc, null, 2) + '\n', youtube: lines.length ? lines.join('\n') + '\n' : '', warnings }
}
