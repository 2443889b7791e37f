// The chapter model shared by every chapter file format: a start in seconds (milliseconds kept), a title, and the
// optional link and image some formats carry. Readers report a line and a reason code, never an English sentence.

export interface ChapterMark {
  /** Seconds from the start of the recording; fractions to the millisecond are kept. */
  start: number
  title: string
  url?: string
  image?: string
}

export type ChapterFormat = 'json' | 'psc' | 'mp4chaps' | 'vtt' | 'audacity' | 'youtube' | 'reaper'

export const chapterFormats: readonly ChapterFormat[] = ['json', 'psc', 'mp4chaps', 'vtt', 'audacity', 'youtube', 'reaper']

/** Why a chapter or transcript file could not be read. */
export type TimedFileReason =
  | 'unknown-format'
  | 'empty'
  | 'bad-time'
  | 'no-title'
  | 'bad-json'
  | 'bad-shape'
  | 'bad-xml'
  | 'end-before-start'
  | 'no-header'

export interface TimedFileError {
  code: 'chapters-unreadable' | 'transcript-unreadable'
  /** 1-based line of the input where reading stopped (0 when the problem is the file as a whole). */
  line: number
  reason: TimedFileReason
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: TimedFileError }

/** `01:02:03.500`, `1:02:03,5`, `02:03`, `2:03.25` or plain seconds `123.5` → seconds; null when it is none of these. */
export function parseClock(text: string): number | null {
  const m = /^\s*(?:(\d+):)?(?:(\d+):)?(\d+)(?:[.,](\d{1,9}))?\s*$/.exec(text)
  if (!m) return null
  const [, a, b, s, frac] = m
  const hours = b !== undefined ? Number(a) : 0
  const minutes = b !== undefined ? Number(b) : a !== undefined ? Number(a) : 0
  const secs = Number(s)
  if ((a !== undefined && secs >= 60) || ((b !== undefined) && minutes >= 60)) return null
  const fraction = frac ? Number(`0.${frac}`) : 0
  return roundMs(hours * 3600 + minutes * 60 + secs + fraction)
}

/** Seconds → `HH:MM:SS.mmm` (`sep` `,` gives SRT's form). */
export function formatClock(total: number, sep: '.' | ',' = '.'): string {
  const ms = Math.round(Math.max(0, total) * 1000)
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${String(ms % 1000).padStart(3, '0')}`
}

export function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** Lines without their ending, a BOM at the start dropped: CRLF, CR and LF all end a line. */
export function textLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
}

export function failure(code: TimedFileError['code'], line: number, reason: TimedFileReason): { ok: false; error: TimedFileError } {
  return { ok: false, error: { code, line, reason } }
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML text with its five named entities and numeric references decoded (invalid code points become U+FFFD). */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return xmlEntities[name.toLowerCase()] ?? whole
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    return valid ? String.fromCodePoint(code) : '\uFFFD'
  })
}

export function encodeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${Object.entries(xmlEntities).find(([, v]) => v === c)![0]};`)
}

/** The blocks of lines that blank lines separate (SRT and WebVTT cues), each with its first line's 0-based index. */
export function lineBlocks(lines: readonly string[], from = 0): Array<{ at: number; lines: string[] }> {
  const blocks: Array<{ at: number; lines: string[] }> = []
  for (let i = from; i < lines.length; ) {
    while (i < lines.length && !lines[i].trim()) i++
    if (i >= lines.length) break
    const block = { at: i, lines: [] as string[] }
    while (i < lines.length && lines[i].trim()) block.lines.push(lines[i++])
    blocks.push(block)
  }
  return blocks
}
