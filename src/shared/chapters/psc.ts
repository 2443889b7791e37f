// Podlove Simple Chapters (https://podlove.org/simple-chapters/): `<psc:chapters version="1.2">` holding
// `<psc:chapter start="00:01:02.500" title="…" href="…" image="…"/>`; start is normal play time, [[hh:]mm:]ss[.mmm].
import { decodeXml, encodeXml, failure, formatClock, parseClock, type ChapterMark, type ReadResult } from './model'

const CHAPTER = /<(?:[\w-]+:)?chapter\b([^>]*?)\/?>/g
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

export function looksLikePsc(text: string): boolean {
  return /<(?:[\w-]+:)?chapters\b[^>]*(podlove\.org\/simple-chapters|version=)/.test(text) || /<psc:chapter\b/.test(text)
}

export function readPsc(text: string): ReadResult<ChapterMark[]> {
  if (!/<(?:[\w-]+:)?chapters\b/.test(text)) return failure('chapters-unreadable', 1, 'bad-xml')
  const out: ChapterMark[] = []
  for (const m of text.matchAll(CHAPTER)) {
    const line = text.slice(0, m.index).split('\n').length
    const attrs = new Map<string, string>()
    for (const a of m[1].matchAll(ATTRIBUTE)) attrs.set(a[1].toLowerCase(), decodeXml(a[2] ?? a[3]))
    const start = parseClock(attrs.get('start') ?? '')
    if (start === null) return failure('chapters-unreadable', line, 'bad-time')
    const title = (attrs.get('title') ?? '').trim()
    if (!title) return failure('chapters-unreadable', line, 'no-title')
    const chapter: ChapterMark = { start, title }
    if (attrs.get('href')) chapter.url = attrs.get('href')
    if (attrs.get('image')) chapter.image = attrs.get('image')
    out.push(chapter)
  }
  return out.length ? { ok: true, value: out } : failure('chapters-unreadable', 0, 'empty')
}

export function writePsc(chapters: readonly ChapterMark[]): string {
  const items = chapters.map((c) => {
    const extra = (c.url ? ` href="${encodeXml(c.url)}"` : '') + (c.image ? ` image="${encodeXml(c.image)}"` : '')
    return `  <psc:chapter start="${formatClock(c.start)}" title="${encodeXml(c.title)}"${extra}/>\n`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">\n${items.join('')}</psc:chapters>\n`
}
