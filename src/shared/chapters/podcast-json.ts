// Podcasting 2.0 JSON chapters (`application/json+chapters`, podcastindex-org/podcast-namespace chapters.md):
// `{ "version": "1.2.0", "chapters": [{ "startTime": 12.5, "title": "…", "url": "…", "img": "…" }] }`.
import { failure, roundMs, type ChapterMark, type ReadResult } from './model'

export function readPodcastJson(text: string): ReadResult<ChapterMark[]> {
  let doc: unknown
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return failure('chapters-unreadable', 0, 'bad-json')
  }
  const list = (doc as { chapters?: unknown } | null)?.chapters
  if (!Array.isArray(list)) return failure('chapters-unreadable', 0, 'bad-shape')
  const out: ChapterMark[] = []
  for (const [i, item] of list.entries()) {
    // The line is looked for only when an item is wrong: finding it for every item would take quadratic time.
    const c = (item ?? {}) as Record<string, unknown>
    if (typeof c.startTime !== 'number' || !Number.isFinite(c.startTime) || c.startTime < 0) return failure('chapters-unreadable', lineOfItem(text, i), 'bad-time')
    const title = typeof c.title === 'string' ? c.title.trim() : ''
    if (!title) {
      if (c.toc === false) continue
      return failure('chapters-unreadable', lineOfItem(text, i), 'no-title')
    }
    const chapter: ChapterMark = { start: roundMs(c.startTime), title }
    if (typeof c.url === 'string' && c.url) chapter.url = c.url
    if (typeof c.img === 'string' && c.img) chapter.image = c.img
    out.push(chapter)
  }
  return out.length ? { ok: true, value: out } : failure('chapters-unreadable', 0, 'empty')
}

export function writePodcastJson(chapters: readonly ChapterMark[], options: { title?: string } = {}): string {
  const doc = {
    version: '1.2.0',
    ...(options.title ? { title: options.title } : {}),
    chapters: chapters.map((c) => ({ startTime: c.start, title: c.title, ...(c.url ? { url: c.url } : {}), ...(c.image ? { img: c.image } : {}) }))
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

/** The line of the i-th `"startTime"` key: close enough to point a host at the chapter that is wrong. */
function lineOfItem(text: string, index: number): number {
  let at = -1
  for (let i = 0; i <= index; i++) {
    at = text.indexOf('"startTime"', at + 1)
    if (at < 0) return 0
  }
  return text.slice(0, at).split('\n').length
}
