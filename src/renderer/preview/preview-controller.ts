// The preview's DOM, patched in place: one element per chunk of the body, re-rendered only when its chunk's text
// changed. The first render of a long episode is spread over idle moments so the editor is usable at once.
// Also answers scroll sync: which source line is at a given scroll offset, and the reverse.
import type { ChangeSet, Text } from '@codemirror/state'
import { scanChunks, updateChunks, type Chunk, type ChunkOptions } from './chunks'

export interface ChunkHtml {
  html: string
  /** 0-based line offsets (in the chunk) of the chunk's top-level elements, when they could be matched. */
  blockLines?: number[]
}

export interface PreviewControllerOptions {
  /** Renders one chunk's text (the body's Markdown, "\n" line breaks) to sanitized HTML. */
  render: (text: string) => ChunkHtml
  /** Called on each freshly rendered chunk element (players, image checks). */
  decorate?: (el: HTMLElement) => void
  chunkOptions: ChunkOptions
}

interface LiveChunk extends Chunk {
  el: HTMLElement
  rendered: boolean
  blockLines?: number[]
}

const sliceMs = 12

export class PreviewController {
  private chunks: LiveChunk[] = []
  private doc: Text | null = null
  private idle: number | undefined
  /** A whole-body chunk when the page needs every block at once (footnotes, a table of contents). */
  private whole = false

  constructor(
    readonly host: HTMLElement,
    private options: PreviewControllerOptions
  ) {}

  /** Renders `doc` from scratch (a new episode, new settings): visible chunks now, the rest when idle. */
  reset(doc: Text, bodyFrom: number, whole = false): void {
    this.doc = doc
    this.whole = whole
    const chunks = whole
      ? [{ from: bodyFrom, to: doc.length, text: doc.sliceString(bodyFrom, doc.length, '\n') }]
      : scanChunks(doc, bodyFrom, this.options.chunkOptions).chunks
    const fragment = document.createDocumentFragment()
    this.chunks = chunks.map((c) => {
      const el = document.createElement('div')
      el.className = 'chunk'
      fragment.append(el)
      return { ...c, el, rendered: false }
    })
    this.host.replaceChildren(fragment)
    const start = performance.now()
    for (const c of this.chunks) {
      this.renderChunk(c)
      if (performance.now() - start > 40) break
    }
    this.scheduleIdle()
  }

  /** Applies an editor change: rescans near it and re-renders only chunks whose text changed. */
  update(doc: Text, changes: ChangeSet, bodyFrom: number): void {
    if (!this.doc) return this.reset(doc, bodyFrom)
    this.doc = doc
    if (this.whole) return this.reset(doc, bodyFrom, true)
    const plain = this.chunks as Chunk[]
    const { index, removed, inserted } = updateChunks(plain, doc, changes, bodyFrom, this.options.chunkOptions)
    const reusable = new Map<string, LiveChunk[]>()
    for (const old of removed as LiveChunk[]) {
      const list = reusable.get(old.text)
      if (list) list.push(old)
      else reusable.set(old.text, [old])
    }
    const next = this.chunks[index + inserted.length]?.el ?? null
    const live: LiveChunk[] = inserted.map((c) => {
      const old = reusable.get(c.text)?.shift()
      if (old) return Object.assign(old, { from: c.from, to: c.to })
      const el = document.createElement('div')
      el.className = 'chunk'
      return { ...c, el, rendered: false }
    })
    const kept = new Set(live.map((c) => c.el))
    for (const old of removed as LiveChunk[]) if (!kept.has(old.el)) old.el.remove()
    for (const c of live) {
      if (c.el.nextSibling !== next || c.el.parentNode !== this.host) this.host.insertBefore(c.el, next)
      if (!c.rendered) this.renderChunk(c)
    }
    this.chunks.splice(index, inserted.length, ...live)
  }

  private renderChunk(c: LiveChunk): void {
    const { html, blockLines } = this.options.render(c.text)
    c.el.innerHTML = html
    // Lines match elements only when each block gave one element (the sanitizer may drop some).
    c.blockLines = blockLines && blockLines.length === c.el.children.length ? blockLines : undefined
    c.rendered = true
    this.options.decorate?.(c.el)
  }

  private scheduleIdle(): void {
    if (this.idle !== undefined) return
    const run = () => {
      this.idle = undefined
      const start = performance.now()
      for (const c of this.chunks) {
        if (c.rendered) continue
        this.renderChunk(c)
        if (performance.now() - start > sliceMs) return this.scheduleIdle()
      }
    }
    this.idle = window.setTimeout(run, 0)
  }

  /** True once every chunk has been rendered (for tests and the benchmark). */
  get complete(): boolean {
    return this.chunks.every((c) => c.rendered)
  }

  /** The source line (1-based, fractional) shown at `offset` pixels from the top of the host's content. */
  lineAt(offset: number): number | null {
    const doc = this.doc
    if (!doc || !this.chunks.length) return null
    let lo = 0
    let hi = this.chunks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.chunks[mid].el.offsetTop <= offset) lo = mid
      else hi = mid - 1
    }
    const c = this.chunks[lo]
    const first = doc.lineAt(c.from).number
    const last = doc.lineAt(Math.max(c.from, c.to - 1)).number
    const rows = this.blockRows(c, first)
    let i = rows.length - 1
    while (i > 0 && rows[i].top > offset) i--
    const row = rows[i]
    const nextRow = rows[i + 1] ?? { top: c.el.offsetTop + c.el.offsetHeight, line: last + 1 }
    const span = Math.max(1, nextRow.top - row.top)
    const fraction = Math.min(1, Math.max(0, (offset - row.top) / span))
    return row.line + fraction * (nextRow.line - row.line)
  }

  /** The scroll offset (pixels from the top of the host's content) where source `line` (fractional) is shown. */
  offsetOf(line: number): number | null {
    const doc = this.doc
    if (!doc || !this.chunks.length) return null
    const target = Math.min(doc.lines, Math.max(1, Math.floor(line)))
    const pos = doc.line(target).from
    let lo = 0
    let hi = this.chunks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.chunks[mid].from <= pos) lo = mid
      else hi = mid - 1
    }
    const c = this.chunks[lo]
    if (pos < c.from) return 0
    const first = doc.lineAt(c.from).number
    const last = doc.lineAt(Math.max(c.from, c.to - 1)).number
    const rows = this.blockRows(c, first)
    let i = rows.length - 1
    while (i > 0 && rows[i].line > line) i--
    const row = rows[i]
    const nextRow = rows[i + 1] ?? { top: c.el.offsetTop + c.el.offsetHeight, line: last + 1 }
    const fraction = Math.min(1, Math.max(0, (line - row.line) / Math.max(1, nextRow.line - row.line)))
    return row.top + fraction * (nextRow.top - row.top)
  }

  /** Known (top, line) pairs inside a chunk: its start, then each top-level element whose source line is known. */
  private blockRows(c: LiveChunk, firstLine: number): { top: number; line: number }[] {
    const rows = [{ top: c.el.offsetTop, line: firstLine }]
    const lines = c.blockLines
    if (!lines) return rows
    const children = c.el.children
    for (let i = 1; i < children.length && i < lines.length; i++) {
      const child = children[i] as HTMLElement
      // Chunks are not positioned: a child's offsetTop is measured from the same (positioned) host.
      rows.push({ top: child.offsetTop, line: firstLine + lines[i] })
    }
    return rows
  }

  destroy(): void {
    clearTimeout(this.idle)
    this.idle = undefined
    this.chunks = []
    this.doc = null
  }
}
