// Keeps a link check polite: at most a few requests to one host at once, and a cap on all requests at once.

export class HostLimiter {
  private readonly active = new Map<string, number>()
  private total = 0
  /** Each host's waiting requests, oldest first; hosts in the order their first request came. */
  private readonly waiting = new Map<string, (() => void)[]>()

  constructor(
    private readonly perHost: number,
    private readonly overall: number
  ) {}

  /** Runs `task` when `host` has a free slot (and so does the whole check). */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      const queue = this.waiting.get(host)
      if (queue) queue.push(start)
      else this.waiting.set(host, [start])
      this.next()
    })
    try {
      return await task()
    } finally {
      this.active.set(host, (this.active.get(host) ?? 1) - 1)
      this.total--
      this.next()
    }
  }

  private next(): void {
    for (const [host, queue] of this.waiting) {
      if (this.total >= this.overall) return
      while (queue.length && this.total < this.overall && (this.active.get(host) ?? 0) < this.perHost) {
        this.active.set(host, (this.active.get(host) ?? 0) + 1)
        this.total++
        queue.shift()!()
      }
      if (!queue.length) this.waiting.delete(host)
    }
  }
}
