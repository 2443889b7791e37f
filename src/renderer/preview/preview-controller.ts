// The preview's DOM, patched in place: one element per chunk of the body, re-rendered only when its chunk's text
// changed. Chunks sit in sections of about 64 so a long episode is a few hundred boxes for the browser to lay out,
// and sections out of view skip layout and paint. A long episode renders what is in view first, then the rest in
// short background slices that stop for every key, so the editor is usable at once, while a worker (when there is
// one) renders from the far end towards them. Also answers scroll sync:
// which source line is at a scroll offset, and back (rendering the part asked for first).
import type { ChangeSet, Text } from '@codemirror/state'
import { inBackground, inputPending } from './background-task'
import { scanChunks, updateChunks, type Chunk, type ChunkOptions } from './chunks'
import { FarEnd, type RenderElsewhere } from './far-end'
import { renderFailure } from './render-failure'

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
  /** The words shown in place of a chunk whose rendering threw (the rest of the preview renders as usual). */
  failed?: (error: unknown) => string
  chunkOptions: ChunkOptions
  /**
   * Renders chunk texts elsewhere (the preview worker) to sanitized HTML; a null entry is left to this window. Used
   * for a long episode's background rendering only: what is in view and what is typed always render here at once.
   */
  renderElsewhere?: RenderElsewhere | null
}

interface LiveChunk extends Chunk {
  el: HTMLElement
  rendered: boolean
  blockLines?: number[]
}

/** A background slice's budget: short, so a key pressed meanwhile waits little even where it cannot be seen. */
const sliceMs = 4
/** What is in view renders at once: this many source lines from where the reader is (a screen and more). */
const viewLines = 150
const sectionSize = 64

function newSection(): HTMLElement {
  const section = document.createElement('div')
  section.className = 'chunk-section'
  return section
}

function newChunkElement(): HTMLElement {
  const el = document.createElement('div')
  el.className = 'chunk'
  return el
}

export class PreviewController {
  private chunks: LiveChunk[] = []
  private readonly byElement = new WeakMap<Element, LiveChunk>()
  private doc: Text | null = null
  private cancelIdle: (() => void) | null = null
  /** Where the reader is (a position in the doc): pending chunks render from there on, then from the top. */
  private focusPos = 0
  /** The next chunk the background slices look at; they wrap to the top once. */
  private cursor = 0
  private wrapped = false
  /** A whole-body chunk when the page needs every block at once (footnotes, a table of contents). */
  private whole = false
  /** The worker's share of the background rendering (none without a worker). */
  private readonly far: FarEnd<LiveChunk>

  constructor(
    readonly host: HTMLElement,
    private options: PreviewControllerOptions
  ) {
    this.far = new FarEnd<LiveChunk>(options.renderElsewhere, (leftHere) => {
      // Chunks the worker could not render are this window's: the slices look from the top again.
      if (leftHere) this.lookFromTop()
      this.scheduleIdle()
    })
  }

  /** Renders `doc` from scratch (a new episode, new settings): the chunks in view now, the rest in the background. */
  reset(doc: Text, bodyFrom: number, whole = false): void {
    this.doc = doc
    this.whole = whole
    this.far.reset()
    const chunks = whole
      ? [{ from: bodyFrom, to: doc.length, text: doc.sliceString(bodyFrom, doc.length, '\n') }]
      : scanChunks(doc, bodyFrom, this.options.chunkOptions).chunks
    const fragment = document.createDocumentFragment()
    let section = newSection()
    this.chunks = chunks.map((c, i) => {
      if (i > 0 && i % sectionSize === 0) {
        fragment.append(section)
        section = newSection()
      }
      const live: LiveChunk = { ...c, el: newChunkElement(), rendered: false }
      live.el.setAttribute('data-pending', '')
      section.append(live.el)
      this.byElement.set(live.el, live)
      return live
    })
    fragment.append(section)
    this.host.replaceChildren(fragment)
    this.focusPos = Math.min(this.focusPos, doc.length)
    this.renderAround(this.indexAt(this.focusPos))
    this.scheduleIdle()
  }

