// Chapter marks written in the notes: lines (list items, headings, paragraphs) that start with a timestamp,
// `00:12:34 Topic`, `12:34 – Topic`, `[01:02:03] Topic`, `## 00:05 Intro`, or a timestamp link `[12:34](…) Topic`.
import { findCode } from '../checks/body-refs'
import { splitDocument } from '../document'
import type { ChapterMark } from './model'

export interface Chapter {
  /** Seconds from the start of the episode. */
  start: number
  /** The timestamp as written. */
  written: string
  /** The topic as plain text (Markdown links, emphasis and code marks removed). */
  title: string
  /** The first link of the line, when it has one (not the timestamp's own link). */
  url?: string
  /** 1-based line in the whole document. */
  line: number
}

// What every timestamp holds (`1:23`, `01:02:03`).
const STAMP_HINT = /\d:\d\d/
const PREFIX = /^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?/
const STAMP = /^(?:\[(\d{1,2}(?::\d{2}){1,2})\]\(([^)\s]*)\)|[([]?(\d{1,2}(?::\d{2}){1,2})[)\]]?)(?=[\s\-–—:|]|$)(?![ \t]*[AaPp]\.?[Mm]\b)[ \t]*(?:[-–—:|][ \t]*)?(.*)$/

/** Chapters in document order; code blocks are skipped. */
export function findChapters(text: string): Chapter[] {
  const { bodyFrom } = splitDocument(text)
  const body = text.slice(bodyFrom)
  const out: Chapter[] = []
  // Only a line holding a timestamp can be a chapter: most lines (and most documents) are passed over at once.
  if (!STAMP_HINT.test(body)) return out
  let code: { from: number; to: number }[] | null = null
  let line = text.slice(0, bodyFrom).split('\n').length
  let at = 0
  for (const raw of body.split('\n')) {
    const from = at
    at += raw.length + 1
    line++
    if (!STAMP_HINT.test(raw)) continue
    code ??= findCode(body)
    if (code.some((c) => c.from <= from && from < c.to)) continue
    const rest = raw.replace(/\r$/, '').replace(PREFIX, '').replace(/^(\*\*|__)(.+?)\1/, '$2')
    const m = STAMP.exec(rest)
    if (!m) continue
    const written = m[1] ?? m[3]
    const start = seconds(written)
    const title = plainText(m[4])
    if (start === null || !title) continue
    const chapter: Chapter = { start, written, title, line: line - 1 }
    const link = /\[[^\]]*\]\((https?:\/\/[^)\s]+)/.exec(m[4]) ?? /<(https?:\/\/[^>\s]+)>/.exec(m[4])
    if (link) chapter.url = link[1]
    out.push(chapter)
  }
  return out
}

/** `1:02:03` → 3723; minutes and seconds must be below 60. */
export function seconds(stamp: string): number | null {
  const parts = stamp.split(':').map(Number)
  if (parts.some((p) => !Number.isInteger(p))) return null
  const [h, m, s] = parts.length === 3 ? parts : [0, parts[0], parts[1]]
  if (m >= 60 || s >= 60 || (parts.length === 3 && parts[1] >= 60)) return null
  return h * 3600 + m * 60 + s
}

/** Seconds as `H:MM:SS` (or `MM:SS` under an hour, when `long` is false). */
export function formatStamp(total: number, long: boolean): string {
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return long ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`
}

/** Markdown as the reader sees it; a backslash-escaped mark (`\\*`) stays a literal character, not emphasis. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|~~|`)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_]+)[*_](?=$|[^\w*])/g, '$1$2')
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\ue021-\ue07e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .trim()
}

/** The notes' chapters in the model every chapter format writes (the line and the stamp as written dropped). */
export function chapterMarksOf(text: string): ChapterMark[] {
  return findChapters(text).map((c) => ({ start: c.start, title: c.title, ...(c.url ? { url: c.url } : {}) }))
}
