// Keeps a link check polite: at most a few requests to one host at once, and a cap on all requests at once.

export class HostLimiter {
  private readonly active = new Map<string, number>()
  private total = 0
  private readonly waiting: { host: string; start: () => void }[] = []

  constructor(
    private readonly perHost: number,
    private readonly overall: number
  ) {}

  /** Runs `task` when `host` has a free slot (and so does the whole check). */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.waiting.push({ host, start })
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
    for (let i = 0; i < this.waiting.length && this.total < this.overall; ) {
      const { host, start } = this.waiting[i]
      if ((this.active.get(host) ?? 0) >= this.perHost) {
        i++
        continue
      }
      this.waiting.splice(i, 1)
      this.active.set(host, (this.active.get(host) ?? 0) + 1)
      this.total++
      start()
    }
  }
}
