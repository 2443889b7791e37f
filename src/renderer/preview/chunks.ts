// Cuts an episode's body into chunks that render the same alone as inside the whole page: a chunk ends at a blank
// line only where no fence, HTML comment, raw block, paired shortcode or list continues. The preview re-renders
// only the chunks a change touched and rescans only until the new cuts meet the old ones again.
import type { ChangeSet, Text } from '@codemirror/state'

export interface Chunk {
  /** Editor positions: chunks tile the body, `to` is the next chunk's `from`. */
  from: number
  to: number
  /** The chunk's text with "\n" line breaks: also its cache key. */
  text: string
}

export interface ChunkOptions {
  /** Shortcodes that take inner content (their pairs must stay in one chunk). */
  pairedNames: ReadonlySet<string>
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/
const RAW_BLOCK = /^[ \t]{0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i
const SHORTCODE = /\{\{([<%])\s*(\/\*)?\s*(\/)?\s*([\w.\-/]+)[^]*?(\/)?\s*(?:[>%]\}\}|$)/g

interface ScanState {
  fence: { char: string; length: number } | null
  comment: boolean
  rawEnd: RegExp | null
  depth: number
  /** A top-level list is open: after a blank line, a new item continues it (a loose list), so no cut there. */
  listOpen: boolean
}

function neutral(s: ScanState): boolean {
  return !s.fence && !s.comment && !s.rawEnd && s.depth === 0
}

function advance(s: ScanState, line: string, paired: ReadonlySet<string>): void {
  if (s.fence) {
    const m = FENCE.exec(line)
    if (m && m[1][0] === s.fence.char && m[1].length >= s.fence.length && m[2].trim() === '') s.fence = null
    return
  }
  if (s.comment) {
    if (line.includes('-->')) s.comment = false
    return
  }
  if (s.rawEnd) {
    if (s.rawEnd.test(line)) s.rawEnd = null
    return
  }
  if (LIST_MARKER.test(line)) s.listOpen = true
  else if (/^#{1,6}(?:\s|$)/.test(line)) s.listOpen = false
  const fence = FENCE.exec(line)
  if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
    s.fence = { char: fence[1][0], length: fence[1].length }
    return
  }
  const comment = line.indexOf('<!--')
  if (comment !== -1 && /^\s*$/.test(line.slice(0, comment)) && !line.includes('-->', comment + 4)) {
    s.comment = true
    return
  }
  const raw = RAW_BLOCK.exec(line)
  if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) {
    s.rawEnd = new RegExp(`</${raw[1]}>`, 'i')
    return
  }
  if (line.includes('{{')) {
    for (const m of line.matchAll(SHORTCODE)) {
      if (m[2] || !paired.has(m[4])) continue
      if (m[3]) s.depth = Math.max(0, s.depth - 1)
      else if (!m[5]) s.depth++
    }
  }
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line)
}

/** Whether a line after a blank line starts a block that nothing before it can continue. */
function startsAfresh(line: string, s: ScanState): boolean {
  return /^\S/.test(line) && (!s.listOpen || !LIST_MARKER.test(line))
}

/**
 * Scans `doc` from `from` (the start of the body or of a chunk) and returns the chunks found; stops early at the
 * first cut for which `stopAt(cut)` is true (that cut is where the caller's old chunks take over).
 */
export function scanChunks(doc: Text, from: number, options: ChunkOptions, stopAt: (cut: number) => boolean = () => false): { chunks: Chunk[]; stoppedAt: number | null } {
  const chunks: Chunk[] = []
  const state: ScanState = { fence: null, comment: false, rawEnd: null, depth: 0, listOpen: false }
  if (from >= doc.length) return { chunks: [], stoppedAt: null }
  let start = from
  let prevBlank = false
  let line = doc.lineAt(from)
  for (;;) {
    const text = from > line.from ? line.text.slice(from - line.from) : line.text
    if (line.from > start && prevBlank && neutral(state) && startsAfresh(text, state)) {
      chunks.push({ from: start, to: line.from, text: doc.sliceString(start, line.from, '\n') })
      start = line.from
      if (stopAt(start)) return { chunks, stoppedAt: start }
      // Whatever starts here, a list before the cut is over.
      state.listOpen = false
    }
    advance(state, text, options.pairedNames)
    prevBlank = isBlank(text)
    if (line.number === doc.lines) break
    line = doc.line(line.number + 1)
  }
  chunks.push({ from: start, to: doc.length, text: doc.sliceString(start, doc.length, '\n') })
  return { chunks, stoppedAt: null }
}

/** The result of re-chunking after a change: chunks `[index, index + removed)` were replaced by `inserted`. */
export interface ChunkSplice {
  index: number
  removed: Chunk[]
  inserted: Chunk[]
}

/**
 * Re-chunks after `changes` (which turned the old document into `doc`); `chunks` is updated in place (positions
 * mapped) and the splice says which chunks are new. The body must start at `bodyFrom` in the new document.
 */
export function updateChunks(chunks: Chunk[], doc: Text, changes: ChangeSet, bodyFrom: number, options: ChunkOptions): ChunkSplice {
  let fromA = Infinity
  let toA = -1
  let toB = -1
  changes.iterChangedRanges((fa, ta, _fb, tb) => {
    fromA = Math.min(fromA, fa)
    toA = Math.max(toA, ta)
    toB = Math.max(toB, tb)
  })
  if (toA < 0) return { index: chunks.length, removed: [], inserted: [] }

  // First chunk to rescan: the one before the first touched chunk, since a change at a chunk's start can undo the cut.
  let first = 0
  while (first < chunks.length && chunks[first].to < fromA) first++
  first = Math.max(0, first - 1)
  // Old chunks after the change keep their text; their new positions are known.
  let tail = first
  while (tail < chunks.length && chunks[tail].from <= toA) tail++
  const mappedTail = new Map<number, number>()
  const delta = changes.newLength - changes.length
  for (let i = tail; i < chunks.length; i++) mappedTail.set(chunks[i].from + delta, i)

  let scanFrom = first < chunks.length ? changes.mapPos(chunks[first].from, -1) : bodyFrom
  if (first === 0 || scanFrom < bodyFrom) scanFrom = bodyFrom
  const { chunks: fresh, stoppedAt } = scanChunks(doc, scanFrom, options, (cut) => cut > toB && mappedTail.has(cut))
  const resumeAt = stoppedAt === null ? chunks.length : mappedTail.get(stoppedAt)!
  for (let i = resumeAt; i < chunks.length; i++) {
    chunks[i].from += delta
    chunks[i].to += delta
  }
  const removed = chunks.splice(first, resumeAt - first, ...fresh)
  return { index: first, removed, inserted: fresh }
}
