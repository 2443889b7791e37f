// The preview worker's share of a long episode's first rendering: batches of pending chunks taken from the far end
// backwards, while the window's slices are far enough away, and the worker's answers kept until the window's slices
// put them on the page. Answers for a reset preview are dropped; chunks the worker could not render stay the window's.
import type { ChunkHtml } from './preview-controller'

export type RenderElsewhere = (texts: string[]) => Promise<(ChunkHtml | null)[]>

/** What the far end needs of a chunk. */
export interface FarChunk {
  text: string
  rendered: boolean
}

export interface Answer<C> {
  c: C
  /** The chunk's text when it was sent: an answer for a chunk edited since is not used. */
  text: string
  html: ChunkHtml
}

/** Chunks per batch, batches in flight, and the distance to the window's slices below which they finish alone. */
const batchSize = 48
const batchesInFlight = 2
const worthSending = 96

export class FarEnd<C extends FarChunk> {
  private readonly away = new Set<C>()
  private readonly mine = new WeakSet<C>()
  private ready: Answer<C>[] = []
  private batches = 0
  private cursor = Number.MAX_SAFE_INTEGER
  private generation = 0

  /** `answered(leftHere)`: a batch came back; `leftHere` when some of it is the window's to render after all. */
  constructor(
    private readonly elsewhere: RenderElsewhere | null | undefined,
    private readonly answered: (leftHere: boolean) => void
  ) {}

  /** A new rendering (or none): answers still on their way are dropped. */
  reset(): void {
    this.generation++
    this.away.clear()
    this.ready = []
    this.cursor = Number.MAX_SAFE_INTEGER
  }

  /** True while `c` is the worker's (sent, or answered and not on the page yet). */
  has(c: C): boolean {
    return this.away.has(c)
  }

  /** Sends the next batch when one may go; `near` is where the window's slices are, `wrapped` once they went round. */
  send(chunks: C[], near: number, wrapped: boolean): void {
    const elsewhere = this.elsewhere
    if (!elsewhere || this.batches >= batchesInFlight) return
    const batch: C[] = []
    let i = Math.min(this.cursor, chunks.length - 1)
    for (; i >= 0 && batch.length < batchSize; i--) {
      const c = chunks[i]
      if (!c.rendered && !this.away.has(c) && !this.mine.has(c)) batch.push(c)
    }
    if (!batch.length || (!wrapped && i - near < worthSending)) return
    this.cursor = i
    const texts = batch.map((c) => c.text)
    const generation = this.generation
    for (const c of batch) this.away.add(c)
    this.batches++
    const back = (results: (ChunkHtml | null)[]) => {
      this.batches--
      if (generation !== this.generation) return
      let leftHere = false
      batch.forEach((c, k) => {
        const html = results[k]
        if (html) this.ready.push({ c, text: texts[k], html })
        else {
          this.away.delete(c)
          this.mine.add(c)
          leftHere = true
        }
      })
      this.answered(leftHere)
    }
    void elsewhere(texts).then(back, () => back([]))
  }

  /** The next answer to put on the page (the chunk is the window's again from now on). */
  take(): Answer<C> | undefined {
    const answer = this.ready.shift()
    if (answer) this.away.delete(answer.c)
    return answer
  }
}