  /** Index of the chunk holding `pos` (the first when `pos` is before the body). */
  private indexAt(pos: number): number {
    let lo = 0
    let hi = this.chunks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.chunks[mid].from <= pos) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /**
   * The reader is at chunk `index`: renders it and what follows for about a screen now, and points the background
   * slices there.
   */
  private renderAround(index: number): void {
    if (!this.chunks.length) return
    const doc = this.doc as Text
    this.focusPos = this.chunks[index].from
    this.cursor = index
    this.wrapped = false
    const firstLine = doc.lineAt(this.chunks[index].from).number
    for (let i = index; i < this.chunks.length; i++) {
      const c = this.chunks[i]
      if (!c.rendered) this.renderChunk(c)
      if (doc.lineAt(c.to).number - firstLine > viewLines) break
    }
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
      const fresh: LiveChunk = { ...c, el: newChunkElement(), rendered: false }
      this.byElement.set(fresh.el, fresh)
      return fresh
    })
    const kept = new Set(live.map((c) => c.el))
    for (const old of removed as LiveChunk[]) if (!kept.has(old.el)) this.detach(old.el)
    const section = next?.parentElement ?? this.lastSection()
    for (const c of live) {
      if (c.el.nextSibling !== next || c.el.parentElement !== section) section.insertBefore(c.el, next)
      if (!c.rendered) this.renderChunk(c)
    }
    if (section.childElementCount > 2 * sectionSize) this.split(section)
    this.chunks.splice(index, inserted.length, ...live)
  }

  private lastSection(): HTMLElement {
    let last = this.host.lastElementChild as HTMLElement | null
    if (!last) this.host.append((last = newSection()))
    return last
  }

  private detach(el: HTMLElement): void {
    const section = el.parentElement
    el.remove()
    if (section && section !== this.host && section.childElementCount === 0) section.remove()
  }

  /** A section grown by many inserts becomes two. */
  private split(section: HTMLElement): void {
    const second = newSection()
    const children = [...section.children]
    second.append(...children.slice(children.length >> 1))
    section.after(second)
  }

  private renderChunk(c: LiveChunk): void {
    const { html, blockLines } = this.renderOrFail(c)
    this.place(c, html, blockLines)
  }

  /** Puts a chunk's HTML on the page (null: it shows why it failed already). */
  private place(c: LiveChunk, html: string | null, blockLines: number[] | undefined): void {
    if (html !== null) c.el.innerHTML = html
    c.el.removeAttribute('data-pending')
    // Lines match elements only when each block gave one element (the sanitizer may drop some).
    c.blockLines = blockLines && blockLines.length === c.el.children.length ? blockLines : undefined
    c.rendered = true
    this.options.decorate?.(c.el)
  }

  /** The chunk's HTML; null when rendering threw and the chunk now shows why (it renders again when edited). */
  private renderOrFail(c: LiveChunk): { html: string | null; blockLines?: number[] } {
    try {
      return this.options.render(c.text)
    } catch (error) {
      c.el.replaceChildren(renderFailure(this.options.failed?.(error) ?? String(error)))
      return { html: null }
    }
  }

  /** The next chunk still to render, from the reader's place to the end, then from the top. */
  private nextPending(): LiveChunk | undefined {
    for (;;) {
      while (this.cursor < this.chunks.length && (this.chunks[this.cursor].rendered || this.far.has(this.chunks[this.cursor]))) this.cursor++
      if (this.cursor < this.chunks.length) return this.chunks[this.cursor]
      if (this.wrapped) return undefined
      this.wrapped = true
      this.cursor = 0
    }
  }

  private lookFromTop(): void {
    this.cursor = 0
    this.wrapped = false
  }

  private scheduleIdle(): void {
    if (this.doc) this.far.send(this.chunks, this.cursor, this.wrapped)
    if (this.cancelIdle) return
    const run = () => {
      this.cancelIdle = null
      const start = performance.now()
      // The worker's answers first: putting them on the page is the cheap part.
      for (let r = this.far.take(); r; r = this.far.take()) {
        // Still on the page with the same text, and not rendered here meanwhile (it came into view).
        if (!r.c.rendered && r.c.text === r.text && r.c.el.parentElement) this.place(r.c, r.html.html, r.html.blockLines)
        // Edited while away: the window renders it, looking from the top again.
        else if (!r.c.rendered && r.c.el.parentElement) this.lookFromTop()
        if (performance.now() - start > sliceMs || inputPending()) return this.scheduleIdle()
      }
      for (let c = this.nextPending(); c; c = this.nextPending()) {
        this.renderChunk(c)
        if (performance.now() - start > sliceMs || inputPending()) return this.scheduleIdle()
      }
    }
    this.cancelIdle = inBackground(run)
  }

  /** True once every chunk has been rendered (for tests and the benchmark). */
  get complete(): boolean {
    return this.chunks.every((c) => c.rendered)
  }

  /** Top of `el` in pixels from the top of the host's content. */
  private topOf(el: Element, hostTop: number): number {
    return el.getBoundingClientRect().top - hostTop
  }

  /** The last of `list` whose top is at or above `offset` (the first when none is). */
  private lastAbove(list: HTMLCollection, offset: number, hostTop: number): Element | null {
    let lo = 0
    let hi = list.length - 1
    if (hi < 0) return null
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.topOf(list[mid], hostTop) <= offset) lo = mid
      else hi = mid - 1
    }
    return list[lo]
  }

  /** The source line (1-based, fractional) shown at `offset` pixels from the top of the host's content. */
  lineAt(offset: number): number | null {
    const doc = this.doc
    if (!doc || !this.chunks.length) return null
    const hostTop = this.host.getBoundingClientRect().top
    // Sections first, then the chunks of one section: only that section needs laying out.
    const section = this.lastAbove(this.host.children, offset, hostTop)
    const el = section && this.lastAbove(section.children, offset, hostTop)
    const c = el && this.byElement.get(el)
    if (!c) return null
    if (!c.rendered || !this.nextChunkRendered(c)) this.renderAround(this.chunks.indexOf(c))
    const first = doc.lineAt(c.from).number
    const last = doc.lineAt(Math.max(c.from, c.to - 1)).number
    const rows = this.blockRows(c, first, hostTop)
    let i = rows.length - 1
    while (i > 0 && rows[i].top > offset) i--
    const row = rows[i]
    const nextRow = rows[i + 1] ?? { top: this.topOf(c.el, hostTop) + c.el.offsetHeight, line: last + 1 }
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
    const lo = this.indexAt(pos)
    const c = this.chunks[lo]
    // Measured where it is rendered: the part asked for renders now, and the background goes on from there.
    if (!c.rendered || !this.nextChunkRendered(c)) this.renderAround(lo)
    if (pos < c.from) return 0
    const hostTop = this.host.getBoundingClientRect().top
    const first = doc.lineAt(c.from).number
    const last = doc.lineAt(Math.max(c.from, c.to - 1)).number
    const rows = this.blockRows(c, first, hostTop)
    let i = rows.length - 1
    while (i > 0 && rows[i].line > line) i--
    const row = rows[i]
    const nextRow = rows[i + 1] ?? { top: this.topOf(c.el, hostTop) + c.el.offsetHeight, line: last + 1 }
    const fraction = Math.min(1, Math.max(0, (line - row.line) / Math.max(1, nextRow.line - row.line)))
    return row.top + fraction * (nextRow.top - row.top)
  }

  /** Known (top, line) pairs inside a chunk: its start, then each top-level element whose source line is known. */
  private blockRows(c: LiveChunk, firstLine: number, hostTop: number): { top: number; line: number }[] {
    const rows = [{ top: this.topOf(c.el, hostTop), line: firstLine }]
    const lines = c.blockLines
    if (!lines) return rows
    const children = c.el.children
    for (let i = 1; i < children.length && i < lines.length; i++) rows.push({ top: this.topOf(children[i], hostTop), line: firstLine + lines[i] })
    return rows
  }

  /** Whether the chunk after `c` is rendered too (the reader sees more than one chunk). */
  private nextChunkRendered(c: LiveChunk): boolean {
    const next = c.el.nextElementSibling ?? c.el.parentElement?.nextElementSibling?.firstElementChild
    const live = next && this.byElement.get(next)
    return !live || live.rendered
  }

  destroy(): void {
    this.cancelIdle?.()
    this.cancelIdle = null
    this.far.reset()
    this.chunks = []
    this.doc = null
  }
}
